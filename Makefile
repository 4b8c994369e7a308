# Two commands on a fresh machine (see README):
#   make brief   -> virtual environment, install, print a brief of seeds/
#   make test    -> virtual environment, install with test extras, lint, type-check, run all tests
# and, for the documentation site:
#   make docs    -> install the docs extra, build docs/ into build/site (a broken link fails)
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin

.PHONY: brief test check gate browser docs venv clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.core: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.full: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install -q -e '.[test,mt5,mt5-fast,ray,html,browser]'
	touch $@ $(VENV)/.core

brief: $(VENV)/.core
	$(BIN)/summarizer brief seeds/

# The gate, then every test (slow ones included).
test: $(VENV)/.full gate browser
	$(BIN)/python -m pytest

# The browser tests of the review page drive Debian's chromium: installed
# here when missing and the machine allows it (root, apt-get); otherwise
# those tests skip, saying why.
browser:
	@if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null) \
	  || echo "make: could not install chromium; the browser tests will be skipped"; \
	else echo "make: chromium not installed and not root; the browser tests will be skipped"; fi

# The quick loop while working: the gate and the tests not marked slow.
check: $(VENV)/.full gate
	$(BIN)/python -m pytest -m "not slow"

$(VENV)/.docs: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install -q -e '.[docs]'
	touch $@

# The site of docs/ (mkdocs.yml); --strict turns every warning, a broken
# link or anchor included, into a failure.
docs: $(VENV)/.docs
	$(BIN)/mkdocs build --strict --site-dir build/site

gate: $(VENV)/.full
	$(BIN)/ruff check summarizer tests benchmarks docs
	$(BIN)/ruff format --check summarizer tests benchmarks docs
	$(BIN)/mypy

clean:
	rm -rf $(VENV) build *.egg-info
