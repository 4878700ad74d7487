"""Negation: which negators in a text negate something the detectors care about.

Shared by the phrase rules (`moments`) and the semantic matcher (`semantic`), so it sits below both.
"""

from __future__ import annotations

from collections.abc import Sequence

# Phrases that contain a negator but negate nothing the rules care about ("no problem, I'll transfer you").
_HARMLESS_AFTER_NEGATOR = frozenset({"problem", "worries", "worry", "bother", "trouble", "doubt", "matter", "only"})
# "no, I want a manager" / "no no you'll have to go online": a negator answering the previous turn,
# followed by a fresh subject, negates nothing after it.
_NEW_SUBJECT = frozenset({"i", "we", "you", "they", "he", "she", "no", "yes", "yeah", "ok", "okay"})
# Words that start a new clause in unpunctuated ASR text: a negator before them belongs to another clause.
CLAUSE_BOUNDARY = frozenset(
    {"but", "so", "and", "then", "because", "if", "okay", "ok", "right", "well", "now", "though"}
)



def harmless(words: Sequence[str], position: int) -> bool:
    """Whether the negator at `position` negates nothing ("no problem", "no, I want ...")."""
    following = words[position + 1 : position + 3]
    if not following:
        return False
    if words[position] == "no" and following[0] in _NEW_SUBJECT:
        return True
    return following[0] in _HARMLESS_AFTER_NEGATOR or following[-1] in _HARMLESS_AFTER_NEGATOR
