# Two commands on a fresh machine (see README):
#   make brief   -> virtual environment, install, print a brief of seeds/
#   make test    -> virtual environment, install with test extras, run all tests
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin

.PHONY: brief test venv clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.core: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.full: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install -q -e '.[test,mt5]'
	touch $@ $(VENV)/.core

brief: $(VENV)/.core
	$(BIN)/summarizer brief seeds/

test: $(VENV)/.full
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) build *.egg-info
