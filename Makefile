# The two commands of the README: `make run` and `make test`. Both set themselves up first.
PY := .venv/bin/python
ARGS ?=

.PHONY: setup run test demo screenshots bench translations bundle bundle-test server

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

# The offline bundle (packaging/): dist/*.tar.gz (the frozen console) and dist/*.deb; then the proof that
# both run with no network, no environment and an empty home, and that the .deb installs and removes cleanly.
bundle: setup
	bash packaging/build.sh

bundle-test: setup
	bash packaging/bundle_test.sh

# A local PostgreSQL cluster for trying a centre on one machine (console/server.py): created on the first
# run, started on the next; prints how the seats connect. `make server ARGS="stop"` stops it.
server: setup
	$(PY) -m console.server $(or $(ARGS),up)
