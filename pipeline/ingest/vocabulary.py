"""The company's own words, given to Whisper so that it hears them: a vocabulary file per deployment.

Whisper writes a company or product name it has not learned as a different invented word each time it
is said, and a misheard phrase ("how may I introduce you") escapes the rules that look for it. A
vocabulary file lists the words a deployment's calls use that a general model gets wrong: the company,
its products, its agents' names, and phrases the behaviour rules depend on. One term per line; `#`
starts a comment; blank lines are ignored:

    # data/vocabulary.txt
    Harper Valley National Bank
    Earshot Premium
    how may I assist you

The terms are passed to faster-whisper as `hotwords` (text the decoder is primed with before each
30 s window; it does not have to appear). Whisper reads at most about 220 tokens of it, so a file that
is longer than `MAX_CHARS` is refused rather than silently cut. `python -m pipeline ingest
--vocabulary FILE` uses one; see the README (Transcription) for what it was measured to do.
"""

from __future__ import annotations

from pathlib import Path

MAX_CHARS = 600  # about 150 tokens: well inside the half-window faster-whisper allows for hotwords
MAX_TERM_CHARS = 100


class VocabularyError(ValueError):
    """The vocabulary file cannot be used; the message names the file and the line."""


def read_vocabulary(path: Path) -> tuple[str, ...]:
    """The terms of a vocabulary file, in file order, each once."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise VocabularyError(f"cannot read vocabulary file {path}: {exc}") from None
    terms: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        term = " ".join(line.split("#", 1)[0].split())
        if not term:
            continue
        try:
            check_term(term)
        except VocabularyError as exc:
            raise VocabularyError(f"{path}, line {number}: {exc}") from None
        if term not in terms:
            terms.append(term)
    try:
        _check_length(tuple(terms))
    except VocabularyError as exc:
        raise VocabularyError(f"{path}: {exc}") from None
    return tuple(terms)


def check_term(term: str) -> None:
    if len(term) > MAX_TERM_CHARS:
        raise VocabularyError(f"a term may have at most {MAX_TERM_CHARS} characters")
    if any(not ch.isprintable() for ch in term):
        raise VocabularyError("control characters are not allowed")


def check_terms(terms: tuple[str, ...]) -> None:
    """Every term usable, and all of them together within what Whisper reads."""
    for term in terms:
        check_term(term)
    _check_length(terms)


def _check_length(terms: tuple[str, ...]) -> None:
    if len(hotwords(terms)) > MAX_CHARS:
        raise VocabularyError(
            f"the terms come to more than {MAX_CHARS} characters, more than Whisper reads; "
            "keep the words it gets wrong (names, products) and leave out common ones"
        )


def hotwords(terms: tuple[str, ...]) -> str:
    """The text given to Whisper: the terms, comma-separated."""
    return ", ".join(terms)
