# Two commands on a fresh machine (see README):
#   make brief   -> virtual environment, install, print a brief of seeds/
#   make test    -> virtual environment, install with every extra, lint, type-check, build the
#                   docs, build and try the wheel, run all tests
# and, for the documentation site alone:
#   make docs    -> build docs/ into build/site (a broken link or anchor fails)
# Every install reads requirements/lock.txt (exact versions of everything, tools included),
# so a new release upstream cannot change what CI runs; `make lock` refreshes it.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
LOCK    = requirements/lock.txt
PIP     = $(BIN)/python -m pip install -q -c $(LOCK)
# The extras `make test` installs (all of them).
EXTRAS  = test,mt5,mt5-fast,ray,html,browser,docs

.PHONY: brief test check gate browser docs dist-check lock clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) pip setuptools build

# The package itself is built without isolation, with the locked setuptools.
$(VENV)/.core: $(BIN)/python pyproject.toml $(LOCK)
	$(PIP) --no-build-isolation -e .
	touch $@

$(VENV)/.full: $(BIN)/python pyproject.toml $(LOCK)
	$(PIP) --no-build-isolation -e '.[$(EXTRAS)]'
	touch $@ $(VENV)/.core

brief: $(VENV)/.core
	$(BIN)/summarizer brief seeds/

# The gate, the docs site, the built wheel on its own, then every test (slow ones included).
test: $(VENV)/.full gate docs dist-check browser
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

# The site of docs/ (mkdocs.yml); --strict turns every warning, a broken
# link or anchor included, into a failure.
docs: $(VENV)/.full
	$(BIN)/mkdocs build --strict --site-dir build/site

gate: $(VENV)/.full
	$(BIN)/ruff check summarizer tests benchmarks docs
	$(BIN)/ruff format --check summarizer tests benchmarks docs
	$(BIN)/mypy

# The sdist and the wheel, the wheel installed into a fresh virtual environment
# outside the checkout, and a brief of a copy of the seeds printed from there.
dist-check: $(VENV)/.full
	rm -rf dist build/dist-venv
	$(BIN)/python -m build --no-isolation --outdir dist . >/dev/null
	$(PYTHON) -m venv build/dist-venv
	build/dist-venv/bin/python -m pip install -q -c $(LOCK) dist/*.whl
	@tmp=$$(mktemp -d) && cp -r seeds "$$tmp/seeds" && cd "$$tmp" \
	  && "$(CURDIR)/build/dist-venv/bin/summarizer" brief seeds/ > brief.txt \
	  && grep -q . brief.txt && echo "dist-check: the wheel prints a brief of the seeds from $$tmp" \
	  && cd / && rm -rf "$$tmp"

# Refresh the lock: the newest versions that pyproject.toml and requirements/tools.in
# allow, for this machine's Python. torch is written without its local label (+cpu),
# so pip takes the CPU build from the local wheel folder where there is one.
lock: $(BIN)/python
	$(PIP) uv
	$(BIN)/uv pip compile pyproject.toml requirements/tools.in --all-extras --upgrade \
	  --python-version 3.11 $(if $(wildcard /opt/wheels),--find-links /opt/wheels) \
	  --custom-compile-command "make lock" -o $(LOCK)
	sed -i 's/^\(torch==[0-9.]*\)+cpu$$/\1/' $(LOCK)

clean:
	rm -rf $(VENV) build dist *.egg-info
