# Two set-up commands: `make demo` and `make test`; both build their own .venv.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
EVAL   := ../shared/eval

.PHONY: demo test lint eval schema stanza clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/quoteverify demo

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check quoteverify tests scripts

eval: $(STAMP)
	$(BIN)/python scripts/evaluate.py --errors 20

schema: $(STAMP)   # rewrite db/schema.sql after adding a migration
	$(BIN)/python scripts/dump_schema.py

stanza: $(STAMP)   # the full NLP backend: CPU torch first, then stanza (models: stanza.download("de"))
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[stanza]'

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
