"""The records that flow through the pipeline: small dataclasses, no I/O.

A worker turns one file into a `CallRecord` (transcript, per-call analysis); the single writer
stores it. Everything here is plain data so that records can cross process boundaries (pickle)
and later a cluster.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any, Literal

Speaker = Literal["agent", "customer", "unknown"]
SPEAKERS: tuple[str, ...] = ("agent", "customer", "unknown")

MOMENT_KINDS: tuple[str, ...] = (
    "policy_recital",
    "blame_shift",
    "cant_language",
    "feeling_dismissal",
    "channel_redirect",
    "apology",
    "ownership",
    "follow_up_promise",
    "transfer",
    "hold",
    "escalation_request",
    "repeat_contact",
)
# The behaviours a call is marked down for (issue: at most 0.1 of them per real call without them).
NEGATIVE_KINDS: frozenset[str] = frozenset(
    {
        "policy_recital",
        "blame_shift",
        "cant_language",
        "feeling_dismissal",
        "channel_redirect",
        "escalation_request",
        "repeat_contact",
    }
)
# Moments the customer shows; every other kind is the agent's.
CUSTOMER_KINDS: frozenset[str] = frozenset({"escalation_request", "repeat_contact"})


def kind_speaker(kind: str) -> str:
    """Who shows a moment kind: "customer" for CUSTOMER_KINDS, else "agent"."""
    return "customer" if kind in CUSTOMER_KINDS else "agent"


def speaker_fits(wanted: str, actual: str) -> bool:
    """Whether an utterance by `actual` can show something `wanted` ("agent", "customer" or "any") says.

    "unknown" speakers (mono audio with no usable diarisation) fit anything: better a moment a
    supervisor can dismiss than a missed one.
    """
    return wanted == "any" or actual == wanted or actual == "unknown"


# Estimated speaker roles below this confidence are shown as uncertain (ingest/speakers.py).
LOW_SPEAKER_CONFIDENCE = 0.6


@dataclass
class Word:
    """One recognised word with its time span in the recording (seconds)."""

    text: str
    start: float
    end: float
    probability: float = 1.0


@dataclass
class Utterance:
    """A stretch of speech by one speaker; start/end come from the first and last word."""

    speaker: str
    start: float
    end: float
    text: str
    words: list[Word] = field(default_factory=list)
    # Acoustic cues measured on the speaker's channel, None when there is no audio.
    loudness_db: float | None = None
    pitch_var: float | None = None
    speech_rate: float | None = None  # words per second
    sentiment: float | None = None  # filled by analysis, -1..1


@dataclass
class CallMeta:
    """What the call system knows about a call (the manifest row), independent of the audio."""

    call_id: str
    agent_id: str | None = None
    agent_name: str | None = None
    team: str | None = None
    customer_id: str | None = None
    queue: str | None = None
    started_at: datetime | None = None
    direction: str | None = None
    agent_channel: str = "left"
    parent_call_id: str | None = None
    extra: dict[str, str] = field(default_factory=dict)  # unknown manifest columns, kept verbatim


@dataclass
class Moment:
    """A detected behaviour or event in a call, tied to the words that show it."""

    kind: str
    speaker: str
    start: float
    end: float
    text: str
    rule: str
    detail: dict[str, Any] = field(default_factory=dict)
    # Weaker evidence (a learned or semantic match below the finding thresholds of [settings]): shown
    # apart as "possible", never counted in the score, the reasons or any figure.
    possible: bool = False


@dataclass
class CallAnalysis:
    """Per-call analysis. `score` and `reasons` may be refined once cross-call journeys are known."""

    transfers: int = 0
    hold_s: float = 0.0
    silence_s: float = 0.0
    talk_ratio_agent: float | None = None
    overtalk_s: float = 0.0
    tone: dict[str, Any] = field(default_factory=dict)
    moments: list[Moment] = field(default_factory=list)
    score: float = 0.0
    reasons: list[str] = field(default_factory=list)
    rules_version: str = ""


QA_ANSWERS: tuple[str, ...] = ("met", "not_met", "na")  # an automatic or human answer to one QA criterion


@dataclass
class QAAnswer:
    """The automatic answer to one criterion of the QA form, with how sure it is and what it rests on."""

    criterion: str
    answer: str  # one of QA_ANSWERS
    confidence: float  # 0..1; below the form's `review_below` it queues for a human
    points: float | None  # earned (None when not applicable)
    max_points: int
    # {"type": "line" | "moment" | "measure", ...}: lines and moments carry start/end/text (click to play)
    evidence: list[dict[str, Any]] = field(default_factory=list)
    why: str = ""  # one sentence a supervisor reads


@dataclass
class QAEvaluation:
    """A call's automatic QA: every criterion answered; `version` names the form and rules behind it."""

    version: str
    total: float | None  # 0..100 over the criteria that apply; None when none applies
    answers: list[QAAnswer] = field(default_factory=list)


@dataclass
class Redaction:
    """A span removed from the transcript (and silenced in the served audio)."""

    kind: str  # CARD, CVV, EXPIRY, SSN, EMAIL, PHONE
    speaker: str
    start: float
    end: float


@dataclass
class CallRecord:
    """Everything a worker learns from one source file; the writer stores it in one transaction."""

    meta: CallMeta
    content_hash: str
    source_path: str
    source_kind: Literal["audio", "vtt", "json"]
    duration_s: float
    channels: int
    speakers_estimated: bool  # True for mono audio: agent/customer labels are estimated (ingest/speakers.py)
    utterances: list[Utterance]
    # How sure the estimated roles are, 0-1 (None when the channels say who is who); below
    # LOW_SPEAKER_CONFIDENCE the app and `show --json` say the roles may be wrong.
    speaker_confidence: float | None = None
    model: str | None = None
    transcribe_s: float = 0.0
    redactions: list[Redaction] = field(default_factory=list)
    redacted_audio_path: str | None = None
    analysis: CallAnalysis | None = None
    qa: QAEvaluation | None = None  # the automatic QA form, filled by the worker after the analysis
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
