# eulac-desktop: `make run` opens the app on a demo event; `make test` runs the whole suite headless.
# Both set up what is missing first: system libraries for Qt, a .venv with the app, the translations.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# The lock (every package at its exact version) and the build backend's pin: `make lock` refreshes both.
LOCK   := requirements/constraints.txt
BUILD_LOCK := requirements/build-constraints.txt
PYSRC  := $(shell find eulac_desktop -name '*.py' -not -path '*/__pycache__/*')
TS     := $(wildcard i18n/*.ts)
QM     := $(patsubst i18n/%.ts,i18n/build/%.qm,$(TS))
PO     := $(wildcard i18n/core/*.po)
MO     := $(patsubst i18n/core/%.po,i18n/build/core/%.mo,$(PO))
UI_SRC := $(shell find eulac_desktop/ui -name '*.py' -not -path '*/__pycache__/*')
CORE_SRC := $(filter-out eulac_desktop/ui/%,$(PYSRC))
LANGS  := en es pt fr
CORE_LANGS := es pt fr
# The build's own venv (`make dist`): the lock's packages, but numpy built from its source without BLAS and LAPACK
# (the app does no linear algebra: numpy is there for OR-Tools' CP-SAT), which leaves OpenBLAS (28 MB) out of the
# download. Built once (about 5 minutes on 2 cores), then kept in pip's cache; .venv, for run and test, is untouched.
DIST_VENV := .venv-dist
DIST_STAMP := $(DIST_VENV)/.installed
NUMPY_NO_BLAS := --no-binary numpy -Csetup-args=-Dallow-noblas=true -Csetup-args=-Dblas=none -Csetup-args=-Dlapack=none
# axe-core for the accessibility tests of the phones' page (tests/test_web_a11y.py), from tests/a11y's lock
A11Y   := tests/a11y/node_modules/.package-lock.json

.PHONY: setup system-deps run test lint bench i18n translations dist dist-check lock clean

setup: system-deps $(STAMP) translations $(A11Y)

system-deps:
	@bash tools/system-deps.sh

# .venv on the lock: pip at its pinned version, then the app and its dev extra with every package at its pinned
# version (and the editable build on the pinned backend). A change to pyproject.toml or to the lock reinstalls.
$(STAMP): pyproject.toml $(LOCK) $(BUILD_LOCK)
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade -c $(LOCK) pip
	$(BIN)/python -m pip install --quiet -c $(LOCK) --build-constraint $(BUILD_LOCK) -e '.[dev]'
	@touch $@

$(DIST_STAMP): pyproject.toml $(LOCK) $(BUILD_LOCK)
	@test -x $(DIST_VENV)/bin/python || $(PYTHON) -m venv $(DIST_VENV)
	$(DIST_VENV)/bin/python -m pip install --quiet --upgrade -c $(LOCK) pip
	$(DIST_VENV)/bin/python -m pip install --quiet -c $(LOCK) $(NUMPY_NO_BLAS) numpy
	$(DIST_VENV)/bin/python -m pip install --quiet -c $(LOCK) --build-constraint $(BUILD_LOCK) -e . pyinstaller
	@touch $@

$(A11Y): tests/a11y/package.json tests/a11y/package-lock.json
	npm ci --prefix tests/a11y --no-audit --no-fund --silent

# Refresh the lock from pyproject.toml's ranges, resolved afresh in a temporary venv (.venv is not touched);
# `make test` then reinstalls .venv on the new pins: commit both files if it passes.
lock:
	PYTHON=$(PYTHON) bash tools/lock.sh

# Compiled translations: .qm for the UI (Qt Linguist), .mo for the core (gettext).
translations: $(QM) $(MO)

i18n/build/%.qm: i18n/%.ts $(STAMP)
	@mkdir -p $(@D)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

i18n/build/core/%.mo: i18n/core/%.po $(STAMP)
	@mkdir -p $(@D)
	$(BIN)/pybabel compile --statistics -i $< -o $@

# Update the translation sources from the code (lupdate, pybabel extract/update), then build them.
i18n: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $(UI_SRC) $(foreach l,$(LANGS),-ts i18n/eulac_$(l).ts)
	$(BIN)/pybabel extract --no-location --sort-by-file -k N_ -k _ -k t -k ngettext:1,2 -o i18n/core/messages.pot $(CORE_SRC)
	$(foreach l,$(CORE_LANGS),test -f i18n/core/$(l).po || $(BIN)/pybabel init -i i18n/core/messages.pot -l $(l) -o i18n/core/$(l).po;)
	$(foreach l,$(CORE_LANGS),$(BIN)/pybabel update --no-fuzzy-matching --ignore-obsolete -i i18n/core/messages.pot -l $(l) -o i18n/core/$(l).po;)
	$(MAKE) translations

run: setup
	$(BIN)/eulac-desktop --demo

test: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# Static checks (the tools come with the dev extra): ruff, mypy (strict; see [tool.mypy] in pyproject.toml),
# and the layer rules of ARCHITECTURE.md §1 (import-linter). CI runs this before the tests.
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py

# The one-folder build, packed as the download (.tar.xz: 25% smaller than a .tar.gz), and their sizes.
dist: setup $(DIST_STAMP)
	$(DIST_VENV)/bin/pyinstaller --noconfirm --clean build.spec
	$(BIN)/python tools/dist_icu.py dist/eulac-desktop
	$(BIN)/python tools/dist_stubs.py dist/eulac-desktop
	bash tools/dist_strip.sh dist/eulac-desktop
	XZ_OPT=-T0 tar -C dist -cJf dist/eulac-desktop.tar.xz eulac-desktop
	@bash tools/dist_size.sh dist/eulac-desktop dist/eulac-desktop.tar.xz

# The built app starts offscreen on a demo event and shows its main window; the built command line imports a list,
# plans the demo's P2P rounds (OR-Tools loads), prints badges and scans one.
dist-check: dist
	bash tools/dist_check.sh dist/eulac-desktop $(BIN)/python

clean:
	rm -rf build dist i18n/build .pytest_cache
