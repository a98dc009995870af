# The two commands of the README: `make run` and `make test`. Both set themselves up first.
PY := .venv/bin/python
ARGS ?=

.PHONY: setup run test demo screenshots bench translations

setup:
	@bash scripts/setup.sh

run: setup
	$(PY) -m console $(ARGS)

test: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(ARGS)

demo: setup
	$(PY) -m console.demo --db demo.db --years 1

screenshots: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m console.screenshots screenshots

bench: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m console.bench $(ARGS)

translations: setup
	$(PY) -m tools.i18n update
