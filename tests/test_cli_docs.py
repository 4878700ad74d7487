"""Every command the CLI offers is documented in the README, and every documented command exists."""

from __future__ import annotations

import re
from pathlib import Path

from pipeline.cli import build_parser

README = (Path(__file__).resolve().parents[1] / "README.md").read_text()


def cli_commands() -> set[str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    return set(sub.choices)


def test_every_command_is_documented_in_the_readme() -> None:
    missing = sorted(c for c in cli_commands() if f"python -m pipeline {c}" not in README)
    assert not missing, f"commands not shown in README.md: {missing}"


def test_every_documented_command_exists() -> None:
    documented = set(re.findall(r"python -m pipeline ([a-z][a-z-]*)", README))
    assert documented <= cli_commands(), f"README shows unknown commands: {sorted(documented - cli_commands())}"


def test_make_targets_in_the_readme_exist() -> None:
    makefile = (Path(__file__).resolve().parents[1] / "Makefile").read_text()
    for target in set(re.findall(r"^make ([a-z-]+)", README, re.MULTILINE)):
        assert re.search(rf"^{target}:", makefile, re.MULTILINE), f"make {target} is documented but not defined"
