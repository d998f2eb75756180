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

## Debian's chromium and chromedriver, for the browser test of the HTML report, and LibreOffice
## Writer with the Noto CJK fonts, for the test that turns report.docx into a PDF (about two
## minutes to install): as root, or through sudo where it asks no password; otherwise one line
## says the browser tests will be skipped (under CI=true the tests then fail instead of skipping).
APT_BROWSER := DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver \
	libreoffice-writer-nogui fonts-noto-cjk >/dev/null
NO_BROWSER := echo "make: chromium/chromedriver/libreoffice could not be installed (needs root or sudo): the browser tests will be skipped"
browser:
	@if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 \
	  && command -v libreoffice >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ]; then { apt-get update -qq && $(APT_BROWSER); } || $(NO_BROWSER); \
	elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then \
	  { sudo apt-get update -qq && sudo env $(APT_BROWSER); } || $(NO_BROWSER); \
	else $(NO_BROWSER); fi

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
