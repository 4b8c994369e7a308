# Two commands on a fresh machine (see README):
#   make brief   -> virtual environment, install, print a brief of seeds/
#   make test    -> virtual environment, install with test extras, lint, type-check, run all tests
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin

.PHONY: brief test check gate venv clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.core: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.full: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install -q -e '.[test,mt5,ray]'
	touch $@ $(VENV)/.core

brief: $(VENV)/.core
	$(BIN)/summarizer brief seeds/

# The gate, then every test (slow ones included).
test: $(VENV)/.full gate
	$(BIN)/python -m pytest

# The quick loop while working: the gate and the tests not marked slow.
check: $(VENV)/.full gate
	$(BIN)/python -m pytest -m "not slow"

gate: $(VENV)/.full
	$(BIN)/ruff check summarizer tests benchmarks
	$(BIN)/ruff format --check summarizer tests benchmarks
	$(BIN)/mypy

clean:
	rm -rf $(VENV) build *.egg-info
