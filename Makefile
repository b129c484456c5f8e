# Two commands: `make run` and `make test`. Everything else is a helper.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: run run-demo test install install-dev data demo-data import-data bench soak clean

# nginx in front of gunicorn when nginx is installed (production topology), gunicorn alone otherwise.
run: install data
	$(BIN)/python -m dashboard serve

test: install-dev data
	$(BIN)/python -m pytest

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt $(VENV)/.installed
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

# The embedded dataset: registry packages + the official figures carried in data/sources. Rebuilt only when the
# carried tables or the build code changed since the published release.
data: install
	$(BIN)/python -m dashboard data build --if-stale

# Development and load tests only: the same shape with made-up values, flagged "données de démonstration".
demo-data: install
	DATA_DIR=data/demo $(BIN)/python -m dashboard data build --demo --if-stale

run-demo: install demo-data
	DATA_DIR=data/demo $(BIN)/python -m dashboard serve

# Maintainers: official files -> data/sources (needs ../shared/data/official or downloaded files).
import-data: install
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

# 50 clients for 60 s against gunicorn (2 workers) with Redis; exits non-zero on any failed request.
soak: install-dev data
	$(BIN)/python bench/load.py --soak

clean:
	rm -rf $(VENV) data/releases data/current data/demo data/.cache
