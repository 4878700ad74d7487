"""Shared pytest fixtures: each area keeps its own in a module of its own, imported here."""

from tests.app_fixtures import seeded_conn, seeded_db, seeded_template

__all__ = ["seeded_conn", "seeded_db", "seeded_template"]
