"""Shared pytest fixtures: each area keeps its own in a module of its own, imported here."""

from tests.app_fixtures import seeded_conn, seeded_db, seeded_template
from tests.insights_fixtures import insights_conn, insights_db, insights_template

__all__ = ["insights_conn", "insights_db", "insights_template", "seeded_conn", "seeded_db", "seeded_template"]
