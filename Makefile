# Two commands for a fresh machine with Python 3.11+ and make:
#   make run    open Briefing Studio on the bundled sample briefing
#   make test   ruff and the whole test suite (installs the system tools it needs)

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SAMPLE := resources/samples/regional-water-talks.briefing

.PHONY: run test system-tools translations clean

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

# After a change of the interface's strings: the Turkish source gains the new ones (to
# translate in Qt Linguist, pyside6-linguist), and the compiled file is made again.
translations: $(VENV)/installed
	$(BIN)/pyside6-lupdate src/briefing_studio/gui/*.py -ts resources/translations/briefing_studio_tr.ts
	$(BIN)/pyside6-lrelease resources/translations/briefing_studio_tr.ts -qm resources/translations/briefing_studio_tr.qm

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
