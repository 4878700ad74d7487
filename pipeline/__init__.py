"""Earshot's pipeline: recorded calls and their metadata in, analysed transcripts in DuckDB out."""

__version__ = "0.1.0"
