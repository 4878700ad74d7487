"""Benchmarks: a synthetic call generator and page load timings (see bench/README.md)."""
