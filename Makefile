# The two quick-start commands: `make report` and `make test`. Each sets up everything it needs.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup report test browser lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[all]'
	touch $(STAMP)

setup: $(STAMP)

## Install, then run the whole pipeline on the bundled corpus; the report lands in reports/.
report: $(STAMP)
	$(BIN)/unionmine run corpus/raw --metadata corpus/metadata.csv --out reports

## Debian's chromium and chromedriver, for the browser test of the HTML report.
browser:
	@command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 || \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; }

## Install (with the browser), then run the whole test suite.
test: $(STAMP) browser
	$(BIN)/ruff check unionmine tests scripts
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check unionmine tests scripts

bench: $(STAMP)
	$(BIN)/python scripts/bench.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
