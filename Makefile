# The two commands of the README: `make run` and `make test`. Both set themselves up first.
PY := .venv/bin/python
ARGS ?=

.PHONY: setup run test demo screenshots bench translations bundle bundle-test server server-stop
SERVER_DIR ?= $(if $(filter 0,$(shell id -u)),/var/lib/hotline-console/server,$(HOME)/.local/share/hotline-console/server)
SERVER_PORT ?= 5433

setup:
	@bash scripts/setup.sh

run: setup
	$(PY) -m console $(ARGS)

# The whole suite on TEST_WORKERS workers (pytest-xdist; the journeys mostly wait at a person's pace, so more
# workers than cores pays), test by test except a module with a module-scoped fixture, kept on one worker
# (tests/conftest.py); the models tests and the journeys run on SQLite and
# on a throwaway PostgreSQL cluster each worker starts in its own temporary folder and stops (tests/pg.py).
TEST_WORKERS ?= 4
test: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n $(TEST_WORKERS) --dist loadgroup $(ARGS)

# A centre's trial PostgreSQL server on this machine (docs/centre.md): created on first use, then started;
# it prints how seats connect. `make server-stop` stops it.
server: setup
	@if [ -f "$(SERVER_DIR)/cluster/PG_VERSION" ]; then $(PY) -m console.server start --data "$(SERVER_DIR)"; \
	else $(PY) -m console.server init --data "$(SERVER_DIR)" --port $(SERVER_PORT) --listen; fi

server-stop:
	$(PY) -m console.server stop --data "$(SERVER_DIR)"

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
