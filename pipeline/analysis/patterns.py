"""Phrase patterns: a small language supervisors can write, compiled once to regular expressions.

    our policy (is|states|says)        alternatives in parentheses, separated by |
    (i am|we are) (so|very)? sorry     ? makes the word or group before it optional
    apolog*                            * ends a word: any word starting "apolog"
    transfer ... to {department}       ... is a gap of up to 3 words (...5: up to 5)
                                       {name} is any phrase from the [slots] list of that name
    re:\\bpolicy\\b                      re: starts a raw regular expression instead

Patterns match whole words of the normal form (see `text.py`), so "can't" in a pattern and "cant"
in a transcript meet as "can not".
"""

from __future__ import annotations

import re

from pipeline.analysis.text import basic_tokens

_TOKEN = re.compile(r"\s*(\(|\)|\||\?|\.\.\.\d*|\{[a-z_][a-z0-9_]*\}|[a-z0-9'*]+)", re.IGNORECASE)


class PatternError(ValueError):
    """A phrase pattern that cannot be compiled; the message says where."""


def compile_pattern(source: str, slots: dict[str, list[str]]) -> re.Pattern[str]:
    """Compile one pattern (phrase or `re:` regex) to a regex over the padded normal form."""
    if source.startswith("re:"):
        try:
            return re.compile(source[3:])
        except re.error as exc:
            raise PatternError(f"bad regular expression: {exc}") from exc
    tokens = _tokenise(source)
    parser = _Parser(tokens, slots, source)
    body = parser.alternatives()
    if parser.pos != len(tokens):
        raise PatternError(f"unexpected {tokens[parser.pos]!r} in {source!r}")
    if not body:
        raise PatternError("empty pattern")
    return re.compile("(?<= )" + body)


def _tokenise(source: str) -> list[str]:
    tokens: list[str] = []
    pos = 0
    text = source.strip()
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if match is None:
            raise PatternError(f"unexpected character {text[pos]!r} at position {pos} in {text!r}")
        tokens.append(match.group(1).lower())
        pos = match.end()
        while pos < len(text) and text[pos].isspace():
            pos += 1
    return tokens


class _Parser:
    """Recursive descent: alternatives := sequence ('|' sequence)*; sequence := (atom '?'?)*.

    Every compiled atom consumes its words *and the space after them*, so atoms concatenate
    without caring about spacing and an optional atom simply may consume nothing.
    """

    def __init__(self, tokens: list[str], slots: dict[str, list[str]], source: str) -> None:
        self.tokens = tokens
        self.slots = slots
        self.source = source
        self.pos = 0

    def peek(self) -> str | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def alternatives(self) -> str:
        options = [self.sequence()]
        while self.peek() == "|":
            self.pos += 1
            options.append(self.sequence())
        if any(not o for o in options):
            raise PatternError(f"empty alternative in {self.source!r}")
        return options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"

    def sequence(self) -> str:
        parts: list[str] = []
        while (token := self.peek()) is not None and token not in ("|", ")"):
            atom = self.atom()
            if self.peek() == "?":
                self.pos += 1
                atom = f"(?:{atom})?"
            parts.append(atom)
        return "".join(parts)

    def atom(self) -> str:
        token = self.tokens[self.pos]
        self.pos += 1
        if token == "(":
            inner = self.alternatives()
            if self.peek() != ")":
                raise PatternError(f"missing ')' in {self.source!r}")
            self.pos += 1
            return f"(?:{inner})"
        if token == "?":
            raise PatternError(f"'?' with nothing before it in {self.source!r}")
        if token.startswith("..."):
            most = int(token[3:] or 3)
            return f"(?:\\S+ ){{0,{most}}}"
        if token.startswith("{"):
            name = token[1:-1]
            if name not in self.slots:
                raise PatternError(f"unknown slot {{{name}}} (define it under [slots])")
            phrases = sorted({_literal(p) for p in self.slots[name]}, key=len, reverse=True)
            return "(?:" + "|".join(phrases) + ")"
        if "*" in token:
            if not token.endswith("*") or token.count("*") > 1 or len(token) < 3:
                raise PatternError(f"'*' may only end a word of 2+ letters: {token!r}")
            return re.escape(token[:-1]) + r"\S* "
        return _literal(token)


def _literal(phrase: str) -> str:
    """A literal word or phrase, normalised like transcript text ("can't" -> "can not")."""
    words = basic_tokens(phrase)
    if not words:
        raise PatternError(f"no words in {phrase!r}")
    return "".join(re.escape(w) + " " for w in words)
