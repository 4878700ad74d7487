"""Rules ready for analysis: the rules file read (`rules.read_rules`) with its learned model loaded.

The one loader the rest of Earshot calls. It sits above the detectors, so the rules parser stays
plain data and never imports the model.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pipeline.analysis.learned import ModelFileError, load_model
from pipeline.analysis.rules import Rules, RulesError, read_rules


def load_rules(path: str | Path | None = None, *, with_learned: bool = True) -> Rules:
    """Read, validate and compile a rules file and load the model its [learned] section names.

    `with_learned=False` leaves the [learned] model out (it is not read, and the rules decide alone):
    what `train` needs, since the model is trained on what the rules find.
    """
    rules = read_rules(path, with_learned=with_learned)
    config = rules.learned
    if not config.enabled or config.model_path is None:
        return rules
    try:
        model = load_model(config.model_path)
    except ModelFileError as exc:
        raise RulesError(f"{rules.path}: [learned]: {exc}") from None
    return replace(rules, learned=replace(config, model=model))
