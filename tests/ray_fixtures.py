"""A two-node Ray cluster on this machine for the cluster-ingest tests, started once per module.

Each node gets one CPU and explicit memory and object-store limits; token authentication is on
(`RAY_AUTH_MODE=token` with a token made for the run, so nothing is written to ~/.ray). Teardown
runs `ray stop --force` and checks that no raylet is left. Every CLI run through `env()` installs
tests/ray_hooks.py in each Ray worker (no worker may import duckdb; marked files crash their worker).
"""

from __future__ import annotations

import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RAY = str(Path(sys.executable).with_name("ray"))
NODE_MEMORY = str(3 * 2**30)
OBJECT_STORE = str(150 * 2**20)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def raylets() -> list[str]:
    found = subprocess.run(["pgrep", "-f", "-a", "raylet/raylet"], capture_output=True, text=True).stdout
    return [line for line in found.splitlines() if line.strip()]


def transcriber_actors() -> list[str]:
    """Live actor processes of ours (Ray titles an actor's process `ray::<class>`)."""
    found = subprocess.run(["pgrep", "-f", "-a", "ray::Transcriber"], capture_output=True, text=True).stdout
    return [line for line in found.splitlines() if line.strip()]


class RayCluster:
    def __init__(self) -> None:
        self.temp = Path(tempfile.mkdtemp(prefix="esr-", dir="/tmp"))  # short: Ray's socket paths must fit
        self.port = _free_port()
        self.second_node_port = _free_port()
        self.address = f"127.0.0.1:{self.port}"
        self.base_env = {
            **os.environ,
            "RAY_AUTH_MODE": "token",
            "RAY_AUTH_TOKEN": secrets.token_hex(16),
            "RAY_USAGE_STATS_ENABLED": "0",
            # A lost node is declared dead after about 2 s rather than Ray's default 15 s or more.
            "RAY_health_check_period_ms": "500",
            "RAY_health_check_timeout_ms": "500",
            "RAY_health_check_failure_threshold": "3",
        }

    def _ray(self, *args: str) -> None:
        subprocess.run([RAY, *args], env=self.base_env, check=True, capture_output=True, text=True, timeout=120)

    def start(self) -> RayCluster:
        common = ["--num-cpus=1", f"--memory={NODE_MEMORY}", f"--object-store-memory={OBJECT_STORE}"]
        self._ray(
            "start",
            "--head",
            f"--port={self.port}",
            f"--temp-dir={self.temp}",
            f"--ray-client-server-port={_free_port()}",
            "--include-dashboard=false",
            "--disable-usage-stats",
            *common,
        )
        self.start_second_node()
        return self

    def start_second_node(self) -> None:
        self._ray(
            "start",
            f"--address={self.address}",
            f"--node-manager-port={self.second_node_port}",
            "--disable-usage-stats",
            *["--num-cpus=1", f"--memory={NODE_MEMORY}", f"--object-store-memory={OBJECT_STORE}"],
        )

    def kill_second_node(self) -> None:
        """SIGKILL the second node's raylet (its workers and agents go with it), as a lost machine."""
        marker = f"--node_manager_port={self.second_node_port}"
        for line in raylets():
            if marker in line:
                os.kill(int(line.split()[0]), signal.SIGKILL)

    def env(self, **extra: str) -> dict[str, str]:
        # The hook loads before Ray puts the driver's folder on the worker's path, hence PYTHONPATH.
        hook = {
            "runtime_env": {
                "worker_process_setup_hook": "tests.ray_hooks.install",
                "env_vars": {"PYTHONPATH": str(ROOT)},
            }
        }
        return {**self.base_env, "RAY_JOB_CONFIG_JSON_ENV_VAR": json.dumps(hook), **extra}

    def stop(self) -> None:
        subprocess.run([RAY, "stop", "--force"], env=self.base_env, capture_output=True, timeout=120)
        deadline = time.monotonic() + 15
        while raylets() and time.monotonic() < deadline:
            time.sleep(0.2)
