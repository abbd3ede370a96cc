# Two commands for a fresh machine with Python 3.11+ and make:
#   make run    open Briefing Studio on the bundled sample briefing
#   make test   ruff and the whole test suite (installs the system tools it needs)

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SAMPLE := resources/samples/regional-water-talks.briefing

.PHONY: run test system-tools clean

run: $(VENV)/installed
	@sh packaging/ensure-desktop-libs.sh
	$(BIN)/briefing-studio $(SAMPLE)

test: $(VENV)/installed system-tools
	$(BIN)/ruff check src tests benchmarks
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

# The virtual environment is rebuilt when the project's dependencies change.
$(VENV)/installed: pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python 3.11 or newer is needed")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --editable '.[test]'
	touch $@

system-tools:
	@sh packaging/ensure-system-tools.sh

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
