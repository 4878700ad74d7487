"""Redaction: card numbers, CVVs, expiry dates, SSNs, e-mail addresses and phone numbers.

`redact_utterances` runs in the ingest worker on the recogniser's words, before anything is
written to disk. It replaces each sensitive span by one typed tag word (`[CARD]`, `[CVV]`,
`[EXPIRY]`, `[SSN]`, `[EMAIL]`, `[PHONE]`) timed from the first to the last word it replaces,
rebuilds the utterance text from the words, and returns the spans so that
`write_redacted_audio` can silence (or bleep) the same stretches in the copy of the recording
the app serves. The original words are not kept anywhere in what it returns.

How numbers are found (why it is more than a regular expression):

* People read card numbers as digits ("four one one one"), in pairs ("forty-one eleven"), with
  "double"/"triple" and "oh", and the recogniser writes them as "4111 1111 …", "4111-1111-…",
  "41" "11" …, or a mixture. Every word is first turned into a *number token* (its digits).
* Tokens form *chains*: consecutive tokens separated only by filler words ("um", "yes", "and",
  "that's" …) and by less than `CHAIN_GAP_S` of silence, regardless of speaker, because a card
  number is often split by a pause, or read back or continued by the other party.
* A card is a Luhn-valid run of 13–19 digits inside a chain, or inside the digits of one speaker
  of a chain (a customer and an agent echoing groups in turn), starting and ending at a natural
  break (a pause, a speaker change, a filler, a written group). Runs split into several chains
  (e.g. "… and the last four? — 1111") are joined when card words are near or the gap is short.
* Recognisers mishear digits, and then Luhn fails. With card words nearby ("card", "visa" …) and
  no order/reference words, a 12–20 digit run is redacted as CARD anyway
  (`RedactionOptions.card_context_fallback`): a card number with one wrong digit is still one.
* CVV (3–4 digits) and expiry ("oh nine twenty seven", "09/27", "september twenty seven") are
  only looked for within `after_card_window_s` after a card, where they are unambiguous enough.
* SSN: written 123-45-6789, or 9 digits (or the last 4) after "social"/"SSN".
* Phone: 10–11 digits (8–15 after a said or written +) that are not a card, each speaker's digits
  first (so an echo is not a continuation); one speaker's two goes joined across the other party's
  question; 7–9 digits after phone words, and "555-1234"; an "extension …" after a number, and
  pieces of a number read back (see `find_phones`). A number dictated in groups, each group or the whole
  read back by the other party, is PHONE after a question asking for a phone number, found before cards
  (its pieces put together can pass Luhn), and left alone after one asking for an address or a zip code.
* E-mail: written addresses, and spoken ones the way recognisers write them: "john dot smith at gmail
  dot com", "john.smith at gmail.com", "smith@ gmail. com", "john smith .gmail .com" (Whisper's dots
  where the "at" was), spelled ("j o h n", "J-O-H-N", "john with an h"), "at gmail" alone after talk of
  e-mail, company domains ("accounting at acme transportation inc dot com"). The local part runs left
  over names, connectors, spelled letters and digits but stops at ordinary words (`_EMAIL_STOP`); the
  domain ends at its last top-level domain (see `_find_emails`).

Limits are stated in the README's Security section: a number the recogniser drops or turns into other words
cannot be found in the words, and detection is heuristic, tuned to fail towards redacting.
"""

from __future__ import annotations

import itertools
import math
import os
import re
import tempfile
import unicodedata
import wave
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from pipeline.records import Redaction, Utterance, Word

KINDS: tuple[str, ...] = ("CARD", "CVV", "EXPIRY", "SSN", "EMAIL", "PHONE", "PAYMENT")
AUDIO_MODES: tuple[str, ...] = ("silence", "bleep")

# Rows of the `settings` table (key -> JSON value) that hold the admin's choices; see RedactionOptions.
SETTING_KEYS: dict[str, str] = {
    "kinds": "redaction_kinds",
    "allow_original_playback": "allow_original_playback",
    "audio_mode": "redaction_audio_mode",
    "after_card_window_s": "redaction_after_card_window_s",
    "card_context_fallback": "redaction_card_context_fallback",
    "payment_window_s": "redaction_payment_window_s",
}

CHAIN_GAP_S = 20.0  # longest silence inside one spoken number (a customer looking at the card)
PAUSE_S = 0.6  # a gap this long between two number words is a natural group break
MAX_FILLERS_IN_CHAIN = 4
MERGE_GAP_S = 30.0  # pieces of one card in separate chains, at most this far apart
CONTEXT_BEFORE_S = 60.0  # how far back "card", "social" … count as context
MIN_PAYMENT_WINDOW_S = 20.0  # a payment window with nothing recognisable in it still covers a card being read
AUDIO_PAD_S = 0.15  # silence this much more on each side: word timestamps are approximate
TONE_HZ = 1000.0
TONE_LEVEL = 0.2
OPUS_RATES = (8000, 12000, 16000, 24000, 48000)


@dataclass(frozen=True)
class RedactionOptions:
    """What to redact, and how the app may play audio. Stored as rows of the `settings` table, one per
    field, under the keys in SETTING_KEYS (`allow_original_playback` is the key the admin page sets).

    kinds: the span types replaced in the transcript and silenced in the served audio. Types not
        listed are still *detected* where another type depends on them (a CVV is only looked for
        after a card) but are left in place.
    allow_original_playback: whether an admin may play the original recording in the app. No other
        role ever can (see `pipeline.trust.auth.may_play_original`).
    audio_mode: "silence" (default) or "bleep" (a 1 kHz tone) over redacted spans.
    after_card_window_s: how long after a card a CVV or expiry date is looked for.
    card_context_fallback: redact runs of 12 or more digits that fail the Luhn check as CARD when card
        words are near and no order/reference words are, because recognisers mishear single digits.
    payment_window_s: the longest payment window (kind PAYMENT): from a request for card details to
        the confirmation of the payment, the served audio is silent on both channels even where the
        recogniser wrote no digits at all. 0 turns windows off (so does leaving PAYMENT out of kinds).
    """

    kinds: frozenset[str] = frozenset(KINDS)
    allow_original_playback: bool = False
    audio_mode: str = "silence"
    after_card_window_s: float = 30.0
    card_context_fallback: bool = True
    payment_window_s: float = 60.0

    def __post_init__(self) -> None:
        kinds = frozenset(str(k).upper() for k in self.kinds)
        unknown = kinds - set(KINDS)
        if unknown:
            raise ValueError(f"unknown redaction kinds {sorted(unknown)}; known: {', '.join(KINDS)}")
        if self.audio_mode not in AUDIO_MODES:
            raise ValueError(f"audio_mode must be one of {AUDIO_MODES}, not {self.audio_mode!r}")
        object.__setattr__(self, "kinds", kinds)

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any] | None) -> RedactionOptions:
        """Options from the settings table as {key: decoded JSON value}; absent keys take the defaults.

        e.g. `RedactionOptions.from_settings({r["key"]: json.loads(r["value"]) for r in db.query(
        "SELECT key, value FROM settings")})`.
        """
        settings = settings or {}
        defaults = cls()
        values: dict[str, Any] = {}
        for name, key in SETTING_KEYS.items():
            value = settings.get(key)
            values[name] = getattr(defaults, name) if value is None else value
        return cls(
            kinds=frozenset(values["kinds"]),
            allow_original_playback=bool(values["allow_original_playback"]),
            audio_mode=str(values["audio_mode"]),
            after_card_window_s=float(values["after_card_window_s"]),
            card_context_fallback=bool(values["card_context_fallback"]),
            payment_window_s=float(values["payment_window_s"]),
        )

    def to_settings(self) -> dict[str, Any]:
        """{settings key: JSON-able value} for every field."""
        values = {name: getattr(self, name) for name in SETTING_KEYS}
        values["kinds"] = sorted(self.kinds)
        return {SETTING_KEYS[name]: value for name, value in values.items()}


# --- vocabulary -------------------------------------------------------------------------------

_UNITS = {
    "zero": 0, "oh": 0, "o": 0, "nought": 0, "nil": 0,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip
_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_AMBIGUOUS_ZERO = {"oh", "o"}  # an interjection or a letter unless it sits among other numbers
_REPEATERS = {"double": 2, "triple": 3}
_NUMBER_WORDS = set(_UNITS) | set(_TEENS) | set(_TENS) | set(_REPEATERS) | {"hundred", "thousand"}

# Words that may sit between the parts of one spoken number without ending it.
_FILLERS = {
    "um", "uh", "umm", "uhm", "er", "erm", "ah", "eh", "hmm", "mm", "mhm", "uh-huh", "mm-hmm",
    "okay", "ok", "yes", "yeah", "yep", "yup", "right", "correct", "alright", "sorry", "so", "and",
    "then", "that's", "thats", "that", "is", "it's", "its", "it", "the", "number", "next", "dash",
    "hyphen", "space", "slash", "got", "go", "on", "ahead", "like", "just", "well", "oh",
}  # fmt: skip
# A number after these is a count ("the last four"), not digits being read out.
_COUNT_MARKERS = {"last", "first", "final"}

_CARD_CONTEXT = {
    "card", "cards", "visa", "mastercard", "amex", "american", "discover", "credit", "debit",
}  # fmt: skip
_NOT_CARD_CONTEXT = {"order", "reference", "ref", "tracking", "confirmation", "case", "ticket", "invoice"}
_UNIT_WORDS = {
    "pound", "pounds", "quid", "p", "pence", "dollar", "dollars", "bucks", "cent", "cents", "euro", "euros",
    "percent", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
    "year", "years", "items", "times", "gb", "kg", "miles",
}  # fmt: skip
# A request for card details opens a payment window; a confirmation closes it.
_PAYMENT_REQUEST_WORDS = {"cvv", "cvc", "cv2", "cvv2", "csc", "expiry", "expiration"}
_PAYMENT_DONE_WORDS = {
    "processed", "approved", "successful", "successfully", "declined", "authorised", "authorized",
}  # fmt: skip
_EXPIRY_CONTEXT = {"expiry", "expiration", "expires", "expire", "expiring", "exp", "valid", "thru", "date", "until"}
_CVV_CONTEXT = {"cvv", "cvc", "cv2", "cvv2", "csc", "security", "code", "back", "verification"}
_SSN_CONTEXT = {"social", "ssn", "s.s.n", "socials"}
_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

_EMAIL_CONNECTORS = {"dot": ".", "period": ".", "point": ".", "underscore": "_", "dash": "-", "hyphen": "-"}
_EMAIL_AT = {"at", "@"}
_AT_SUFFIXES = {"sign", "symbol"}  # "john at sign gmail dot com"
_DOT_WORDS = {"dot", "period", "point"}
# Words that never start a domain or make up a company name in one ("look at this dot", "at the office").
_FUNCTION_WORDS = {
    "a", "an", "the", "this", "that", "these", "those", "my", "your", "our", "their", "his", "her", "its",
    "i", "me", "you", "we", "us", "they", "them", "he", "him", "she", "it", "is", "are", "was", "were",
    "be", "been", "am", "do", "does", "did", "have", "has", "had", "will", "would", "can", "could",
    "should", "to", "of", "in", "on", "at", "for", "from", "by", "with", "about", "into", "or", "and",
    "but", "if", "so", "as", "than", "then", "not", "no", "what", "where", "when", "who", "which", "how",
    "all", "any", "some", "one", "end", "least", "most", "first", "last", "once", "home", "work",
}  # fmt: skip
# Words that end a spoken local part on its left ("sure my email is | john at gmail dot com"): function
# words, fillers and the talk around an address. A name the recogniser wrote as one of these is missed;
# a word missing here is redacted with the address (the failure this module prefers).
_EMAIL_STOP = (
    _FUNCTION_WORDS
    | _FILLERS
    | {
        "it's", "that's", "there's", "here's", "i'm", "we're", "you're", "they're", "he's", "she's",
        "email", "e-mail", "emails", "mail", "address", "addresses", "account", "send", "sent", "sending",
        "reach", "contact", "write", "use", "using", "used", "try", "copy", "cc", "forward", "reply",
        "look", "looking", "looked", "log", "logged", "sign", "signed", "go", "going", "went", "get", "got",
        "stay", "staying", "live", "lives", "living", "working", "worked", "meet", "meeting", "call",
        "called", "calling", "visit", "check", "here", "there", "up", "down", "out", "back", "over",
        "now", "still", "only", "also", "even", "again", "please", "thanks", "thank", "sure", "actually",
        "basically", "name", "spelled", "spell", "spelling", "new", "old", "personal", "business",
        "people", "someone", "everyone", "anyone", "team", "guys", "folks", "staff", "office",
        "via", "through", "either", "yes", "no", "nope", "hi", "hello", "bye",
    }
)  # fmt: skip
# Top-level domains that are English words first: after a written full stop they start a sentence.
_WORD_TLDS = {"it", "in", "me", "be", "no", "us", "at", "app", "dev", "email", "online", "info"}
# Role addresses ("team@", "office@"): conversational words that are a whole local part on their own
# (right before the "at"), never a piece of a longer one.
_ROLE_LOCALS = {"team", "office", "staff", "contact", "hello", "hi"}
_TLDS = {
    "com", "net", "org", "edu", "gov", "mil", "io", "co", "uk", "us", "ca", "au", "de", "fr", "es",
    "it", "nl", "ie", "in", "info", "biz", "me", "ai", "app", "dev", "email", "online", "ru", "br",
    "mx", "nz", "za", "jp", "cn", "ch", "se", "no", "dk", "fi", "pl", "be", "at",
}  # fmt: skip
_MAIL_PROVIDERS = {"gmail", "googlemail", "hotmail", "yahoo", "outlook", "aol", "icloud", "live", "msn", "protonmail"}
# Providers that end an address said without its ".com" ("john at gmail"); "live" is an English word first.
_BARE_PROVIDERS = _MAIL_PROVIDERS - {"live"}
# Letters from other scripts that look like Latin ones (pasted text, a recogniser's odd output): an
# address written with them is still an address.
_CONFUSABLES = str.maketrans("аеорсхуіјѕԁɡοαερτνκ", "aeopcxyijsdgoaeptvk")
# Talk of e-mail before "… at gmail" said without its ".com".
_EMAIL_CONTEXT = {"email", "e-mail", "emails", "mail", "address", "addresses", "inbox", "gmail", "hotmail", "yahoo"}
MAX_DOMAIN_WORDS = 4  # "acme transportation inc dot com": a company name said as words before the first dot
MAX_DOMAIN_ATOMS = 24  # labels and dots read for one domain: "mail dot eu dot acme dot co dot uk" is 9
MAX_LOCAL_SLOTS = 40  # a spelled-out local part, letter by letter, with dots and digits
MAX_LOCAL_NAMES = 2  # whole words side by side in a local part: "john smith" (more is ordinary speech)
EMAIL_GAP_S = 3.0  # longest pause between the words of one spoken address (spelling letter by letter is slow)
# Words before a phone number ("what's the best number to reach you on?"), and words that say the digits
# are some other number.
_PHONE_CONTEXT = {
    "phone", "phones", "mobile", "cell", "cellphone", "telephone", "landline", "tel", "call", "callback",
    "reach", "text", "whatsapp", "contact", "dial",
}  # fmt: skip
_PHONE_JOIN_CONTEXT = _PHONE_CONTEXT | {"number", "numbers"}
_NOT_PHONE_CONTEXT = (
    _NOT_CARD_CONTEXT
    | _CARD_CONTEXT
    | _SSN_CONTEXT
    | {"account", "policy", "member", "membership", "id", "zip", "postcode", "postal", "room", "flat",
       "apartment", "suite", "unit", "pin", "passcode", "password", "security", "serial", "model", "part"}
)  # fmt: skip
_EXTENSION_WORDS = {"extension", "ext", "x"}
PHONE_JOIN_GAP_S = 10.0  # a number read in two goes, the other party asking in between
PHONE_ECHO_BEFORE_S = 5.0  # a piece of a phone number repeated from this long before the number is complete …
PHONE_ECHO_AFTER_S = 30.0  # … until this long after it
# Words in a question that ask for a number this module leaves alone (an address, a zip code): digits
# dictated in answer to it stay, even where they are as long as a phone number.
_ADDRESS_CONTEXT = {
    "address", "addresses", "street", "road", "avenue", "zip", "zipcode", "postcode", "postal", "apartment",
    "suite", "unit", "flat", "room", "house", "building",
}  # fmt: skip
_QUESTION_WORDS = _PHONE_CONTEXT | _NOT_PHONE_CONTEXT | _ADDRESS_CONTEXT | {"number", "numbers"}
OTHER_NUMBER = "OTHER"  # claimed for digits that are some other number: kept, and no rule may take them
MAX_DICTATION_WORDS = 12  # words between two groups of a dictated number (the other party's "okay so that's")

_EDGE_PUNCT = " \t\"'“”‘’()[]{}<>.,;:!?…–—-*"
_BREAK_AFTER = re.compile(r"[.,;:!?…–—]+[\"'”’)\]]*$")
_DATE = re.compile(r"(0?[1-9]|1[0-2])/([0-9]{2}|[0-9]{4})")
_DECIMAL = re.compile(r"[0-9]+\.[0-9]+")
_WRITTEN_CHARS = frozenset("0123456789-.,()")
_WRITTEN_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]{2,}")


def luhn_valid(digits: str) -> bool:
    """The Luhn (mod 10) check every payment card number passes."""
    if not digits.isascii() or not digits.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


# --- words in time order ----------------------------------------------------------------------


@dataclass
class _Slot:
    """One word of the call, in time order across utterances and speakers."""

    utt: int  # index of its utterance in the input
    pos: int  # index in that utterance's word list (or synthesised word list)
    word: Word
    speaker: str
    norm: str  # NFKC, lower case, surrounding punctuation stripped
    break_after: bool  # the word ends with , . ? ! … : the speaker marked a break


@dataclass(frozen=True)
class _Phone:
    """A phone number found: its digits, when it was said, its last slot and who said it."""

    digits: str
    start: float
    end: float
    last: int
    speaker: str


@dataclass
class _Num:
    """A number token: one or more slots that say digits."""

    first: int  # slot indices, inclusive
    last: int
    digits: str
    plus: bool = False  # written with a leading + (international phone number)
    groups: tuple[int, ...] = ()  # digit groups when written with separators: "555-123-4567" -> (3, 3, 4)
    chain: int = -1
    index_in_chain: int = -1


def _normalise(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip().lower().strip(_EDGE_PUNCT)


def _words_of(utterance: Utterance) -> tuple[list[Word], bool]:
    """The utterance's words; for a transcript without word timings, words spread evenly over its span."""
    if utterance.words:
        return utterance.words, False
    parts = utterance.text.split()
    if not parts:
        return [], True
    span = max(utterance.end - utterance.start, 0.0)
    total = sum(len(p) + 1 for p in parts)
    words, at = [], 0
    for part in parts:
        start = utterance.start + span * at / total
        at += len(part) + 1
        words.append(Word(text=part, start=start, end=utterance.start + span * (at - 1) / total))
    return words, True


def _slots(utterances: list[Utterance], words_by_utt: list[list[Word]]) -> list[_Slot]:
    slots: list[tuple[float, int, int, _Slot]] = []
    for ui, (utterance, words) in enumerate(zip(utterances, words_by_utt, strict=True)):
        floor = -math.inf
        for wi, word in enumerate(words):
            # Keep each utterance's own word order even where the recogniser's timestamps go backwards.
            start = word.start if math.isfinite(word.start) else floor
            floor = max(floor, start)
            text = word.text or ""
            slot = _Slot(ui, wi, word, utterance.speaker, _normalise(text), bool(_BREAK_AFTER.search(text.strip())))
            slots.append((floor, ui, wi, slot))
    slots.sort(key=lambda item: (item[0], item[1], item[2]))
    return [item[3] for item in slots]


def _is_filler_norm(norm: str) -> bool:
    return not norm or norm in _FILLERS or not any(ch.isalnum() for ch in norm)


def _is_filler(slot: _Slot) -> bool:
    return _is_filler_norm(slot.norm)


# --- e-mail pieces -----------------------------------------------------------------------------


def _fold(norm: str) -> str:
    """A word as e-mail matching sees it: zero-width and other format characters dropped, look-alike
    letters from other scripts read as the Latin letters they imitate."""
    if norm.isascii():
        return norm
    return "".join(ch for ch in norm if unicodedata.category(ch) != "Cf").translate(_CONFUSABLES)


def _is_label(label: str) -> bool:
    """One label of a domain name: letters, digits and inner hyphens."""
    return 0 < len(label) <= 63 and label.replace("-", "").isalnum() and label[0] != "-" and label[-1] != "-"


def _is_name(norm: str) -> bool:
    """A whole word of a local part: a name or handle ("john", "o'brien", "john.smith", "jsmith84")."""
    return (
        bool(norm)
        and norm not in _EMAIL_STOP
        and norm not in _EMAIL_CONNECTORS
        and norm not in _EMAIL_AT
        and bool(re.fullmatch(r"[\w.+'-]+", norm))
        and any(ch.isalnum() for ch in norm)
    )


def _spelled_kind(norm: str, right: str, left: str) -> str | None:
    """ "digit" or "spelled" when the word is a piece of a local part spelled out, given the kind of the
    piece to its right ("anchor" for none yet) and the word to its left."""
    if len(norm) == 1 and norm.isdigit():
        return "digit"
    if len(norm) == 1 and norm.isalpha():
        if norm in {"a", "i"}:
            # Also English words: a letter only among other spelled letters ("m a r y", "a l i").
            spelled_left = len(left) == 1 and left.isalnum()
            return "spelled" if right in ("spelled", "anchor") and spelled_left else None
        return "spelled"
    if norm in _AMBIGUOUS_ZERO:
        return "digit" if right == "digit" else None  # "john oh seven", not "oh, john at …"
    if norm in _UNITS or norm in _TEENS or norm in _TENS:
        return "digit"
    if norm in _REPEATERS:
        return right if right in ("spelled", "digit") else None  # "double l", "double five"
    if re.fullmatch(r"(?:[^\W_][.-])+[^\W_]", norm):
        return "spelled"  # "j-o-h-n", "j.o.h.n"
    return None


def _same_speaker_links(slots: list[_Slot]) -> tuple[list[int | None], list[int | None]]:
    """For each slot, the slot of the same speaker's previous and next word (other speakers' words between
    them in time, a backchannel during spelling, are skipped)."""
    prev: list[int | None] = [None] * len(slots)
    nxt: list[int | None] = [None] * len(slots)
    last: dict[str, int] = {}
    for i, slot in enumerate(slots):
        j = last.get(slot.speaker)
        if j is not None:
            prev[i], nxt[j] = j, i
        last[slot.speaker] = i
    return prev, nxt


@dataclass(frozen=True)
class _MailToken:
    """A word read as a piece of a written domain: ".gmail" -> lead_dot, ("gmail",); "gmail.com," ->
    ("gmail", "com"), stop_after."""

    lead_dot: bool
    labels: tuple[str, ...]
    trail_dot: bool
    stop_after: bool  # a , ; : ! ? after it


_MAIL_EDGE = " \t\"'“”‘’()[]{}<>*"


def _mail_token(text: str) -> _MailToken | None:
    """The word as a domain piece, or None if it cannot be one."""
    word = _fold(unicodedata.normalize("NFKC", text).lower()).strip(_MAIL_EDGE)
    bare = word.rstrip(",;:!?…").strip(_MAIL_EDGE)
    stop_after = len(bare) < len(word.strip(_MAIL_EDGE))
    body = bare.strip(".")
    if not body:
        return None
    labels = tuple(body.split("."))
    if not all(_is_label(label) for label in labels):
        return None
    return _MailToken(bare.startswith("."), labels, bare.endswith("."), stop_after)


# --- numbers ----------------------------------------------------------------------------------


def _written_number(norm: str) -> tuple[str, tuple[int, ...], bool] | None:
    """Digits of a written number ("4111", "4111-1111-1111-1111", "(555)", "+44"); None for
    prices, decimals, times, ordinals and codes with letters, which are never read-out digits."""
    if not norm or not any("0" <= ch <= "9" for ch in norm):
        return None
    body = norm[1:] if norm.startswith("+") else norm
    if _DECIMAL.fullmatch(body) or not body or not set(body) <= _WRITTEN_CHARS or body[0] not in "0123456789(":
        return None
    groups = tuple(len(g) for g in re.findall(r"[0-9]+", norm))
    return "".join(re.findall(r"[0-9]+", norm)), groups, norm.startswith("+")


def _hyphen_tens(norm: str) -> int | None:
    """ "forty-one" written as one word."""
    if "-" not in norm:
        return None
    tens, _, unit = norm.partition("-")
    if tens in _TENS and unit in _UNITS and _UNITS[unit] > 0 and unit not in _AMBIGUOUS_ZERO:
        return _TENS[tens] + _UNITS[unit]
    return None


class _SpokenParser:
    """Reads spoken digits from slot i on: "four", "forty one", "double one", "four hundred and eleven",
    "two thousand twenty seven". People on calls mostly say single digits or pairs; the hundreds and
    thousands are there because some read groups of four that way."""

    def __init__(self, slots: list[_Slot], usable: Callable[[int], bool]) -> None:
        self.slots = slots
        self.usable = usable

    def _word(self, i: int) -> str | None:
        return self.slots[i].norm if 0 <= i < len(self.slots) and self.usable(i) else None

    def joined(self, i: int) -> bool:
        """Slot i continues into slot i+1: the next word of the same utterance, no punctuation between."""
        if i < 0 or self._word(i + 1) is None or self.slots[i].break_after:
            return False
        here, there = self.slots[i], self.slots[i + 1]
        return here.utt == there.utt and there.pos == here.pos + 1

    def _looks_numeric(self, i: int) -> bool:
        word = self._word(i)
        if word is None:
            return False
        return (word in _NUMBER_WORDS and word not in _AMBIGUOUS_ZERO) or _written_number(word) is not None

    def _next_in_utterance(self, i: int) -> int | None:
        """The slot of the next word of the same utterance, if it is the very next slot in time."""
        j = i + 1
        if j >= len(self.slots) or not self.usable(j):
            return None
        here, there = self.slots[i], self.slots[j]
        return j if there.utt == here.utt and there.pos == here.pos + 1 else None

    def _oh_is_zero(self, i: int, after_number: bool) -> bool:
        """ "oh" is a zero among digits ("five one oh five", "… one oh.", "four um oh oh one") and an
        interjection otherwise ("Oh, I see", "Oh, four one …", "Oh!")."""
        here = self.slots[i]
        # The next word that is neither another "oh" nor a filler.
        j = self._next_in_utterance(i)
        while j is not None and (
            self.slots[j].norm in _AMBIGUOUS_ZERO
            or (self.slots[j].norm not in _NUMBER_WORDS and _is_filler(self.slots[j]))
        ):
            j = self._next_in_utterance(j)
        if j is not None and self._looks_numeric(j):
            return after_number or not here.break_after
        if j is not None:
            # "… one one one oh thanks": said straight after a digit, with no mark of a pause, still a zero.
            return after_number and self._digit_just_before(i)
        return after_number and not here.word.text.rstrip().endswith("!")

    def _digit_just_before(self, i: int) -> bool:
        """The word before slot i, in the same utterance and with no punctuation after it, is one digit."""
        k = i - 1
        if k < 0 or not self.usable(k) or self.slots[k].break_after:
            return False
        here, there = self.slots[i], self.slots[k]
        if here.utt != there.utt or here.pos != there.pos + 1:
            return False
        return there.norm in _UNITS or (len(there.norm) == 1 and there.norm.isdigit())

    def small(self, i: int, after_number: bool) -> tuple[int, int] | None:
        """(value < 100, next slot) for a unit, teen, tens or tens+unit at slot i."""
        word = self._word(i)
        if word is None:
            return None
        if word in _UNITS:
            if word in _AMBIGUOUS_ZERO and not self._oh_is_zero(i, after_number):
                return None
            return _UNITS[word], i + 1
        if word in _TEENS:
            return _TEENS[word], i + 1
        hyphenated = _hyphen_tens(word)
        if hyphenated is not None:
            return hyphenated, i + 1
        if word in _TENS:
            nxt = self._word(i + 1)
            if self.joined(i) and nxt in _UNITS and nxt not in _AMBIGUOUS_ZERO and _UNITS[nxt] > 0:
                return _TENS[word] + _UNITS[nxt], i + 2
            return _TENS[word], i + 1
        return None

    def _tail(self, j: int) -> tuple[int, int] | None:
        """The "(and) eleven" after "four hundred", if said straight on."""
        if not self.joined(j - 1):
            return None
        if self._word(j) == "and":
            return self.small(j + 1, True) if self.joined(j) else None
        return self.small(j, True)

    def _below_thousand(self, i: int, after_number: bool) -> tuple[int, int, bool] | None:
        """(value, next slot, used "hundred")."""
        small = self.small(i, after_number)
        if small is None:
            return None
        value, j = small
        if 1 <= value <= 99 and self.joined(j - 1) and self._word(j) == "hundred":
            value *= 100
            j += 1
            rest = self._tail(j)
            if rest is not None:
                value += rest[0]
                j = rest[1]
            return value, j, True
        return value, j, False

    def parse(self, i: int, after_number: bool) -> tuple[str, int] | None:
        """(digits, next slot) for the spoken number starting at slot i."""
        word = self._word(i)
        if word is None:
            return None
        if word in _REPEATERS and self.joined(i):
            unit = self._word(i + 1)
            if unit in _UNITS:
                return str(_UNITS[unit]) * _REPEATERS[word], i + 2
            return None
        head = self._below_thousand(i, after_number)
        if head is None:
            return None
        value, j, _ = head
        if 1 <= value <= 999 and self.joined(j - 1) and self._word(j) == "thousand":
            thousands = value
            j += 1
            j_and = j + 1 if self.joined(j - 1) and self._word(j) == "and" else j
            rest = self._below_thousand(j_and, True) if self.joined(j_and - 1) else None
            rest_value = 0
            if rest is not None:
                rest_value, j, _ = rest
            return f"{thousands}{rest_value:03d}", j
        return str(value), j


def _number_tokens(slots: list[_Slot], claimed: dict[int, str]) -> tuple[list[_Num], dict[int, tuple[int, int]]]:
    """Every number token, and the dates written as MM/YY (kept apart: they are never card digits)."""
    parser = _SpokenParser(slots, lambda i: i not in claimed)
    nums: list[_Num] = []
    dates: dict[int, tuple[int, int]] = {}
    i, previous_end = 0, -2
    while i < len(slots):
        slot = slots[i]
        if i in claimed or not slot.norm:
            i += 1
            continue
        date = _DATE.fullmatch(slot.norm)
        if date:
            dates[i] = (int(date[1]), int(date[2]))
            i += 1
            continue
        # Straight after a number, or after a number and a few fillers ("four um oh"), possibly in the
        # next utterance or by the other party continuing it.
        after_number = (
            previous_end >= 0
            and i - previous_end - 1 <= MAX_FILLERS_IN_CHAIN
            and all(k not in claimed and _is_filler(slots[k]) for k in range(previous_end + 1, i))
            and slot.word.start - slots[previous_end].word.end <= CHAIN_GAP_S
        )
        counted = i > 0 and slots[i - 1].norm in _COUNT_MARKERS
        written = _written_number(slot.norm)
        if written is not None:
            digits, groups, plus = written
            if not (counted and len(digits) <= 2):
                nums.append(_Num(i, i, digits, plus=plus, groups=groups))
                previous_end = i
            i += 1
            continue
        spoken = parser.parse(i, after_number)
        if spoken is None:
            i += 1
            continue
        digits, j = spoken
        if not (counted and len(digits) <= 2):
            nums.append(_Num(i, j - 1, digits))
            previous_end = j - 1
        i = j
    return nums, dates


class _Analysis:
    """Detection state for one call: slots, number tokens, chains, and the kind claimed for each slot."""

    def __init__(self, slots: list[_Slot], options: RedactionOptions) -> None:
        self.slots = slots
        self.options = options
        self.claimed: dict[int, str] = {}  # slot index -> kind
        self.phones: list[_Phone] = []  # each phone number found, for its extension and its echoes
        self._find_emails()
        self.nums, self.dates = _number_tokens(slots, self.claimed)
        self.card_spans: list[tuple[float, float]] = []  # (start, end) of each card found
        self.payment_windows: list[tuple[float, float]] = []  # (start, end) of each payment exchange
        self.taken: set[int] = set()  # indices into nums already part of a redacted span
        # "123-45-6789" is an SSN whatever is said around it; claiming it first keeps it out of card runs.
        self.claim([n for n, num in enumerate(self.nums) if num.groups == (3, 2, 4)], "SSN")
        # A number dictated in groups, read back group by group, after a question saying what it is: its pieces
        # and read-backs put together could pass for a card (or a phone number after "what's the address?").
        self._dictated_numbers()
        self.chains = self._chains()

    # ---- helpers

    def start(self, num: _Num) -> float:
        return self.slots[num.first].word.start

    def end(self, num: _Num) -> float:
        return self.slots[num.last].word.end

    def speaker(self, num: _Num) -> str:
        return self.slots[num.first].speaker

    def claim_slots(self, first: int, last: int, kind: str) -> None:
        for i in range(first, last + 1):
            self.claimed.setdefault(i, kind)

    def claim(self, num_indices: Iterable[int], kind: str) -> None:
        for n in num_indices:
            self.taken.add(n)
            self.claim_slots(self.nums[n].first, self.nums[n].last, kind)

    def words_before(self, slot: int, count: int, seconds: float = CONTEXT_BEFORE_S) -> list[str]:
        """Up to `count` words before `slot` (any speaker), newer first, within `seconds`."""
        t0 = self.slots[slot].word.start - seconds
        found = []
        for i in range(slot - 1, -1, -1):
            if len(found) >= count or self.slots[i].word.end < t0:
                break
            found.append(self.slots[i].norm)
        return found

    def _soft_break(self, a: _Num, b: _Num, adjacent: bool) -> bool:
        """Whether a number can start/end between tokens a and b: any natural break, or a written group."""
        return self._strong_break(a, b, adjacent) or len(a.digits) >= 2 or len(b.digits) >= 2

    def _strong_break(self, a: _Num, b: _Num, adjacent: bool) -> bool:
        return (
            not adjacent
            or b.first > a.last + 1  # filler words between
            or self.speaker(a) != self.speaker(b)
            or self.start(b) - self.end(a) >= PAUSE_S
            or self.slots[a.last].break_after
        )

    # ---- e-mail

    def _find_emails(self) -> None:
        """Written addresses, then spoken ones around an anchor: "at" / "@" ("john at gmail dot com",
        "smith@ gmail. com", "@gmail.com"), a domain written with a leading dot where the recogniser lost
        the "at" ("john smith .gmail .com"), or a provider's domain written glued ("johnsmith gmail.com").
        An anchor is an address only with a domain to its right and a local part to its left."""
        self._mail = [_fold(slot.norm) for slot in self.slots]
        self._prev_same, self._next_same = _same_speaker_links(self.slots)
        for i in range(len(self.slots)):
            if _WRITTEN_EMAIL.fullmatch(self._mail[i]):
                self.claim_slots(i, i, "EMAIL")
        for i in range(len(self.slots)):
            if i in self.claimed:
                continue
            found = self._spoken_email_at(i)
            if found:
                for k in found:
                    self.claimed.setdefault(k, "EMAIL")

    def _spoken_email_at(self, i: int) -> list[int] | None:
        """The slots of the address anchored at slot i, or None."""
        mail, text = self._mail[i], self.slots[i].word.text or ""
        # Only a word with a dot in it (or a provider, dotted in the next word) can be a written domain.
        raw = _mail_token(text) if "." in text or mail in _MAIL_PROVIDERS else None
        if mail in _EMAIL_AT:
            first = self._next_same[i]
            if first is not None and self._mail[first] in _AT_SUFFIXES:
                first = self._next_same[first]
            domain = self._domain(first, None, bare_ok=True, words_ok=True) if first is not None else None
            glued = ""
        elif "@" in mail:
            # "smith@", "@gmail.com", "smith@gmail": the anchor is written into the word.
            before, _, after = mail.partition("@")
            if after:
                domain = self._domain(i, after, bare_ok=True, words_ok=False)
            else:
                first = self._next_same[i]
                domain = self._domain(first, None, bare_ok=True, words_ok=False) if first is not None else None
            glued = before.strip("._-")
        elif raw is not None and raw.lead_dot and raw.labels and not raw.labels[0].isdigit():
            # ".gmail", ".gmail.com", ".acme .com": Whisper's rendering of "… at gmail dot com".
            domain = self._domain(i, None, bare_ok=raw.labels[0] in _BARE_PROVIDERS, words_ok=False)
            glued = ""
        elif raw is not None and self._provider_written(i, raw):
            # "gmail.com", "gmail. com", "gmail .com" straight after a local part: the "at" went missing.
            # "johnsmith.gmail.com" in one word: the part before the provider is the local part.
            cut = next(k for k, label in enumerate(raw.labels) if label in _MAIL_PROVIDERS)
            domain = self._domain(i, ".".join(raw.labels[cut:]), bare_ok=False, words_ok=False)
            glued = ".".join(raw.labels[:cut])
        else:
            return None
        if not domain:
            return None
        slots, bare = domain
        after = self._next_same[slots[-1]]
        if after is not None and (
            self._mail[after] == "slash" or (self.slots[after].word.text or "").strip()[:1] == "/"
        ):
            return None  # "the portal at skyhaven dot com slash bags": a web address, not a person's
        talk_of_email = bool(set(self.words_before(i, 40, seconds=120.0)) & _EMAIL_CONTEXT)
        if bare and mail in _EMAIL_AT and not talk_of_email:
            return None  # "an engineer at yahoo": a provider alone after a spoken "at" needs talk of e-mail
        # Two names side by side ("john smith at …") only where the address is surely a person's: at a mail
        # provider, or after talk of e-mail; else "the baggage portal at …" would lose "baggage".
        provider = any(part in _MAIL_PROVIDERS for k in slots for part in re.split(r"[.@]", self._mail[k]))
        local = self._local(i, glued, MAX_LOCAL_NAMES if provider or talk_of_email else 1)
        if not local:
            return None
        # The address is every word of its speaker from the local part's first to the domain's last
        # (a "sign" after "at", a stutter); other speakers' words in between are theirs.
        first, last = min(*local, i, *slots), max(*local, i, *slots)
        speaker = self.slots[i].speaker
        return [k for k in range(first, last + 1) if self.slots[k].speaker == speaker]

    def _provider_written(self, i: int, raw: _MailToken) -> bool:
        """Slot i holds a mail provider with a written dot after it: "gmail.com", "gmail." "com", "gmail" ".com"."""
        for k, label in enumerate(raw.labels):
            if label in _MAIL_PROVIDERS:
                if k + 1 < len(raw.labels):
                    return True
                if raw.trail_dot:
                    return True
                nxt = self._next_same[i]
                if nxt is None:
                    return False
                following = _mail_token(self.slots[nxt].word.text or "")
                return following is not None and following.lead_dot
        return False

    def _mail_atoms(self, first: int, override: str | None) -> list[tuple[str, str, int]]:
        """The domain side read from slot `first` on, as (kind, label, slot) with kind "label", "dot" (said,
        or written before or inside a word) or "end-dot" (written after a word, which may end a sentence);
        it stops at a word that cannot be part of a domain, a pause, or a , ; ! ? after a word."""
        atoms: list[tuple[str, str, int]] = []
        k: int | None = first
        while k is not None and len(atoms) < MAX_DOMAIN_ATOMS:
            if k != first and k in self.claimed:
                break
            if self._mail[k] in _DOT_WORDS:
                atoms.append(("dot", "", k))
            else:
                token = _mail_token(override if k == first and override is not None else self.slots[k].word.text or "")
                if token is None or not token.labels:
                    break
                if token.lead_dot:
                    atoms.append(("dot", "", k))
                for n, label in enumerate(token.labels):
                    if n:
                        atoms.append(("dot", "", k))
                    atoms.append(("label", label, k))
                if token.trail_dot:
                    atoms.append(("end-dot", "", k))
                if token.stop_after:
                    break
            nxt = self._next_same[k]
            if nxt is None or self.slots[nxt].word.start - self.slots[k].word.end > EMAIL_GAP_S:
                break
            k = nxt
        return atoms

    def _domain(self, first: int, override: str | None, bare_ok: bool, words_ok: bool) -> tuple[list[int], bool] | None:
        """(slots, whether it is a provider alone) of the domain that starts at slot `first`, or None:
        "gmail dot com", "gmail.com", ".gmail .com", "acme dot co dot uk", "acme transportation inc dot com".

        It ends at its last top-level domain: "… dot com and my phone is …" keeps "and". A sentence's
        full stop after a top-level domain ends it ("… gmail.com. In the …"). With `bare_ok` a mail
        provider alone is a domain ("john at gmail"); with `words_ok` the first label may be several words
        said before the first dot (a company name after "at"), none of them a function word.
        """
        atoms = self._mail_atoms(first, override)
        if atoms and atoms[0][0] == "dot":
            atoms = atoms[1:]  # ".gmail": the written dot stands for the "at"
        if not atoms or atoms[0][0] != "label":
            return None
        words = [atoms[0]]
        at = 1
        while words_ok and at < len(atoms) and atoms[at][0] == "label" and len(words) < MAX_DOMAIN_WORDS:
            words.append(atoms[at])
            at += 1
        if any(label in _FUNCTION_WORDS for _, label, _ in words):
            words, at = [atoms[0]], 1  # "at gmail or yahoo": the words are not a company name
            if atoms[0][1] in _FUNCTION_WORDS:
                return None  # "at the office dot …", "look at this dot"
        if not any(ch.isalpha() for _, label, _ in words for ch in label):
            return None  # "at 5 dot 30": a time
        last_label, end = words[-1][1], None
        while at + 1 < len(atoms) and atoms[at][0] in ("dot", "end-dot") and atoms[at + 1][0] == "label":
            if atoms[at][0] == "end-dot" and (
                (end is not None and last_label in _TLDS) or atoms[at + 1][1] in _WORD_TLDS
            ):
                break  # "gmail.com. In the …", "at gmail. It's …": a full stop, not a dot
            last_label = atoms[at + 1][1]
            if last_label in _TLDS:
                end = at + 1
            at += 2
        if end is not None:
            return sorted({slot for _, _, slot in atoms[: end + 1]}), False
        if bare_ok and words[0][1] in _BARE_PROVIDERS:
            return [words[0][2]], True
        return None

    def _local(self, anchor: int, glued: str, max_names: int) -> list[int] | None:
        """The slots of the local part that ends just before slot `anchor` (or in it: `glued` is what the
        anchor's word holds before the "@" or the provider, "smith" in "smith@"), or None.

        It takes, right to left: names and handles ("john.smith", "jsmith84"), words joined by a said
        connector ("john dot smith", "mary underscore jones"), spelled letters and digits ("j o h n",
        "J-O-H-N", "1 2 3", "one two three", "double l"), and a spelling note ("john with an h smith"),
        but at most `max_names` whole words side by side ("john smith"), and no word in _EMAIL_STOP.
        It stops at a pause, at a , ; ! ? after a name (unless the name is spelled out after it: "robson,
        R O B S O N, at …"), and at another speaker; names stay in the anchor's utterance (spelled pieces
        may run on from the speaker's previous one).
        """
        slots, mail = self.slots, self._mail
        taken: list[int] = [anchor] if glued else []
        kinds: list[str] = []  # the class of each taken piece, right to left
        if glued:
            kinds.append(_spelled_kind(glued, "anchor", "") or "name")
        names = kinds.count("name")
        k = self._prev_same[anchor]
        right = anchor
        while k is not None and len(taken) < MAX_LOCAL_SLOTS and k not in self.claimed:
            if slots[right].word.start - slots[k].word.end > EMAIL_GAP_S:
                break
            norm = mail[k]
            last = kinds[-1] if kinds else "anchor"
            same_utterance = slots[k].utt == slots[anchor].utt
            left = self._prev_same[k]
            left_norm = mail[left] if left is not None else ""
            if last == "anchor" and norm in _EMAIL_AT:
                kind = "anchor"  # "john at at gmail": a stutter
            elif norm in _EMAIL_CONNECTORS and last in ("name", "spelled", "digit"):
                kind = "connector"
            elif (kind := _spelled_kind(norm, last, left_norm)) is not None:
                pass
            elif norm in {"a", "an"} and left_norm == "with" and last == "spelled" and left is not None:
                # "john with an h smith": a spelling note, part of what the caller says the address is.
                taken.extend([k, left])
                kinds.extend(["note", "note"])
                right, k = left, self._prev_same[left]
                continue
            elif (
                same_utterance
                and names < max_names
                and (_is_name(norm) or (last == "anchor" and norm in _ROLE_LOCALS))
                and not (slots[k].word.text or "").strip().startswith(".")  # ".com", ".gmail": a domain piece
                and (last == "spelled" or not re.search(r"[,;:!?…]", (slots[k].word.text or "").strip()[-1:]))
            ):
                kind = "name"
                names += 1
            else:
                break
            taken.append(k)
            kinds.append(kind)
            right, k = k, left
        # The leftmost piece must be part of the address itself, not a connector or a note.
        while kinds and kinds[-1] in ("connector", "note", "anchor"):
            kinds.pop()
            taken.pop()
        if not any(kind in ("name", "spelled") for kind in kinds) and kinds.count("digit") < 2:
            return None  # "no one at gmail"
        return taken

    # ---- chains

    def _chains(self) -> list[list[int]]:
        chains: list[list[int]] = []
        for n, num in enumerate(self.nums):
            if n in self.taken:
                continue
            if chains:
                prev = self.nums[chains[-1][-1]]
                between = range(prev.last + 1, num.first)
                if (
                    len(between) <= MAX_FILLERS_IN_CHAIN
                    and all(i not in self.claimed and _is_filler(self.slots[i]) for i in between)
                    and self.start(num) - self.end(prev) <= CHAIN_GAP_S
                ):
                    chains[-1].append(n)
                    continue
            chains.append([n])
        for c, chain in enumerate(chains):
            for k, n in enumerate(chain):
                self.nums[n].chain, self.nums[n].index_in_chain = c, k
        return chains

    def _adjacent(self, a: int, b: int) -> bool:
        na, nb = self.nums[a], self.nums[b]
        return na.chain == nb.chain and nb.index_in_chain == na.index_in_chain + 1

    def _bounds(self, seq: list[int], strong: bool = False) -> list[int]:
        """Positions in seq where a number may start or end."""
        test = self._strong_break if strong else self._soft_break
        inner = [
            p
            for p in range(1, len(seq))
            if test(self.nums[seq[p - 1]], self.nums[seq[p]], self._adjacent(seq[p - 1], seq[p]))
        ]
        return [0, *inner, len(seq)]

    def _windows(self, seq: list[int], lengths: range, accept: Callable[[str], bool], strong: bool = False):
        """(b1, b2) token windows of seq at natural breaks whose digits have a length in `lengths` and pass `accept`."""
        bounds = self._bounds(seq, strong)
        cumulative = [0]
        for n in seq:
            cumulative.append(cumulative[-1] + len(self.nums[n].digits))
        digits = "".join(self.nums[n].digits for n in seq)
        for bi, b1 in enumerate(bounds):
            for b2 in bounds[bi + 1 :]:
                length = cumulative[b2] - cumulative[b1]
                if length > lengths.stop - 1:
                    break
                if length in lengths and accept(digits[cumulative[b1] : cumulative[b2]]):
                    yield b1, b2

    def _by_speaker(self, seq: list[int]) -> list[list[int]]:
        speakers = {self.speaker(self.nums[n]) for n in seq}
        if len(speakers) < 2:
            return []
        return [[n for n in seq if self.speaker(self.nums[n]) == s] for s in sorted(speakers)]

    # ---- cards

    def find_cards(self) -> None:
        found: set[int] = set()
        for chain in self.chains:
            for seq in (chain, *self._by_speaker(chain)):
                found.update(self._card_tokens(seq, single_chain=True))
        # A card split into several chains ("4111 1111 1111 … and the last four? … 1111").
        for c in range(len(self.chains)):
            merged = list(self.chains[c])
            for d in range(c + 1, min(c + 4, len(self.chains))):
                if not self._may_join(self.chains[d - 1], self.chains[d], merged):
                    break
                merged = merged + self.chains[d]
                for seq in (merged, *self._by_speaker(merged)):
                    found.update(self._card_tokens(seq, single_chain=False))
        if self.options.card_context_fallback:
            for chain in self.chains:
                found.update(self._suspected_card_tokens([n for n in chain if n not in found]))
        for run in self._runs(sorted(found)):
            self.card_spans.append((self.start(self.nums[run[0]]), max(self.end(self.nums[n]) for n in run)))
        self.claim(found, "CARD")

    def _card_tokens(self, seq: list[int], single_chain: bool) -> set[int]:
        found: set[int] = set()
        # Pieces joined across chains must also start like a card (industry digit 2–6): a phone number
        # followed by an amount can pass Luhn by chance, one time in ten.
        accept = luhn_valid if single_chain else (lambda d: d[0] in "23456" and luhn_valid(d))
        for b1, b2 in self._windows(seq, range(13, 20), accept):
            found.update(seq[b1:b2])
        if found or not single_chain:
            return found
        # A card read straight on into its CVV with no audible break: the card is the first 13–19 digits.
        digits = "".join(self.nums[n].digits for n in seq)
        for cut in (len(digits) - 3, len(digits) - 4):
            if 13 <= cut <= 19 and digits[0] in "23456" and luhn_valid(digits[:cut]):
                return set(seq)
        return found

    def _may_join(self, left: list[int], right: list[int], merged: list[int]) -> bool:
        gap = self.start(self.nums[right[0]]) - self.end(self.nums[left[-1]])
        if gap > MERGE_GAP_S or len(self._digits(left)) < 4 or len(self._digits(right)) < 4:
            return False  # card pieces are groups of digits ("… 1111"), not a stray "two" or "ten"
        between = range(self.nums[left[-1]].last + 1, self.nums[right[0]].first)
        talk = [i for i in between if not _is_filler(self.slots[i])]
        if len(talk) > 12:
            return False
        if gap <= 10 and len(talk) <= 3:
            return True
        return self._card_context(self.nums[merged[0]].first, self.nums[right[0]].first)

    def words_after(self, slot: int, count: int) -> list[str]:
        return [s.norm for s in self.slots[slot + 1 : slot + 1 + count]]

    def _card_context(self, first_slot: int, last_slot: int) -> bool:
        """Card words shortly before the number (or just after: "… that's my visa"), and no order words."""
        words = set(self.words_before(first_slot, 40)) | {self.slots[i].norm for i in range(first_slot, last_slot)}
        words |= set(self.words_after(last_slot, 8))
        return bool(words & _CARD_CONTEXT) and not words & _NOT_CARD_CONTEXT

    def _suspected_card_tokens(self, seq: list[int]) -> set[int]:
        """Runs of 12 or more digits that fail Luhn but follow card words: most likely a misheard card
        (recognisers drop, add and repeat digits: "It's 411111111111111111111111111")."""
        found: set[int] = set()
        for run in self._runs(seq):
            digits = sum(len(self.nums[n].digits) for n in run)
            if digits >= 12 and self._card_context(self.nums[run[0]].first, self.nums[run[-1]].last):
                found.update(run)
        return found

    def _runs(self, seq: list[int]) -> list[list[int]]:
        """Split a sorted list of token indices into runs of tokens adjacent in one chain."""
        runs: list[list[int]] = []
        for n in seq:
            if runs and self._adjacent(runs[-1][-1], n):
                runs[-1].append(n)
            else:
                runs.append([n])
        return runs

    def _free_runs(self) -> list[list[int]]:
        """Runs of adjacent tokens not yet part of a redacted span."""
        return self._runs([n for n in range(len(self.nums)) if n not in self.taken])

    # ---- SSN

    def find_ssns(self) -> None:
        for run in self._free_runs():
            context = set(self.words_before(self.nums[run[0]].first, 20))
            if not context & _SSN_CONTEXT:
                continue
            nine = list(self._windows(run, range(9, 10), lambda d: True))
            if nine:
                for b1, b2 in nine:
                    self.claim(run[b1:b2], "SSN")
                continue
            # "the last four of your social": four digits right after the word.
            if set(self.words_before(self.nums[run[0]].first, 8)) & _SSN_CONTEXT:
                for b1, b2 in self._windows(run, range(4, 5), lambda d: True):
                    self.claim(run[b1:b2], "SSN")
                    break

    # ---- CVV and expiry

    def find_after_card(self) -> None:
        window = self.options.after_card_window_s
        if not self.card_spans:
            return

        def after_card(slot: int) -> bool:
            t = self.slots[slot].word.start
            return any(start <= t and t - end <= window for start, end in self.card_spans)

        for slot in self.dates:
            if after_card(slot):
                self.claim_slots(slot, slot, "EXPIRY")
        for run in self._free_runs():
            bounds = self._bounds(run, strong=True)
            groups = [run[b1:b2] for b1, b2 in itertools.pairwise(bounds)]
            k = 0
            while k < len(groups):
                group = groups[k]
                if not after_card(self.nums[group[0]].first) or self._followed_by_unit(group):
                    k += 1
                    continue
                digits = self._digits(group)
                nxt = groups[k + 1] if k + 1 < len(groups) else None
                # "oh nine / twenty seven": month and year as two groups.
                if nxt and len(digits) <= 2 and 1 <= int(digits) <= 12 and len(self._digits(nxt)) in (2, 4):
                    self.claim(group + nxt, "EXPIRY")
                    k += 2
                    continue
                kind = self._after_card_kind(group)
                if kind:
                    month = self._month_before(self.nums[group[0]].first)
                    if kind == "EXPIRY" and month is not None:
                        self.claim_slots(month, self.nums[group[0]].first - 1, "EXPIRY")
                    self.claim(group, kind)
                elif 7 <= len(digits) <= 10:
                    self._split_expiry_and_cvv(group)
                k += 1

    def _followed_by_unit(self, group: list[int]) -> bool:
        """ "two hundred and ten pounds", "5 minutes": an amount, not a code."""
        after = self.nums[group[-1]].last + 1
        return after < len(self.slots) and self.slots[after].norm in _UNIT_WORDS

    def _digits(self, seq: list[int]) -> str:
        return "".join(self.nums[n].digits for n in seq)

    def _month_before(self, slot: int) -> int | None:
        for back in range(1, 4):
            i = slot - back
            if i < 0 or i in self.claimed:
                return None
            if self.slots[i].norm in _MONTHS:
                return i
            if self.slots[i].norm not in {"of", "the", "um", "uh"}:
                return None
        return None

    def _after_card_kind(self, group: list[int]) -> str | None:
        digits = self._digits(group)
        first = self.nums[group[0]].first
        context = set(self.words_before(first, 8, seconds=15.0))
        if self._month_before(first) is not None and len(digits) in (1, 2, 4):
            return "EXPIRY"
        if context & _CVV_CONTEXT and len(digits) in (3, 4):
            return "CVV"
        if _expiry_shaped(digits, bool(context & _EXPIRY_CONTEXT)):
            return "EXPIRY"
        if len(digits) in (3, 4):
            return "CVV"
        return None

    def _split_expiry_and_cvv(self, group: list[int]) -> None:
        """ "oh nine twenty seven one two three" said in one breath: expiry then CVV, or the reverse."""
        for cut in range(1, len(group)):
            head, tail = self._digits(group[:cut]), self._digits(group[cut:])
            if _expiry_shaped(head, False) and len(tail) in (3, 4):
                self.claim(group[:cut], "EXPIRY")
                self.claim(group[cut:], "CVV")
                return
            if len(head) in (3, 4) and _expiry_shaped(tail, False):
                self.claim(group[:cut], "CVV")
                self.claim(group[cut:], "EXPIRY")
                return

    # ---- payment windows

    def find_payment_windows(self, utterances: list[Utterance]) -> None:
        """From a request for card details until the payment is confirmed: the stretch the served audio
        silences whatever the transcript holds, because recognisers garble or drop spoken digits
        ("Time, time, time" for "five five five five") and then no word-level span would cover them.

        A window opens at the end of an utterance asking for card details ("card number", "long number",
        "expiry", "security code" …) and closes at the start of the first utterance confirming the
        payment ("gone through", "approved" …) within `payment_window_s`; failing that, at the end of the
        last utterance in that time with digits or card words in it, and not before MIN_PAYMENT_WINDOW_S.
        Numbers of three or more digits the other party says inside a window are redacted in the
        transcript too.
        """
        limit = self.options.payment_window_s
        if limit <= 0:
            return
        ends = {ui: u.end for ui, u in enumerate(utterances)}
        starts = {ui: u.start for ui, u in enumerate(utterances)}
        requests = sorted({self.slots[i].utt for i in range(len(self.slots)) if self._asks_for_card(i)})
        confirmations = sorted({self.slots[i].utt for i in range(len(self.slots)) if self._confirms_payment(i)})
        payment_talk = {self.slots[n.first].utt for n in self.nums} | set(requests)
        windows: list[tuple[float, float, str]] = []
        for ui in requests:
            opened = ends[ui]
            closing = [starts[c] for c in confirmations if opened < starts[c] <= opened + limit]
            if closing:
                closed = min(closing)
            else:
                talk = [ends[t] for t in payment_talk if opened < starts[t] <= opened + limit]
                closed = max([opened + min(MIN_PAYMENT_WINDOW_S, limit), *talk])
            windows.append((opened, closed, utterances[ui].speaker))
        for opened, closed, asker in windows:
            self.payment_windows.append((opened, closed))
            for run in self._free_runs():
                first = self.nums[run[0]]
                if self.speaker(first) == asker or not opened <= self.start(first) <= closed:
                    continue
                digits = self._digits(run)
                if len(digits) >= 3 and not self._followed_by_unit(run):
                    kind = "CARD" if len(digits) >= 10 else self._after_card_kind(run) or "CARD"
                    self.claim(run, kind)

    def _asks_for_card(self, i: int) -> bool:
        norm = self.slots[i].norm
        if norm in _PAYMENT_REQUEST_WORDS:
            return True
        nearby = self._same_utterance_words(i, 3)
        if norm in {"card", "cards"}:
            return bool(nearby & {"number", "numbers", "digits", "details"})
        if norm == "number" and "long" in nearby:
            return True
        return norm == "code" and "security" in nearby

    def _confirms_payment(self, i: int) -> bool:
        norm = self.slots[i].norm
        if norm in _PAYMENT_DONE_WORDS:
            return True
        return norm == "through" and bool(self._same_utterance_words(i, 2) & {"gone", "went", "gone's", "go"})

    def _same_utterance_words(self, i: int, reach: int) -> set[str]:
        utt = self.slots[i].utt
        lo, hi = max(0, i - reach), min(len(self.slots), i + reach + 1)
        return {self.slots[k].norm for k in range(lo, hi) if k != i and self.slots[k].utt == utt}

    # ---- phone numbers

    def find_phones(self) -> None:
        """10–11 digits (8–15 after a said or written +) at natural breaks that are not a card; then the
        forms that need more than one run of digits or words around them (see the methods below)."""
        for run in self._free_runs():
            # A number read in pieces with the other party echoing or prompting in between: each speaker's
            # own digits first, so that an echo is not taken for the number's continuation.
            for seq in self._by_speaker(run):
                self._claim_phone_windows(seq, _phone_length)
            self._claim_phone_windows([n for n in run if n not in self.taken], _phone_length)
        self._join_phone_pieces()
        self._short_phones()
        self._phone_extensions()
        self._phone_echoes()

    def _claim_phone_windows(self, seq: list[int], accept: Callable[[int, bool], bool]) -> None:
        """Claim as PHONE the longest stretches of seq at natural breaks whose digit count `accept` takes
        (given whether a + comes first), left to right."""
        if not seq:
            return
        bounds = self._bounds(seq)
        cumulative = [0]
        for n in seq:
            cumulative.append(cumulative[-1] + len(self.nums[n].digits))
        b = 0
        while b < len(bounds) - 1:
            b1 = bounds[b]
            plus_slot = self._spoken_plus(seq[b1])
            plus = self.nums[seq[b1]].plus or plus_slot is not None
            best = None
            for b2 in bounds[b + 1 :]:
                length = cumulative[b2] - cumulative[b1]
                if length > 15:
                    break
                if accept(length, plus):
                    best = b2
            if best is None:
                b += 1
                continue
            self._claim_phone(seq[b1:best], plus_slot)
            b = bounds.index(best)

    def _claim_phone(self, seq: list[int], plus_slot: int | None) -> None:
        self.claim(seq, "PHONE")
        if plus_slot is not None:
            self.claim_slots(plus_slot, plus_slot, "PHONE")
        first = plus_slot if plus_slot is not None else self.nums[seq[0]].first
        last = max(self.nums[n].last for n in seq)
        start, end = self.slots[first].word.start, self.slots[last].word.end
        self.phones.append(_Phone(self._digits(seq), start, end, last, self.slots[first].speaker))

    def _spoken_plus(self, n: int) -> int | None:
        """The slot of "plus" said straight before number token n ("plus four four …"), if there is one."""
        i = self.nums[n].first - 1
        if i < 0 or i in self.claimed or self.slots[i].norm != "plus":
            return None
        here, there = self.slots[i], self.slots[i + 1]
        return i if here.utt == there.utt and there.pos == here.pos + 1 else None

    def _phone_context(self, slot: int, words: set[str]) -> bool:
        """Phone words shortly before `slot`, and no words saying the digits are some other number."""
        before = set(self.words_before(slot, 15, seconds=30.0))
        return bool(before & words) and not before & _NOT_PHONE_CONTEXT

    def _join_phone_pieces(self) -> None:
        """A number one speaker reads in two goes, the other party cutting in between with more than
        fillers ("five five five one two three" — "sorry, what was that?" — "four five six seven"):
        runs of one speaker at most PHONE_JOIN_GAP_S apart, the speaker saying nothing else between,
        after phone words."""
        runs = self._free_runs()
        for r, run in enumerate(runs):
            if any(n in self.taken for n in run) or len(self._digits(run)) < 3:
                continue
            if not self._phone_context(self.nums[run[0]].first, _PHONE_JOIN_CONTEXT):
                continue
            speaker = self.speaker(self.nums[run[0]])
            for later in runs[r + 1 : r + 4]:
                first, last = self.nums[later[0]], self.nums[run[-1]]
                if any(n in self.taken for n in later) or self.start(first) - self.end(last) > PHONE_JOIN_GAP_S:
                    break
                between = range(last.last + 1, first.first)
                own_words = [i for i in between if self.slots[i].speaker == speaker and not _is_filler(self.slots[i])]
                if self.speaker(first) != speaker or own_words or len(between) > 12:
                    continue
                self._claim_phone_windows(run + later, _phone_length)
                break

    def _short_phones(self) -> None:
        """After phone words, 7–15 digits: a local number without its area code ("my cell is five five five
        one two three four") or one the rules above left; and "555-1234" written as one word anywhere. Not
        after words naming another kind of number ("order", "room", "account" …) nor before a unit."""
        for run in self._free_runs():
            written = any(self.nums[n].groups == (3, 4) for n in run)
            if (len(self._digits(run)) < 7 and not written) or self._followed_by_unit(run):
                continue
            before = set(self.words_before(self.nums[run[0]].first, 15, seconds=30.0))
            if before & _NOT_PHONE_CONTEXT:
                continue
            for n in run:
                if self.nums[n].groups == (3, 4):
                    self._claim_phone([n], None)
            if before & _PHONE_CONTEXT:
                self._claim_phone_windows([n for n in run if n not in self.taken], _short_phone_length)

    def _phone_extensions(self) -> None:
        """ "… 4567 extension 89": the extension goes with the number (the word too, to keep one tag)."""
        for phone in list(self.phones):
            words: list[int] = []
            i = phone.last + 1
            while i < len(self.slots) and i not in self.claimed and len(words) < 3:
                here, prev = self.slots[i], self.slots[i - 1]
                if here.utt != prev.utt or here.pos != prev.pos + 1:
                    break
                if not words and here.norm not in _EXTENSION_WORDS:
                    break
                if words and here.norm not in {"number", "is"}:
                    break
                words.append(i)
                i += 1
            if not words:
                continue
            run = next((run for run in self._free_runs() if self.nums[run[0]].first == i), None)
            if run is None:
                continue
            take: list[int] = []
            for n in run:
                if len(self._digits([*take, n])) > 6:
                    break
                take.append(n)
            if take:
                self.claim(take, "PHONE")
                self.claim_slots(words[0], words[-1], "PHONE")

    def _dictated_numbers(self) -> None:
        """A number one party dictates in groups after a question naming it, the other party reading back each
        group or the whole ("what is your phone number?" — "one two nine" — "one two nine" — "three five three"
        — … — "okay so that's one two nine three five three seven four zero two"): every group and every
        read-back is PHONE after a phone question, and stays as it is (OTHER_NUMBER) after a question about an
        address or a zip code. Only where the dictating party's own digits make 7–11 digits (8–15 after a +),
        and the other party says no digits that are not part of them; anything longer is left to the card rules.
        """
        self._num_slots = {i for num in self.nums for i in range(num.first, num.last + 1)}
        n = 0
        while n < len(self.nums):
            asked = None if n in self.taken else self._asked_for(self.nums[n].first)
            found = self._dictation(n, asked) if asked else None
            if found is None:
                n += 1
                continue
            tokens, number, plus_slot = found
            if asked == "PHONE":
                own = [k for k in tokens if self.speaker(self.nums[k]) == self.speaker(self.nums[n])]
                self._claim_phone(own, plus_slot)
                self.phones[-1] = replace(self.phones[-1], digits=number)
                self.claim(tokens, "PHONE")
            else:
                self.claim(tokens, OTHER_NUMBER)
            n = max(tokens) + 1

    def _asked_for(self, slot: int) -> str | None:
        """ "PHONE" when the question just before `slot` asks for a phone number, OTHER_NUMBER when it asks
        for an address or a zip code, else None. The question is the utterance of the nearest word before
        the slot that names a kind of number; digits before that word mean the slot does not start an answer."""
        t0 = self.slots[slot].word.start - 30.0
        for i in range(slot - 1, max(-1, slot - 21), -1):
            if self.slots[i].word.end < t0 or i in self._num_slots:
                return None
            if self.slots[i].norm not in _QUESTION_WORDS:
                continue
            utt = self.slots[i].utt
            question = {s.norm for s in self.slots[max(0, i - 20) : i + 1] if s.utt == utt}
            if question & _PHONE_CONTEXT:
                return "PHONE"
            if question & _ADDRESS_CONTEXT:
                return OTHER_NUMBER
            return None if question & _NOT_PHONE_CONTEXT else "PHONE"  # "what's a good number for you?"
        return None

    def _dictation(self, n0: int, asked: str) -> tuple[list[int], str, int | None] | None:
        """(tokens, the number, the slot of a said "plus") of the number dictated from token n0 on, or None.

        The tokens run on while each comes at most PHONE_JOIN_GAP_S after the ones before, with at most
        MAX_DICTATION_WORDS words between and none of them the dictating party's own (bar fillers). They are
        taken utterance by utterance: the dictating party's add to the number (once it is whole, a repeat of
        part of it is a repeat), the other party's must repeat part of it (with one digit misheard at most), or
        the dictation is over. The number must be in at least two groups or read back.
        """
        dictator = self.speaker(self.nums[n0])
        plus_slot = self._spoken_plus(n0)
        plus = self.nums[n0].plus or plus_slot is not None
        groups: dict[int, list[int]] = {}  # utterance -> its tokens, in the order the utterances start
        last_slot, last_end = self.nums[n0].first - 1, self.start(self.nums[n0])
        for n in range(n0, len(self.nums)):
            num = self.nums[n]
            if n in self.taken or self.start(num) - last_end > PHONE_JOIN_GAP_S:
                break
            between = [i for i in range(last_slot + 1, num.first) if i not in self._num_slots]
            if len(between) > MAX_DICTATION_WORDS or any(
                i in self.claimed or (self.slots[i].speaker == dictator and not _is_filler(self.slots[i]))
                for i in between
            ):
                break
            groups.setdefault(self.slots[num.first].utt, []).append(n)
            last_slot, last_end = max(last_slot, num.last), max(last_end, self.end(num))
        number, tokens, own_groups, read_back = "", [], 0, False
        longest = 15 if plus else 11
        for group in groups.values():
            digits = self._digits(group)
            if self.speaker(self.nums[group[0]]) == dictator:
                if not (_phone_length(len(number), plus) and _repeats(digits, number)):
                    number += digits
                    own_groups += 1
                    if len(number) > longest:
                        return None  # more digits than a phone number: a card, an account …
            elif number and _repeats(digits, number):
                read_back = True
            else:
                break
            tokens.extend(group)
        if not _short_phone_length(len(number), plus) or len(number) > longest or (own_groups < 2 and not read_back):
            return None
        return sorted(tokens), number, plus_slot if asked == "PHONE" else None

    def _phone_echoes(self) -> None:
        """Part of a phone number read back or repeated by either party, from just before the number is
        complete until PHONE_ECHO_AFTER_S after it ("five five five?" — "yes, one two three …"): the
        pieces are as personal as the whole. Three digits or more from the other party, four from the
        number's own speaker; never right after words naming another number ("… and I'm in room 123")."""
        if not self.phones:
            return
        for run in self._free_runs():
            for b1, b2 in self._windows(run, range(3, 16), lambda d: True):
                piece = run[b1:b2]
                digits, first = self._digits(piece), self.nums[piece[0]]
                if self._followed_by_unit(piece) or set(self.words_before(first.first, 3)) & _NOT_PHONE_CONTEXT:
                    continue
                if any(
                    digits in phone.digits
                    and phone.start - PHONE_ECHO_BEFORE_S <= self.start(first) <= phone.end + PHONE_ECHO_AFTER_S
                    and (len(digits) >= 4 or self.speaker(first) != phone.speaker)
                    for phone in self.phones
                ):
                    self.claim(piece, "PHONE")


def _phone_length(digits: int, plus: bool) -> bool:
    """A whole phone number: 10–11 digits (area code and number, with a leading 1 or 0), 8–15 after a +."""
    return 10 <= digits <= 11 or (plus and 8 <= digits <= 15)


def _repeats(digits: str, number: str) -> bool:
    """`digits` repeat part of `number`: exactly, or (three digits or more) with one digit misheard."""
    if digits in number:
        return True
    size = len(digits)
    return size >= 3 and any(
        sum(a != b for a, b in zip(digits, number[k : k + size], strict=True)) <= 1
        for k in range(len(number) - size + 1)
    )


def _short_phone_length(digits: int, plus: bool) -> bool:
    """A phone number where phone words come first: also a local number without its area code."""
    return 7 <= digits <= 15


def _expiry_shaped(digits: str, expiry_context: bool) -> bool:
    """MMYY, MMYYYY, or (with expiry words) MYY."""
    if len(digits) == 4:
        return 1 <= int(digits[:2]) <= 12
    if len(digits) == 6:
        return 1 <= int(digits[:2]) <= 12 and digits[2:4] == "20"
    if len(digits) == 3:
        return expiry_context and digits[0] != "0"
    return False


# --- rebuilding the transcript ----------------------------------------------------------------


def _trailing_punctuation(text: str) -> str:
    match = re.search(r"[.,;:!?…]+$", text.strip())
    return match[0] if match else ""


@dataclass
class _Run:
    kind: str
    first: int  # word positions in the utterance, inclusive
    last: int
    positions: list[int] = field(default_factory=list)


def _runs_in_utterance(words: list[Word], marks: dict[int, str]) -> list[_Run]:
    """Consecutive redacted words of one kind; fillers between two of them go too ("4111 um 1111")."""
    runs: list[_Run] = []
    for pos in sorted(marks):
        kind = marks[pos]
        if runs and runs[-1].kind == kind:
            between = range(runs[-1].last + 1, pos)
            if all(_is_filler_norm(_normalise(words[p].text)) for p in between):
                runs[-1].last = pos
                continue
        runs.append(_Run(kind, pos, pos))
    return runs


def _rebuild(
    utterance: Utterance, words: list[Word], synthesised: bool, marks: dict[int, str]
) -> tuple[Utterance, list[Redaction]]:
    runs = _runs_in_utterance(words, marks)
    new_words: list[Word] = []
    redactions: list[Redaction] = []
    at = 0
    for run in runs:
        new_words.extend(words[at : run.first])
        first, last = words[run.first], words[run.last]
        lead = " " if first.text.startswith(" ") else ""
        new_words.append(Word(f"{lead}[{run.kind}]{_trailing_punctuation(last.text)}", first.start, last.end, 1.0))
        redactions.append(Redaction(run.kind, utterance.speaker, first.start, last.end))
        at = run.last + 1
    new_words.extend(words[at:])
    text = " ".join(w.text.strip() for w in new_words if w.text.strip())
    return replace(utterance, text=text, words=[] if synthesised else new_words), redactions


def redact_utterances(
    utterances: list[Utterance], options: RedactionOptions | None = None
) -> tuple[list[Utterance], list[Redaction]]:
    """Replace sensitive spans by typed tags; returns new utterances (inputs are not changed) and the spans.

    Utterances without redactions are returned as they came. An utterance without word timings
    (a plain transcript) is redacted on its text, with times spread evenly over its span.
    """
    options = options or RedactionOptions()
    words_by_utt, synthesised = [], []
    for utterance in utterances:
        words, made_up = _words_of(utterance)
        words_by_utt.append(words)
        synthesised.append(made_up)
    slots = _slots(utterances, words_by_utt)
    analysis = _Analysis(slots, options)
    analysis.find_cards()
    analysis.find_ssns()
    analysis.find_after_card()
    if "PAYMENT" in options.kinds:
        analysis.find_payment_windows(utterances)
    analysis.find_phones()

    marks_by_utt: dict[int, dict[int, str]] = {}
    for i, kind in analysis.claimed.items():
        if kind in options.kinds:
            marks_by_utt.setdefault(slots[i].utt, {})[slots[i].pos] = kind
    result: list[Utterance] = []
    redactions: list[Redaction] = []
    for ui, utterance in enumerate(utterances):
        marks = marks_by_utt.get(ui)
        if not marks:
            result.append(utterance)
            continue
        rebuilt, spans = _rebuild(utterance, words_by_utt[ui], synthesised[ui], marks)
        result.append(rebuilt)
        redactions.extend(spans)
    for start, end in _merge_spans(analysis.payment_windows):
        # Speaker "unknown": the window covers both parties (write_redacted_audio silences both channels).
        redactions.append(Redaction("PAYMENT", "unknown", start, end))
    redactions.sort(key=lambda r: (r.start, r.end, r.kind))
    return result, redactions


def _merge_spans(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    merged: list[tuple[float, float]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


# --- audio ------------------------------------------------------------------------------------


def _output_rate(rate: int) -> int:
    """Keep the recording's rate where Opus supports it (8 kHz telephony), else the next one up."""
    for candidate in OPUS_RATES:
        if rate <= candidate:
            return candidate
    return OPUS_RATES[-1]


def _decode(source: Path) -> tuple[np.ndarray, int]:
    """(channels x samples float32, rate), keeping mono or stereo as recorded (more channels: stereo)."""
    import av

    with av.open(str(source)) as container:
        if not container.streams.audio:
            raise ValueError(f"{source}: no audio stream")
        stream = container.streams.audio[0]
        channels = stream.codec_context.layout.nb_channels or 1
        layout = "stereo" if channels >= 2 else "mono"
        rate = _output_rate(stream.codec_context.sample_rate or 16000)
        resampler = av.AudioResampler(format="fltp", layout=layout, rate=rate)
        chunks = []
        for frame in container.decode(stream):
            chunks.extend(out.to_ndarray() for out in resampler.resample(frame))
        chunks.extend(out.to_ndarray() for out in resampler.resample(None))
    count = 2 if layout == "stereo" else 1
    audio = np.concatenate(chunks, axis=1) if chunks else np.zeros((count, 0), dtype=np.float32)
    return np.ascontiguousarray(audio, dtype=np.float32), rate


def _mask(audio: np.ndarray, rate: int, spans: Iterable[Redaction], mode: str) -> None:
    total = audio.shape[1]
    for span in spans:
        if not (math.isfinite(span.start) and math.isfinite(span.end)):
            continue  # a span without usable times cannot be placed (word timestamps were missing)
        lo = max(0, math.floor((span.start - AUDIO_PAD_S) * rate))
        hi = min(total, math.ceil((span.end + AUDIO_PAD_S) * rate))
        if hi <= lo:
            continue
        if mode == "bleep":
            t = np.arange(lo, hi, dtype=np.float32) / rate
            audio[:, lo:hi] = (TONE_LEVEL * np.sin(2 * np.pi * TONE_HZ * t)).astype(np.float32)
        else:
            audio[:, lo:hi] = 0.0


def _write_ogg_opus(audio: np.ndarray, rate: int, path: Path) -> None:
    import av

    layout = "stereo" if audio.shape[0] == 2 else "mono"
    with av.open(str(path), "w", format="ogg") as container:
        stream = container.add_stream("libopus", rate=rate, layout=layout)
        stream.bit_rate = 20000 * audio.shape[0]
        # "voip" tunes Opus for speech. Complexity 0 encodes a 10-minute stereo call in under a second
        # (complexity 5 takes about twice as long) at a quality that is plenty for reviewing speech.
        stream.codec_context.options = {"application": "voip", "compression_level": "0"}
        step = rate  # one-second frames; PyAV re-chunks them into Opus frames
        for at in range(0, audio.shape[1], step):
            chunk = np.ascontiguousarray(audio[:, at : at + step])
            frame = av.AudioFrame.from_ndarray(chunk, format="fltp", layout=layout)
            frame.sample_rate = rate
            frame.pts = at
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)


def _write_wav(audio: np.ndarray, rate: int, path: Path) -> None:
    pcm = (np.clip(audio, -1.0, 1.0) * 32767.0).astype("<i2").T.copy()
    with wave.open(str(path), "wb") as out:
        out.setnchannels(audio.shape[0])
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(pcm.tobytes())


def opus_available() -> bool:
    import av

    return "libopus" in av.codecs_available


def write_redacted_audio(
    source: Path,
    dest: Path,
    spans: list[Redaction],
    *,
    agent_channel: str = "left",
    mode: str = "silence",
) -> Path:
    """Write a copy of `source` with every span (padded by AUDIO_PAD_S) silenced or bleeped; returns the path.

    Both channels are masked whichever party spoke: the other one may repeat the digits, and
    crosstalk leaks between channels on many recorders. `agent_channel` is accepted so that callers
    pass what they know; masking does not depend on it.

    The copy is Ogg/Opus (`dest` as given) when PyAV has libopus, otherwise 16-bit WAV (written to
    `dest` with the suffix .wav, which is what the returned path says). A `.wav` dest always gives
    WAV. The file appears atomically: written to a temporary name beside it, then renamed, so a
    crash never leaves a half-written copy for the app to serve.
    """
    del agent_channel  # see docstring
    if mode not in AUDIO_MODES:
        raise ValueError(f"mode must be one of {AUDIO_MODES}, not {mode!r}")
    source, dest = Path(source), Path(dest)
    audio, rate = _decode(source)
    _mask(audio, rate, spans, mode)
    use_opus = dest.suffix.lower() != ".wav" and opus_available()
    if not use_opus:
        dest = dest.with_suffix(".wav")
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".redacting-", suffix=dest.suffix, dir=dest.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        if use_opus:
            _write_ogg_opus(audio, rate, tmp)
        else:
            _write_wav(audio, rate, tmp)
        os.replace(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return dest
