"""A small, realistic Earshot database for the app's tests and screenshots.

`seed_database(path)` stores a handful of calls through the real store (`pipeline.store.save_call`):
scripted dialogues with word timings, sentiment, detected moments and short real audio files
(Ogg/Opus made with numpy + PyAV, so the browser can play them). It adds the awkward cases the app
must show sensibly (a deleted audio file, a transcript-only call, a call still being ingested), a
customer journey, a coaching session and one user per role.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from pipeline.analysis.qa import evaluate_call, load_form
from pipeline.records import CallAnalysis, CallMeta, CallRecord, Moment, Utterance, Word
from pipeline.store import qa as qa_store
from pipeline.store import review as review_store
from pipeline.store import scorecard_calls
from pipeline.store.calls import moment_id, rebuild_search_index, register_pending, save_call
from pipeline.store.coaching_export import CLIP_SAMPLE_RATE, encode_ogg_opus
from pipeline.store.db import Database, open_database
from pipeline.trust.accounts import add_user

PASSWORDS = {
    "admin": "admin-pass-1",
    "supervisor": "super-pass-1",
    "trainer": "trainer-pass-1",
    "executive": "exec-pass-1",
    "agent": "agent-pass-1",
    "agent2": "agent-pass-2",
}
USERS = (
    ("admin", "admin", None),
    ("supervisor", "supervisor", None),
    ("trainer", "trainer", None),
    ("executive", "executive", None),
    ("agent", "agent", "A-100"),
    ("agent2", "agent", "A-200"),
)
AGENTS = {
    "A-100": ("Ana Silva", "Billing"),
    "A-200": ("Ben Okafor", "Billing"),
    "A-300": ("Chloé Martin", "Tech support"),
}

# (speaker, text, moment kind or None); "<pause N>" inserts N seconds of nobody speaking.
Line = tuple[str, str, str | None]

DIALOGUES: dict[str, list[Line]] = {
    "blame": [
        ("agent", "Thanks for calling Northwind billing, this is Ana, how can I help?", None),
        ("customer", "I was charged twice for my October bill and nobody has fixed it.", None),
        ("agent", "Let me pull up the account. Can I have your postcode please?", None),
        ("customer", "It's the same postcode as the last three times I called.", None),
        ("agent", "That's not our fault, the payments team made that mistake.", "blame_shift"),
        ("customer", "I don't care whose fault it is, I want my money back.", None),
        ("agent", "Our policy is that refunds take ten working days.", "policy_recital"),
        ("customer", "This is ridiculous, I want to speak to a manager.", "escalation_request"),
        ("agent", "Please hold while I check with my supervisor.", "hold"),
        ("<pause 14>", "", None),
        (
            "agent",
            "Thanks for holding. I'll call you back by Friday with the refund confirmation.",
            "follow_up_promise",
        ),
        ("customer", "Fine. I've heard that before.", None),
    ],
    "ownership": [
        ("agent", "Good morning, Northwind billing, Ben speaking.", None),
        ("customer", "Hi, my direct debit failed and now there's a late fee.", None),
        ("agent", "I'm sorry about that, that's frustrating. I'll sort this out for you now.", "ownership"),
        ("customer", "Thank you, I really don't want another fee.", None),
        ("agent", "I've removed the late fee and set the debit to retry on Monday.", None),
        ("customer", "That's great, thanks so much for your help.", None),
        ("agent", "You're welcome. I'll email you a confirmation today.", "follow_up_promise"),
        ("customer", "Perfect, have a nice day.", None),
    ],
    "transfer": [
        ("agent", "Northwind support, this is Chloé.", None),
        ("customer", "My router keeps dropping the connection every evening.", None),
        ("agent", "I can't help with billing questions, but let's look at the router.", "cant_language"),
        ("customer", "It's not billing, it's the internet that keeps failing.", None),
        ("agent", "You'll need to use the website to book an engineer.", "channel_redirect"),
        ("customer", "I tried the website, it doesn't work. That's why I'm calling.", None),
        ("agent", "I'm transferring you to the engineering desk now.", "transfer"),
        ("<pause 6>", "", None),
        ("customer", "Hello? Is anyone there? This is so annoying.", None),
    ],
    "calm": [
        ("agent", "Northwind billing, Ana speaking, how can I help?", None),
        ("customer", "Hi, I just want to update my card details.", None),
        ("agent", "Of course, I'll take care of that. Can I confirm your date of birth?", "ownership"),
        ("customer", "Sure, it's on the account already.", None),
        ("agent", "Thank you, the card is updated and your next bill is covered.", None),
        ("customer", "Brilliant, thanks.", None),
    ],
    "apology": [
        ("agent", "Northwind billing, this is Ana.", None),
        ("customer", "I'm calling again about the double charge, it's still not refunded.", "repeat_contact"),
        ("agent", "I'm so sorry, I apologise for the trouble.", "apology"),
        ("customer", "You said that last week. I'm really angry now.", None),
        ("agent", "I'm sorry, I understand you're upset, I will escalate this today.", "ownership"),
        ("customer", "Please do, I have rent to pay.", None),
        ("agent", "I'll call you back tomorrow morning with an update.", "follow_up_promise"),
    ],
    "feelings": [
        ("agent", "Northwind support, Chloé speaking.", None),
        ("customer", "My internet has been down for three days and I work from home.", None),
        ("agent", "Calm down, it's only been three days.", "feeling_dismissal"),
        ("customer", "Don't tell me to calm down, this is terrible service.", None),
        ("agent", "There's nothing I can do, the outage is in your area.", "cant_language"),
        ("customer", "Then I want to cancel my contract.", None),
    ],
}


@dataclass
class SeededCall:
    call_id: str
    agent_id: str
    dialogue: str
    days_ago: float
    customer_id: str
    queue: str
    audio: str = "ok"  # ok | deleted | none (transcript only)


CALLS: tuple[SeededCall, ...] = (
    SeededCall("C-1001", "A-100", "blame", 20, "CU-42", "Billing"),
    SeededCall("C-1002", "A-200", "ownership", 18, "CU-07", "Billing"),
    SeededCall("C-1003", "A-300", "transfer", 19.5, "CU-42", "Tech support"),
    SeededCall("C-1004", "A-100", "calm", 3, "CU-11", "Billing"),
    SeededCall("C-1005", "A-100", "apology", 13, "CU-42", "Billing"),
    SeededCall("C-1006", "A-300", "feelings", 0.2, "CU-19", "Tech support"),
    SeededCall("C-1007", "A-200", "apology", 5, "CU-23", "Billing", audio="deleted"),
    SeededCall("C-1008", "A-100", "ownership", 1, "CU-31", "Billing", audio="none"),
)
PENDING_CALL = "C-1009"
JOURNEY_ID = "J-CU-42"


@dataclass
class SeedInfo:
    path: Path | None
    audio_dir: Path
    call_ids: list[str]
    moment_ids: dict[str, list[str]] = field(default_factory=dict)
    session_id: int | None = None
    now: datetime = field(default_factory=datetime.now)


_analyzer = SentimentIntensityAnalyzer()


def _utterances(lines: list[Line]) -> tuple[list[Utterance], list[Moment]]:
    """Timed utterances (0.38 s a word, 0.7 s between turns) and the moments marked on the lines."""
    clock = 1.0
    utterances: list[Utterance] = []
    moments: list[Moment] = []
    for speaker, text, kind in lines:
        if speaker.startswith("<pause"):
            clock += float(speaker.split()[1].rstrip(">"))
            continue
        words = []
        for token in text.split():
            length = 0.18 + 0.04 * len(token)
            words.append(Word(token, round(clock, 2), round(clock + length, 2), 0.95))
            clock += length + 0.08
        start, end = words[0].start, words[-1].end
        sentiment = round(_analyzer.polarity_scores(text)["compound"], 3)
        utterances.append(Utterance(speaker, start, end, text, words, sentiment=sentiment))
        if kind is not None:
            moments.append(Moment(kind, speaker, start, end, text, rule=f"{kind}.phrases", detail={}))
        clock = end + 0.7
    return utterances, moments


def _analysis(utterances: list[Utterance], moments: list[Moment]) -> CallAnalysis:
    weights = {
        "blame_shift": 0.22,
        "policy_recital": 0.1,
        "escalation_request": 0.15,
        "cant_language": 0.12,
        "channel_redirect": 0.1,
        "feeling_dismissal": 0.25,
        "transfer": 0.1,
        "hold": 0.05,
        "repeat_contact": 0.15,
        "apology": 0.02,
        "ownership": -0.15,
    }
    customer = [u.sentiment or 0.0 for u in utterances if u.speaker == "customer"]
    ended_negative = bool(customer and customer[-1] < -0.25)
    score = 0.15 + sum(weights.get(m.kind, 0.0) for m in moments) + (0.15 if ended_negative else 0.0)
    score = round(min(max(score, 0.02), 0.98), 3)
    reasons = [m.kind.replace("_", " ") for m in moments if weights.get(m.kind, 0.0) >= 0.1][:3]
    if ended_negative:
        reasons.append("customer ended negative")
    hold = sum(m.end - m.start + 14 for m in moments if m.kind == "hold")
    return CallAnalysis(
        transfers=sum(m.kind == "transfer" for m in moments),
        hold_s=hold,
        silence_s=6.0 if any(m.kind == "transfer" for m in moments) else 0.0,
        talk_ratio_agent=0.5,
        tone={
            "customer_start": customer[0] if customer else None,
            "customer_end": customer[-1] if customer else None,
            "customer_min": min(customer) if customer else None,
            "agent_mean": 0.1,
            "ended_negative": ended_negative,
        },
        moments=moments,
        score=score,
        reasons=reasons,
        rules_version="seed",
    )


def write_call_audio(path: Path, utterances: list[Utterance], duration_s: float) -> None:
    """A stand-in recording: a voiced tone per utterance (agent higher than customer), silence between."""
    if path.is_file() and path.stat().st_size:
        return  # made by an earlier seeding into the same folder: the same call gives the same audio
    rate = CLIP_SAMPLE_RATE
    samples = np.zeros(int(duration_s * rate), dtype=np.float32)
    for u in utterances:
        first, last = int(u.start * rate), min(int(u.end * rate), len(samples))
        t = np.arange(last - first) / rate
        pitch = 210.0 if u.speaker == "agent" else 150.0
        syllables = 0.5 + 0.5 * np.abs(np.sin(2 * np.pi * 3.2 * t))
        samples[first:last] = 0.25 * syllables * np.sin(2 * np.pi * pitch * t)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(encode_ogg_opus(samples, rate))


def _record(call: SeededCall, anchor: datetime, audio_dir: Path) -> CallRecord:
    utterances, moments = _utterances(DIALOGUES[call.dialogue])
    duration = round(utterances[-1].end + 1.5, 2)
    agent_name, team = AGENTS[call.agent_id]
    source_kind = "vtt" if call.audio == "none" else "audio"
    source_path = str(audio_dir / "originals" / f"{call.call_id}.{'vtt' if source_kind == 'vtt' else 'wav'}")
    redacted: str | None = None
    if call.audio != "none":
        redacted_path = audio_dir / f"{call.call_id}.ogg"
        write_call_audio(redacted_path, utterances, duration)
        redacted = str(redacted_path)
    started = (anchor - timedelta(days=call.days_ago)).replace(microsecond=0)
    meta = CallMeta(
        call_id=call.call_id,
        agent_id=call.agent_id,
        agent_name=agent_name,
        team=team,
        customer_id=call.customer_id,
        queue=call.queue,
        started_at=started,
        direction="inbound",
        agent_channel="left",
        extra={"campaign": "autumn-billing"} if call.queue == "Billing" else {},
    )
    return CallRecord(
        meta=meta,
        content_hash=hashlib.sha256(call.call_id.encode()).hexdigest(),
        source_path=source_path,
        source_kind=source_kind,
        duration_s=duration,
        channels=2 if source_kind == "audio" else 0,
        speakers_estimated=False,
        utterances=utterances,
        model="seed",
        redacted_audio_path=redacted,
        analysis=_analysis(utterances, moments),
    )


def seed(db: Database, audio_dir: Path, anchor: datetime | None = None) -> SeedInfo:
    """Fill an open database (with the schema applied) with the sample calls, users and coaching."""
    anchor = (anchor or datetime.now()).replace(microsecond=0)
    info = SeedInfo(path=None, audio_dir=audio_dir, call_ids=[c.call_id for c in CALLS], now=anchor)
    form = load_form()
    for call in CALLS:
        record = _record(call, anchor, audio_dir)
        save_call(db, record, run_id="seed")
        qa_store.save_evaluation(db, call.call_id, evaluate_call(form, record, record.analysis))  # type: ignore[arg-type]
        info.moment_ids[call.call_id] = [moment_id(call.call_id, m) for m in record.analysis.moments]  # type: ignore[union-attr]
        if call.audio == "deleted":
            Path(record.redacted_audio_path or "").unlink(missing_ok=True)
    register_pending(
        db, CallMeta(PENDING_CALL, agent_id="A-300", team="Tech support", queue="Tech support"), "x", "run"
    )
    # The customer CU-42 called three times about one problem, once transferred to tech support.
    journey_calls = ["C-1001", "C-1003", "C-1005"]
    db.execute(
        "INSERT INTO journeys (journey_id, customer_id, started_at, ended_at, n_calls, n_agents, n_teams, n_transfers,"
        " resolved, call_ids) VALUES (?, 'CU-42', ?, ?, 3, 2, 2, 1, false, ?)",
        [JOURNEY_ID, anchor - timedelta(days=20), anchor - timedelta(days=13), journey_calls],
    )
    for number, call_id in enumerate(journey_calls, start=1):
        db.execute(
            "UPDATE analysis SET journey_id = ?, contact_number = ?, resolved = ? WHERE call_id = ?",
            [JOURNEY_ID, number, False, call_id],
        )
    db.execute(
        "INSERT INTO journeys (journey_id, customer_id, started_at, ended_at, n_calls, n_agents, n_teams, n_transfers,"
        " resolved, call_ids) VALUES ('J-CU-07', 'CU-07', ?, ?, 1, 1, 1, 0, true, ['C-1002'])",
        [anchor - timedelta(days=18), anchor - timedelta(days=18)],
    )
    for username, role, agent_id in USERS:
        add_user(db, username, PASSWORDS[username], role, agent_id=agent_id)
    session_id = review_store.create_coaching_session(db, "trainer", "Owning the problem", "Team huddle, week 46")
    blame = next(m for m in info.moment_ids["C-1001"] if ":blame_shift:" in m)
    blame_start = int(blame.rsplit(":", 1)[1]) / 1000
    review_store.add_clip(
        db, "trainer", session_id, "C-1001", blame_start - 1, blame_start + 5, "blame_shift", "Who owns it?"
    )
    review_store.add_clip(
        db, "trainer", session_id, "C-1002", 4.0, 12.0, "ownership", "A good example: 'I'll sort this out'."
    )
    review_store.assign_session(db, "trainer", session_id, ["A-100"])
    # Coached a week before the anchor, so there are calls before and after it.
    db.execute(
        "UPDATE coaching_assignments SET assigned_at = ? WHERE session_id = ?", [anchor - timedelta(days=8), session_id]
    )
    info.session_id = session_id
    rebuild_search_index(db)
    scorecard_calls.rebuild(db)  # the journey fields above were written straight into analysis
    return info


def seed_database(path_or_db: str | Path | Database, audio_dir: Path | None = None) -> SeedInfo:
    """Seed a database file (created, migrated, closed again) or an open `Database`."""
    if isinstance(path_or_db, Database):
        if audio_dir is None:
            raise ValueError("an open Database needs an audio_dir for the recordings")
        return seed(path_or_db, audio_dir)
    path = Path(path_or_db)
    db = open_database(path)
    try:
        info = seed(db, audio_dir or path.parent / "audio")
        db.execute("CHECKPOINT")
    finally:
        db.close()
    info.path = path
    return info


if __name__ == "__main__":
    import sys

    target = Path(sys.argv[1] if len(sys.argv) > 1 else "data/demo.duckdb")
    target.unlink(missing_ok=True)
    seeded = seed_database(target)
    print(f"seeded {len(seeded.call_ids)} calls into {target}")
