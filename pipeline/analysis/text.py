"""Normalising transcript text so that one rule matches many ways of writing the same words.

Whisper on 8 kHz telephone audio writes "can't", "cant" and "cannot" for the same sound, drops
punctuation, and mishears words. Rules are matched against a normal form: lowercase, no
punctuation, contractions expanded ("can't" and "cant" both become "can not"), the rules file's
speech-recognition variants applied ("curry er" -> "courier"), and near-miss spellings of words
the rules use snapped to those words ("superviser" -> "supervisor").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher

# Both the apostrophe form and the bare form Whisper writes without punctuation. Bare forms that are
# also ordinary words ("well", "were", "its", "hell", "shed") are left out on purpose.
CONTRACTIONS: dict[str, str] = {
    "can't": "can not",
    "cant": "can not",
    "cannot": "can not",
    "won't": "will not",
    "wont": "will not",
    "don't": "do not",
    "dont": "do not",
    "doesn't": "does not",
    "doesnt": "does not",
    "didn't": "did not",
    "didnt": "did not",
    "isn't": "is not",
    "isnt": "is not",
    "aren't": "are not",
    "arent": "are not",
    "wasn't": "was not",
    "wasnt": "was not",
    "weren't": "were not",
    "werent": "were not",
    "couldn't": "could not",
    "couldnt": "could not",
    "shouldn't": "should not",
    "shouldnt": "should not",
    "wouldn't": "would not",
    "wouldnt": "would not",
    "haven't": "have not",
    "havent": "have not",
    "hasn't": "has not",
    "hasnt": "has not",
    "hadn't": "had not",
    "hadnt": "had not",
    "mustn't": "must not",
    "ain't": "is not",
    "aint": "is not",
    "i'm": "i am",
    "im": "i am",
    "i've": "i have",
    "ive": "i have",
    "i'll": "i will",
    "ill": "i will",
    "i'd": "i would",
    "you're": "you are",
    "youre": "you are",
    "you've": "you have",
    "youve": "you have",
    "you'll": "you will",
    "youll": "you will",
    "you'd": "you would",
    "we're": "we are",
    "we've": "we have",
    "we'll": "we will",
    "we'd": "we would",
    "they're": "they are",
    "theyre": "they are",
    "they've": "they have",
    "theyve": "they have",
    "they'll": "they will",
    "theyll": "they will",
    "it's": "it is",
    "it'll": "it will",
    "itll": "it will",
    "that's": "that is",
    "thats": "that is",
    "that'll": "that will",
    "there's": "there is",
    "theres": "there is",
    "here's": "here is",
    "heres": "here is",
    "what's": "what is",
    "whats": "what is",
    "who's": "who is",
    "where's": "where is",
    "he's": "he is",
    "she's": "she is",
    "he'll": "he will",
    "she'll": "she will",
    "let's": "let us",
    "y'all": "you all",
    "gonna": "going to",
    "wanna": "want to",
    "gotta": "got to",
    "gimme": "give me",
    "lemme": "let me",
    "kinda": "kind of",
    "dunno": "do not know",
}

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'"})
_NON_WORD = re.compile(r"[^a-z0-9' ]+")
_SPACES = re.compile(r"\s+")


def basic_tokens(text: str) -> list[str]:
    """Lowercase words with contractions expanded, punctuation gone (apostrophes only inside words)."""
    text = text.lower().translate(_APOSTROPHES).replace("-", " ")
    text = _NON_WORD.sub(" ", text)
    tokens: list[str] = []
    for raw in text.split():
        word = raw.strip("'")
        if not word:
            continue
        expanded = CONTRACTIONS.get(word)
        if expanded is not None:
            tokens.extend(expanded.split())
        elif word.endswith("'s"):
            # possessive: "department's" -> "department s" would break phrases; keep the stem only
            tokens.append(word[:-2])
        elif word.endswith("n't"):
            tokens.extend((word[:-3], "not"))
        else:
            tokens.append(word.replace("'", ""))
    return tokens


@dataclass
class Normaliser:
    """Turns utterance text into the padded normal form the compiled rules search.

    `variants` maps misheard word sequences to what was meant (from the rules file); `vocabulary`
    is every literal word the rules use, the targets of fuzzy snapping.
    """

    variants: dict[str, str] = field(default_factory=dict)
    vocabulary: frozenset[str] = frozenset()
    fuzzy_min_len: int = 6
    fuzzy_cutoff: float = 0.86
    _variant_re: re.Pattern[str] | None = None
    _by_length: dict[int, list[str]] = field(default_factory=dict)
    _snap_cache: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.variants:
            # longest first so that "curry er" wins over "curry"
            keys = sorted(self.variants, key=len, reverse=True)
            self._variant_re = re.compile(r"(?<= )(?:" + "|".join(re.escape(k) for k in keys) + r")(?= )")
        for word in self.vocabulary:
            self._by_length.setdefault(len(word), []).append(word)

    def normalise(self, text: str) -> str:
        """' w1 w2 … wn ' (padded with spaces so every phrase pattern can anchor on word edges)."""
        tokens = [self._snap(t) for t in basic_tokens(text)]
        padded = " " + " ".join(tokens) + " "
        if self._variant_re is not None:
            padded = self._variant_re.sub(lambda m: self.variants[m.group(0)], padded)
            padded = _SPACES.sub(" ", padded)
        return padded

    def _snap(self, token: str) -> str:
        """A near miss of a rule word becomes that word; anything else is left alone."""
        if len(token) < self.fuzzy_min_len or token in self.vocabulary or token.isdigit():
            return token
        cached = self._snap_cache.get(token)
        if cached is not None:
            return cached
        best, best_ratio = token, self.fuzzy_cutoff
        for length in range(len(token) - 2, len(token) + 3):
            for candidate in self._by_length.get(length, ()):
                # same first letter: ASR rarely mishears the onset, and it keeps "policy"/"police" style
                # pairs from snapping; the quick ratios prune before the exact one
                if candidate[0] != token[0]:
                    continue
                matcher = SequenceMatcher(None, token, candidate)
                if matcher.real_quick_ratio() < best_ratio or matcher.quick_ratio() < best_ratio:
                    continue
                ratio = matcher.ratio()
                if ratio >= best_ratio:
                    best, best_ratio = candidate, ratio
        self._snap_cache[token] = best
        return best


def words_of(strings: Iterable[str]) -> set[str]:
    """Every plain word in some pattern sources (for the fuzzy vocabulary)."""
    found: set[str] = set()
    for s in strings:
        found.update(w for w in re.findall(r"[a-z][a-z']*[a-z]", s.lower()) if "'" not in w)
    return found
