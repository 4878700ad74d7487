"""The tree tells the architecture: a package per concern, each saying what it owns, and the app's
entry file held to the same rule as its pages (the rest is checked by `lint-imports` in `make lint`)."""

from __future__ import annotations

import ast
import importlib
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CONCERNS = ("ingest", "analysis", "store", "trust", "cli")


def _imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names |= {f"{node.module}.{alias.name}" for alias in node.names}
    return names


@pytest.mark.parametrize("concern", CONCERNS)
def test_each_concern_is_a_package_that_says_what_it_owns(concern: str) -> None:
    package = importlib.import_module(f"pipeline.{concern}")
    doc = package.__doc__ or ""
    assert "Owns" in doc or "owns" in doc, f"pipeline/{concern}/__init__.py must say what it owns"
    assert "import" in doc, f"pipeline/{concern}/__init__.py must say what it may import"


def test_only_records_and_the_entry_point_sit_beside_the_concerns() -> None:
    loose = sorted(p.name for p in (ROOT / "pipeline").glob("*.py"))
    assert loose == ["__init__.py", "__main__.py", "records.py"]


def test_the_app_entry_file_follows_the_page_contract() -> None:
    """app.py is a module, which import-linter cannot take as a root; its imports are checked here."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]["contracts"]
    pages = next(c for c in config if c.get("source_modules") == ["pages"])
    imported = _imported_modules(ROOT / "app.py")
    broken = sorted(
        name
        for name in imported
        for banned in pages["forbidden_modules"]
        if name == banned or name.startswith(banned + ".")
    )
    assert broken == []


def test_the_contract_check_sees_a_forbidden_import(tmp_path: Path) -> None:
    """The page contract's forbidden list is what the app test above enforces: a duckdb import is caught."""
    bad = tmp_path / "app.py"
    bad.write_text("import duckdb\nfrom pipeline.analysis.call import analyze_call\n")
    assert {"duckdb", "pipeline.analysis.call"} <= _imported_modules(bad)
