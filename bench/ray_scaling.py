"""Ray against the process pool: the same calls on 1 and 2 workers, end to end through the CLI.

    .venv/bin/python bench/ray_scaling.py [--calls 4] [--model base] [--repeat 2]

Each run is `python -m pipeline ingest` on a fresh database, timed from the command's start to its
exit (discovery, model loading in the workers, transcription, analysis, storing, the search index):
- pool:  the single-machine default, `--workers N --cpu-threads 1` (one thread each, as each Ray actor here);
- ray:   `--ray ADDRESS --ray-workers N` against a Ray started on this machine for the benchmark
         (`ray start --head`, 2 CPUs, token authentication), as an operator's cluster would be
         running already; its start-up is timed once, apart.
Prints wall seconds and real-time factors, Ray's overhead per call (Ray's wall minus the pool's, per
call, at the same number of workers) and the scaling efficiency from 1 to 2 workers (wall at 1 / (2 x
wall at 2)), each the best of `--repeat` runs. The machine's cores are shared with whatever else runs:
keep it idle for honest figures (the load average is printed with them).
"""

from __future__ import annotations

import argparse
import csv
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "samples"
RAY = str(Path(sys.executable).with_name("ray"))


def sample_folder(count: int, folder: Path) -> float:
    """The first `count` sample calls and a calls.csv naming them; returns their audio seconds."""
    import json

    with (SAMPLES / "calls.csv").open(newline="") as handle:
        rows = list(csv.DictReader(handle))[:count]
    folder.mkdir(parents=True)
    for row in rows:
        shutil.copyfile(SAMPLES / row["file"], folder / row["file"])
    with (folder / "calls.csv").open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return sum(json.loads((SAMPLES / "truth" / f"{r['call_id']}.json").read_text())["duration_s"] for r in rows)


def timed_ingest(folder: Path, db: Path, env: dict[str, str], *options: str) -> float:
    cmd = [sys.executable, "-m", "pipeline", "ingest", str(folder), "--db", str(db), "--quiet", *options]
    started = time.perf_counter()
    result = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed:\n{result.stdout}\n{result.stderr}")
    return wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--calls", type=int, default=4)
    parser.add_argument("--model", default="base")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each configuration; the best counts")
    args = parser.parse_args()
    env = {
        **os.environ,
        "RAY_AUTH_MODE": "token",
        "RAY_AUTH_TOKEN": secrets.token_hex(16),
        "RAY_USAGE_STATS_ENABLED": "0",
    }
    common = ("--model", args.model, "--max-duration-min", "30")
    work = Path(tempfile.mkdtemp(prefix="esb-", dir="/tmp"))  # short: Ray's socket paths must fit
    walls: dict[tuple[str, int], float] = {}
    load_before = os.getloadavg()[0]
    try:
        folder = work / "calls"
        audio_s = sample_folder(args.calls, folder)
        port = _free_port()
        started = time.perf_counter()
        head = [
            *("start", "--head", f"--port={port}", f"--ray-client-server-port={_free_port()}", "--num-cpus=2"),
            *(f"--memory={6 * 2**30}", f"--object-store-memory={300 * 2**20}", f"--temp-dir={work / 'ray'}"),
            *("--include-dashboard=false", "--disable-usage-stats"),
        ]
        subprocess.run([RAY, *head], env=env, check=True, capture_output=True, text=True)
        ray_start_s = time.perf_counter() - started
        address = f"127.0.0.1:{port}"
        for n in range(args.repeat):
            for workers in (1, 2):
                for kind in ("pool", "ray"):
                    sizing = ["--workers", str(workers), "--cpu-threads", "1"]
                    if kind == "ray":
                        sizing = ["--ray", address, "--ray-workers", str(workers)]
                    wall = timed_ingest(folder, work / f"{kind}{workers}-{n}.duckdb", env, *common, *sizing)
                    walls[kind, workers] = min(wall, walls.get((kind, workers), wall))
    finally:
        subprocess.run([RAY, "stop", "--force"], env=env, capture_output=True)
        shutil.rmtree(work, ignore_errors=True)
    print(
        f"{args.calls} sample calls, {audio_s / 60:.1f} min of audio, model {args.model};"
        f" Ray start {ray_start_s:.1f} s;"
        f" load average before {load_before:.1f}, after {os.getloadavg()[0]:.1f} (2 cores: above 2 means shared)"
    )
    print(f"{'run':<12}{'wall s':>8}{'x real time':>13}")
    for (kind, workers), wall in walls.items():
        print(f"{kind + ' x' + str(workers):<12}{wall:>8.1f}{audio_s / wall:>13.1f}")
    for workers in (1, 2):
        overhead = (walls["ray", workers] - walls["pool", workers]) / args.calls
        print(f"Ray overhead per call at {workers} worker(s): {overhead:+.2f} s")
    for kind in ("pool", "ray"):
        efficiency = walls[kind, 1] / (2 * walls[kind, 2])
        print(f"{kind} scaling efficiency 1 -> 2 workers: {efficiency:.2f}")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


if __name__ == "__main__":
    main()
