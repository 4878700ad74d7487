"""Installed in every Ray worker process of the cluster tests (`worker_process_setup_hook`, see
tests/ray_fixtures.py), before any actor loads.

- DuckDB cannot be imported in a worker: if any code an actor runs tried, its job would fail with
  this module's message, so every cluster test that stores its calls asserts that no worker opened
  the database.
- A file whose name contains CRASH_MARK kills the worker process that takes it (SIGKILL, as the
  kernel's out-of-memory killer or a crash in a native decoder would), before any of its work.
- Files under a folder named NOT_MOUNTED do not exist for the workers (as on a node without the
  shared mount), though the driver reads them.
"""

from __future__ import annotations

import importlib.abc
import os
import signal
import sys
from pathlib import Path

CRASH_MARK = "kills-its-worker"
NOT_MOUNTED = "not-mounted-on-the-nodes"


class _NoDuckDB(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path, target=None):
        if fullname == "duckdb" or fullname.startswith("duckdb."):
            raise ImportError("a Ray worker tried to import duckdb: workers must never open the database")
        return None


def install() -> None:
    if "duckdb" in sys.modules:
        raise RuntimeError("duckdb was already imported in this Ray worker")
    sys.meta_path.insert(0, _NoDuckDB())

    from pipeline.ingest import cluster, worker

    original = worker.process_job

    def process_job(job, resources):
        if CRASH_MARK in job.path.name:
            os.kill(os.getpid(), signal.SIGKILL)
        return original(job, resources)

    worker.process_job = process_job
    cluster.process_job = process_job

    exists = Path.exists

    def exists_on_this_node(self: Path, *args, **kwargs) -> bool:
        return NOT_MOUNTED not in self.parts and exists(self, *args, **kwargs)

    Path.exists = exists_on_this_node  # type: ignore[method-assign]
