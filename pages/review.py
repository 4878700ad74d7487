"""Call review: the audio with a synced transcript, the tone timeline, moments, notes, QA and journey.

The player is one small HTML component: an <audio> element (the redacted copy as a data: URI)
and the transcript, whose lines and moment chips seek the audio in the browser, so playback
never waits for a rerun. Everything from the transcript is html-escaped before it goes in.
"""

from __future__ import annotations

import base64
import html
import math
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from pages import qa_panels, shared
from pipeline.records import LOW_SPEAKER_CONFIDENCE, MOMENT_KINDS
from pipeline.store import calibration as calibration_store
from pipeline.store import qa as qa_store
from pipeline.store import queries
from pipeline.store import review as review_store
from pipeline.store.coaching_export import resolve_audio_path
from pipeline.trust import auth

AUDIO_MIME = {
    ".ogg": "audio/ogg",
    ".oga": "audio/ogg",
    ".opus": "audio/ogg",
    ".wav": "audio/wav",
    ".mp3": "audio/mpeg",
    ".flac": "audio/flac",
    ".m4a": "audio/mp4",
    ".webm": "audio/webm",
}
# Above this size the audio is not inlined (a data: URI that large slows the page for everyone).
MAX_INLINE_AUDIO_BYTES = 40 * 1024 * 1024
PLAYER_HEIGHT = 500
SPEAKER_COLOURS = {"customer": "#d9480f", "agent": "#1c7ed6", "unknown": "#868e96"}
VERDICT_ICONS = {"confirmed": ":material/check_circle:", "dismissed": ":material/block:"}
TABS_KEY = "review_tab"
LAST_CALL_KEY = "review_last_call"
CLIP_TAB = "Clip"


def found_by(moment: dict) -> str:
    """Why this moment is here, in words: the rule, the semantic matcher, or the trained model."""
    rule = str(moment.get("rule") or "")
    probability = moment.get("probability")
    sure = f" · model probability {probability:.2f}" if isinstance(probability, float) else ""
    if rule.startswith("learned:"):
        return f"Found by the trained model (the rules missed it){sure}"
    if rule.startswith("semantic:"):
        return f"Found by meaning (semantic matcher){sure}"
    return f"Rule `{rule}`{sure}" if rule else "Rule –"


def requested_start() -> float | None:
    raw = st.query_params.get("t")
    try:
        value = float(raw) if raw is not None else None
    except ValueError:
        return None
    return value if value is not None and math.isfinite(value) and value >= 0 else None


def seek_to(seconds: float) -> None:
    """Re-render the player starting at `seconds` (from a chart click or a moment's Play button)."""
    st.query_params["t"] = f"{max(seconds, 0.0):.1f}"
    st.rerun()


# --- the player ----------------------------------------------------------------------------------

PLAYER_CSS = """
* { box-sizing: border-box; }
body { margin: 0; font-family: "Source Sans 3", "Source Sans Pro", system-ui, sans-serif; color: #262730;
       font-size: 15px; }
audio { width: 100%; height: 40px; }
.notice { background: #fff4e6; color: #8a4b08; border-radius: 8px; padding: 8px 12px; margin-bottom: 8px; }
.chips { display: flex; flex-wrap: wrap; gap: 6px; margin: 8px 0; }
.chip { border: 1px solid #d0d4dc; background: #f8f9fb; border-radius: 999px; padding: 3px 10px; cursor: pointer;
        font-size: 13px; color: #31333f; }
.chip:hover { background: #eef2ff; border-color: #748ffc; }
.chip .t { color: #868e96; margin-right: 4px; font-variant-numeric: tabular-nums; }
.chip.transfer, .chip.hold { border-style: dashed; }
.chip.possible { border-style: dotted; color: #868e96; background: #fff; }
.tag.possible { background: #f1f3f5; color: #868e96; }
.transcript { overflow-y: auto; border: 1px solid #e6e8ec; border-radius: 8px; padding: 4px 0; }
.line { display: grid; grid-template-columns: 52px 78px 1fr; gap: 6px; padding: 5px 10px; cursor: pointer;
        border-left: 3px solid transparent; line-height: 1.4; }
.line:hover { background: #f5f6f8; }
.line.active { background: #e7f0ff; border-left-color: #1c7ed6; }
.line.flagged .text { text-decoration: underline wavy #f08c00 1px; text-underline-offset: 3px; }
.time { color: #868e96; font-variant-numeric: tabular-nums; font-size: 13px; padding-top: 1px; }
.spk { font-weight: 600; font-size: 13px; padding-top: 1px; }
.spk.customer { color: #d9480f; } .spk.agent { color: #1c7ed6; } .spk.unknown { color: #868e96; }
.tag { display: inline-block; font-size: 11px; background: #fff3bf; color: #7c5e10; border-radius: 4px;
       padding: 0 5px; margin-left: 6px; }
"""

PLAYER_JS = """
const audio = document.getElementById('audio');
const lines = Array.from(document.querySelectorAll('.line'));
const box = document.getElementById('transcript');
function seek(t) {
  if (!audio) { highlight(t, true); return; }
  const go = () => { audio.currentTime = t; audio.play().catch(() => {}); };
  if (audio.readyState >= 1) { go(); }
  else { audio.addEventListener('loadedmetadata', go, { once: true }); audio.load(); }
  highlight(t, true);
}
function highlight(t, scroll) {
  let current = null;
  for (const el of lines) {
    const s = parseFloat(el.dataset.start), e = parseFloat(el.dataset.end);
    if (t >= s - 0.05 && t < e + 0.05) { current = el; }
  }
  for (const el of lines) { el.classList.toggle('active', el === current); }
  if (current && scroll) {
    const top = current.offsetTop - box.offsetTop - box.clientHeight / 3;
    box.scrollTo({ top: top, behavior: 'smooth' });
  }
}
document.querySelectorAll('[data-seek]').forEach(
  el => el.addEventListener('click', () => seek(parseFloat(el.dataset.seek))));
if (audio) {
  let lastScroll = 0;
  audio.addEventListener('timeupdate', () => {
    const now = Date.now();
    highlight(audio.currentTime, now - lastScroll > 1500);
    lastScroll = now;
  });
  if (START > 0) {
    const jump = () => { audio.currentTime = START; };
    if (audio.readyState >= 1) { jump(); } else { audio.addEventListener('loadedmetadata', jump, { once: true }); }
  }
}
highlight(START, START > 0);
"""


def player_html(
    utterances: list[dict[str, Any]],
    moments: list[dict[str, Any]],
    audio_bytes: bytes | None,
    audio_mime: str,
    start: float,
    notice: str | None,
    transcript_height: int,
) -> str:
    """The audio element, moment chips and transcript, all escaped, seeking in the browser."""
    parts = [f"<!doctype html><html><head><meta charset='utf-8'><style>{PLAYER_CSS}</style></head><body>"]
    if notice:
        parts.append(f"<div class='notice'>{html.escape(notice)}</div>")
    if audio_bytes:
        encoded = base64.b64encode(audio_bytes).decode("ascii")
        parts.append(f"<audio id='audio' controls preload='auto' src='data:{audio_mime};base64,{encoded}'></audio>")
    if moments:
        parts.append("<div class='chips' id='moments'>")
        for m in moments:
            kind = str(m["kind"])
            label = html.escape(shared.kind_label(kind))
            rule = html.escape(str(m.get("rule") or ""), quote=True)
            if m.get("possible"):
                kind, label = f"{kind} possible", f"possible {label.lower()}"
            parts.append(
                f"<button class='chip moment {html.escape(kind, quote=True)}' data-seek='{float(m['start_s']):.2f}'"
                f" title='Rule: {rule}'><span class='t'>{shared.clock(m['start_s'])}</span>{label}</button>"
            )
        parts.append("</div>")
    flagged: dict[int, list[str]] = {}
    for m in moments:
        for u in utterances:
            if u["start_s"] < m["end_s"] and u["end_s"] > m["start_s"]:
                label = shared.kind_label(m["kind"])
                tag = f"possible {label.lower()}" if m.get("possible") else label
                flagged.setdefault(int(u["idx"]), []).append(tag)
    parts.append(f"<div class='transcript' id='transcript' style='height:{transcript_height}px'>")
    for u in utterances:
        speaker = str(u["speaker"]) if u["speaker"] in SPEAKER_COLOURS else "unknown"
        tags = "".join(
            f"<span class='tag{' possible' if t.startswith('possible ') else ''}'>{html.escape(t)}</span>"
            for t in dict.fromkeys(flagged.get(int(u["idx"]), []))
        )
        findings = [t for t in flagged.get(int(u["idx"]), []) if not t.startswith("possible ")]
        css = "line flagged" if findings else "line"
        parts.append(
            f"<div class='{css}' data-seek='{float(u['start_s']):.2f}' data-start='{float(u['start_s']):.2f}'"
            f" data-end='{float(u['end_s']):.2f}'><span class='time'>{shared.clock(u['start_s'])}</span>"
            f"<span class='spk {speaker}'>{html.escape(speaker.capitalize())}</span>"
            f"<span class='text'>{html.escape(str(u['text']))}{tags}</span></div>"
        )
    if not utterances:
        parts.append(
            "<div class='line'><span></span><span></span><span class='text'>No speech was recognised.</span></div>"
        )
    parts.append("</div>")
    parts.append(f"<script>const START = {float(start):.2f};\n{PLAYER_JS}</script></body></html>")
    return "".join(parts)


def load_audio(call: dict[str, Any], user: auth.User, allow_original: bool) -> tuple[bytes | None, str, str | None]:
    """The bytes to play, their MIME type, and a notice when there is nothing to play or it is the original."""
    base = shared.db_path().resolve().parent
    use_original = False
    if auth.may_play_original(user, allow_original) and call.get("source_path"):
        use_original = st.toggle(
            "Play the original (unredacted) recording",
            key=f"original_{call['call_id']}",
            help="Admins only, when the setting allows it. Every play is in the audit log.",
        )
    stored = call.get("source_path") if use_original else call.get("redacted_audio_path")
    if not stored:
        if call.get("source_kind") in ("vtt", "json"):
            return None, "", "This call came in as a transcript; there is no recording. Transcript shown without audio."
        return None, "", "No redacted audio copy is stored for this call; transcript shown without audio."
    path = resolve_audio_path(str(stored), base)
    if path is None or not path.is_file():
        return None, "", f"Audio file not found at {stored}; transcript shown without audio."
    if path.stat().st_size > MAX_INLINE_AUDIO_BYTES:
        return None, "", "The recording is too large to play in the browser; transcript shown without audio."
    try:
        data = path.read_bytes()
    except OSError as exc:
        return None, "", f"Audio file at {stored} could not be read ({exc.strerror}); transcript shown without audio."
    mime = AUDIO_MIME.get(path.suffix.lower(), "audio/ogg")
    return data, mime, "Playing the ORIGINAL recording (not redacted)." if use_original else None


# --- the tone timeline -----------------------------------------------------------------------------


def silences(utterances: list[dict[str, Any]], min_gap: float = queries.SILENCE_GAP_S) -> list[tuple[float, float]]:
    spans: list[tuple[float, float]] = []
    last_end = 0.0
    for u in sorted(utterances, key=lambda u: u["start_s"]):
        if u["start_s"] - last_end >= min_gap:
            spans.append((last_end, u["start_s"]))
        last_end = max(last_end, u["end_s"])
    return spans


def tone_figure(call: dict[str, Any]) -> go.Figure:
    """Customer and agent sentiment over the call; holds and silences shaded; transfers and moments marked."""
    utterances = call["utterances"]
    fig = go.Figure()
    for speaker in ("customer", "agent"):
        points = [u for u in utterances if u["speaker"] == speaker and u["sentiment"] is not None]
        fig.add_trace(
            go.Scatter(
                x=[(u["start_s"] + u["end_s"]) / 2 for u in points],
                y=[u["sentiment"] for u in points],
                mode="lines+markers",
                name=speaker.capitalize(),
                line={"color": SPEAKER_COLOURS[speaker], "width": 2, "shape": "spline", "smoothing": 0.6},
                marker={"size": 6},
                customdata=[[u["start_s"], shared.clock(u["start_s"]), u["text"][:90]] for u in points],
                hovertemplate="%{customdata[1]} · %{y:.2f}<br>%{customdata[2]}<extra>" + speaker + "</extra>",
            )
        )
    holds = [(m["start_s"], m["end_s"]) for m in call["moments"] if m["kind"] == "hold"]
    for start, end in holds:
        fig.add_vrect(x0=start, x1=end, fillcolor="#adb5bd", opacity=0.35, line_width=0, layer="below")
    for start, end in silences(utterances):
        if not any(start < h_end and end > h_start for h_start, h_end in holds):
            fig.add_vrect(x0=start, x1=end, fillcolor="#dee2e6", opacity=0.5, line_width=0, layer="below")
    for m in call["moments"]:
        if m["kind"] == "transfer":
            fig.add_vline(x=m["start_s"], line_dash="dash", line_color="#7048e8", line_width=2)
    flagged = [m for m in call["moments"] if m["kind"] not in ("transfer", "hold") and not m.get("possible")]
    if flagged:
        fig.add_trace(
            go.Scatter(
                x=[m["start_s"] for m in flagged],
                y=[1.12] * len(flagged),
                mode="markers",
                name="Moments",
                marker={"symbol": "triangle-down", "size": 11, "color": "#f08c00"},
                customdata=[[m["start_s"], shared.clock(m["start_s"]), shared.kind_label(m["kind"])] for m in flagged],
                hovertemplate="%{customdata[1]} · %{customdata[2]}<extra></extra>",
            )
        )
    # Legend entries for the shapes, which Plotly does not list by themselves.
    for name, colour, dash in (
        ("Hold", "#adb5bd", None),
        ("Silence", "#dee2e6", None),
        ("Transfer", "#7048e8", "dash"),
    ):
        fig.add_trace(
            go.Scatter(
                x=[None],
                y=[None],
                mode="lines",
                name=name,
                line={"color": colour, "width": 8 if dash is None else 2, "dash": dash},
                hoverinfo="skip",
            )
        )
    duration = float(call.get("duration_s") or max((u["end_s"] for u in utterances), default=60.0))
    step = next((s for limit, s in ((90, 10), (240, 30), (900, 60), (3600, 300)) if duration <= limit), 600)
    ticks = list(range(0, int(duration) + step, step))
    fig.update_layout(
        height=270,
        margin={"l": 10, "r": 10, "t": 10, "b": 10},
        hovermode="closest",
        legend={"orientation": "h", "y": -0.22, "x": 0},
        yaxis={"range": [-1.1, 1.25], "title": "Sentiment", "zeroline": True, "zerolinecolor": "#ced4da"},
        xaxis={"range": [0, duration], "tickvals": ticks, "ticktext": [shared.clock(t) for t in ticks]},
        clickmode="event+select",
        dragmode=False,
    )
    return fig


# --- the side panels -------------------------------------------------------------------------------


def moments_panel(user: auth.User, call: dict[str, Any]) -> None:
    moments = call["moments"]
    may_judge = auth.can(user, "notes_qa")
    may_clip = auth.can(user, "coaching_edit")
    if not moments:
        st.caption("No moments detected in this call.")
    if may_judge and call.get("utterances"):
        missed_moment_form(user, call)
    findings = [m for m in moments if not m.get("possible")]
    possible = [m for m in moments if m.get("possible")]
    for m in findings:
        _moment_card(user, call, m, may_judge, may_clip)
    if possible:
        st.markdown("**Possible** · weaker evidence")
        st.caption(
            "Not counted in the score, the reasons or any figure. Confirm or dismiss them: "
            "your verdicts teach the model (`python -m pipeline train`)."
        )
        for m in possible:
            _moment_card(user, call, m, may_judge, may_clip)


def _moment_card(user: auth.User, call: dict[str, Any], m: dict[str, Any], may_judge: bool, may_clip: bool) -> None:
    with st.container(border=True):
        verdict = m.get("verdict")
        badge = f" · {VERDICT_ICONS[verdict]} {verdict}" if verdict in VERDICT_ICONS else ""
        label = shared.kind_label(m["kind"])
        title = f"possible {label.lower()}" if m.get("possible") else f"**{label}**"
        st.markdown(f"{title} · {shared.clock(m['start_s'])} · {m['speaker']}{badge}  \n{shared.md_escape(m['text'])}")
        st.caption(found_by(m))
        with st.container(horizontal=True, gap="small"):
            if st.button("Play", key=f"play_{m['moment_id']}", icon=":material/play_arrow:", type="tertiary"):
                seek_to(float(m["start_s"]))
            if may_judge:
                if st.button("Confirm", key=f"confirm_{m['moment_id']}", icon=":material/check:", type="tertiary"):
                    _verdict(user, m, "confirmed")
                if st.button("Dismiss", key=f"dismiss_{m['moment_id']}", icon=":material/close:", type="tertiary"):
                    _verdict(user, m, "dismissed")
            if may_clip:
                st.button(
                    "Clip",
                    key=f"clip_{m['moment_id']}",
                    icon=":material/content_cut:",
                    type="tertiary",
                    help="Add this moment to a coaching session",
                    on_click=_start_clip,
                    args=(call["call_id"], m),
                )


def missed_moment_form(user: auth.User, call: dict[str, Any]) -> None:
    """A supervisor marks a moment the analysis missed: a positive label for `python -m pipeline train`."""
    lines = call["utterances"]
    with (
        st.expander("Add a moment the analysis missed", icon=":material/add_circle:"),
        st.form(f"missed_{call['call_id']}", clear_on_submit=True, border=False),
    ):
        index = st.selectbox(
            "Line",
            range(len(lines)),
            format_func=lambda i: (
                f"{shared.clock(lines[i]['start_s'])} {lines[i]['speaker']}: {str(lines[i]['text'])[:80]}"
            ),
        )
        kind = st.selectbox("Moment", MOMENT_KINDS, format_func=shared.kind_label)
        if st.form_submit_button("Add moment", icon=":material/add:"):
            idx = int(lines[index]["idx"])
            done = shared.run_write(
                lambda db: review_store.add_missed_moment(db, user.username, call["call_id"], idx, kind) or True,
                success=f"{shared.kind_label(kind)} added on that line; it trains the next model",
            )
            if done:
                st.rerun()


def _start_clip(call_id: str, moment: dict[str, Any]) -> None:
    # A callback, so it may set the form and switch the tab before they are drawn in the next run.
    shared.prefill_clip_form(
        clip_form_key(call_id), max(float(moment["start_s"]) - 2.0, 0.0), float(moment["end_s"]) + 2.0, moment["kind"]
    )
    st.session_state[TABS_KEY] = CLIP_TAB


def clip_form_key(call_id: str) -> str:
    return f"review_clip_{call_id}"


def _verdict(user: auth.User, moment: dict[str, Any], verdict: str) -> None:
    done = shared.run_write(
        lambda db: review_store.set_moment_verdict(db, user.username, moment["moment_id"], verdict) or True,
        success=f"{shared.kind_label(moment['kind'])} {verdict}",
    )
    if done:
        st.rerun()


def clip_panel(user: auth.User, call: dict[str, Any], sessions: pd.DataFrame, start: float | None) -> None:
    at = float(start or 0.0)
    st.caption("Pick **Clip** on a moment to prefill this, or set the times yourself.")
    shared.clip_form(user, call["call_id"], at, at + 20.0, "", key=clip_form_key(call["call_id"]), sessions=sessions)


def notes_panel(user: auth.User, call: dict[str, Any], notes: list[dict[str, Any]]) -> None:
    if auth.can(user, "notes_qa"):
        with st.form("add_note", clear_on_submit=True, border=False):
            body = st.text_area("Add a note", max_chars=review_store.MAX_NOTE_CHARS, height=90)
            if st.form_submit_button("Save note", icon=":material/note_add:") and shared.run_write(
                lambda db: review_store.add_note(db, user.username, call["call_id"], body), success="Note saved"
            ):
                st.rerun()
    if not notes:
        st.caption("No notes yet.")
    for note in notes:
        with st.container(border=True):
            st.caption(f"{shared.md_escape(note['author'])} · {shared.when(note['created_at'])}")
            st.markdown(shared.md_escape(note["body"]))


def journey_panel(call: dict[str, Any], others: pd.DataFrame) -> None:
    if not call.get("customer_id"):
        st.caption("The customer is not known for this call.")
        return
    summary = f"Customer **{shared.md_escape(call['customer_id'])}** · {len(others)} call(s)"
    if call.get("contact_number"):
        summary += f" · this is contact #{int(call['contact_number'])}"
    if call.get("resolved") is not None:
        summary += " · resolved" if call["resolved"] else " · not resolved"
    st.markdown(summary)
    if others.empty:
        return
    frame = others.copy()
    frame["this"] = frame["call_id"].eq(call["call_id"]).map({True: "◀ this call", False: ""})
    event = st.dataframe(
        frame[["started_at", "agent", "team", "score", "transfers", "this", "call_id"]],
        hide_index=True,
        placeholder="–",
        on_select="rerun",
        selection_mode="single-row",
        key="journey_table",
        column_config={
            "started_at": st.column_config.DatetimeColumn("When", format="YYYY-MM-DD HH:mm"),
            "agent": "Agent",
            "team": "Team",
            "score": st.column_config.ProgressColumn("Score", min_value=0.0, max_value=1.0, format="%.2f"),
            "transfers": st.column_config.NumberColumn("Transfers"),
            "this": "",
            "call_id": "Call",
        },
    )
    row = shared.selected_row(event, frame)
    if row is not None and row["call_id"] != call["call_id"]:
        shared.open_call(str(row["call_id"]))


def roles_uncertain(call: dict[str, Any]) -> bool:
    confidence = call.get("speaker_confidence")
    return confidence is not None and confidence < LOW_SPEAKER_CONFIDENCE


def speakers_label(call: dict[str, Any]) -> str:
    if not call.get("speakers_estimated"):
        return "from channels"
    confidence = call.get("speaker_confidence")
    if confidence is None:
        return "estimated (mono recording)"
    return f"estimated, {confidence:.2f} sure" + (" (low)" if roles_uncertain(call) else "")


def details_panel(call: dict[str, Any]) -> None:
    rows = [
        ("Call", call["call_id"]),
        ("Agent", f"{call.get('agent') or '–'} ({call.get('agent_id') or '–'})"),
        ("Team", call.get("team")),
        ("Queue", call.get("queue")),
        ("Customer", call.get("customer_id")),
        ("Started", shared.when(call.get("started_at"))),
        ("Duration", shared.clock(call.get("duration_s"))),
        ("Direction", call.get("direction")),
        ("Channels", call.get("channels")),
        ("Speakers", speakers_label(call)),
        ("Transfers", call.get("transfers")),
        ("Hold", shared.clock(call.get("hold_s"))),
        ("Silence", shared.clock(call.get("silence_s"))),
        ("Agent talk share", f"{call['talk_ratio_agent']:.0%}" if call.get("talk_ratio_agent") is not None else None),
        ("Redactions", len(call["redactions"])),
        ("Parent call", call.get("parent_call_id")),
    ]
    rows += [(str(k), v) for k, v in sorted(call.get("extra", {}).items())]
    frame = pd.DataFrame([(k, "–" if v is None or v == "" else str(v)) for k, v in rows], columns=["Field", "Value"])
    st.dataframe(frame, hide_index=True, placeholder="–", width="stretch", height=38 + 35 * len(frame))
    for warning in call.get("warnings", []):
        st.caption(f":material/warning: {shared.md_escape(warning)}")


# --- the page ---------------------------------------------------------------------------------------


def call_picker(user: auth.User) -> None:
    st.info("Open a call from **Worst calls**, **Search**, **Journeys** or **Follow-ups**, or enter its ID.")
    with st.form("open_call", border=False, width=480):
        call_id = st.text_input("Call ID", max_chars=200)
        if st.form_submit_button("Open") and call_id.strip():
            shared.open_call(call_id.strip())


def header(call: dict[str, Any]) -> None:
    meta = [
        call.get("agent") or "unknown agent",
        call.get("team"),
        call.get("queue"),
        shared.when(call.get("started_at")),
    ]
    meta = list(dict.fromkeys(m for m in meta if m))  # team and queue are often the same word
    st.markdown(f"## Call {shared.md_escape(call['call_id'])}")
    line = " · ".join(shared.md_escape(m) for m in meta if m) + f" · {shared.clock(call.get('duration_s'))}"
    if call.get("score") is not None:
        reasons = " ".join(f":orange-badge[{shared.md_escape(r)}]" for r in call["reasons"])
        line += f" · **score {call['score']:.2f}** {reasons}"
        if call.get("ended_negative"):
            line += " :red-badge[:material/sentiment_dissatisfied: ended negative]"
    st.markdown(line)


def main() -> None:
    user = shared.page_setup("Call review", "view_calls", show_title=False)
    try:
        scope = auth.agent_scope(user)
    except PermissionError:  # an agent account without an agent ID may open no call at all
        st.title("Call review")
        st.warning("Your account is not linked to an agent ID; ask an admin.", icon=":material/link_off:")
        return
    call_id = (st.query_params.get("call") or "").strip()
    if not call_id and st.session_state.get(LAST_CALL_KEY):
        # Back on the page from the menu: the call reviewed last, not an empty page.
        call_id = str(st.session_state[LAST_CALL_KEY])
        st.query_params["call"] = call_id
    if not call_id:
        st.title("Call review")
        call_picker(user)
        return
    start = requested_start()
    with shared.read_db() as db:
        call = queries.review_call(db, call_id, scope)
        if call is not None:
            notes = queries.call_notes(db, call_id) if auth.can(user, "notes_qa") else []
            scores = qa_store.call_reviews(db, call_id) if auth.can(user, "review_calls") else []
            evaluation = qa_store.call_evaluation(db, call_id) if auth.can(user, "review_calls") else None
            blind = calibration_store.blind_for(db, user.username, call_id)  # scoring it in a calibration
            if blind:
                evaluation, scores = None, []
            others = queries.customer_calls(db, call.get("customer_id"), scope)
            sessions = queries.coaching_sessions(db) if auth.can(user, "coaching_edit") else pd.DataFrame()
            allow_original = bool(queries.get_setting(db, "allow_original_playback", False))
    if call is None:
        st.warning(f"There is no call “{shared.md_escape(call_id)}” that you can open.", icon=":material/search_off:")
        call_picker(user)
        return
    st.session_state[LAST_CALL_KEY] = call_id
    header(call)
    if call["status"] == "pending":
        st.info("Still being ingested — the transcript and analysis appear here when the ingest reaches this call.")
        return
    if call["status"] == "failed":
        st.error(f"This call could not be ingested: {shared.md_escape(call.get('error') or 'unknown error')}")
        return
    shared.audit_once(user, "view_transcript", call_id)
    if roles_uncertain(call):
        st.warning(
            f"Agent and customer were told apart from one mono recording with low confidence "
            f"({call['speaker_confidence']:.2f}): who said which line may be wrong, and so may this call's "
            "moments and talk share. Listen before you act on them.",
            icon=":material/record_voice_over:",
        )

    left, right = st.columns([5, 4], gap="medium")
    with left:
        audio, mime, notice = load_audio(call, user, allow_original)
        if audio:
            shared.audit_once(user, "listen", call_id, {"original": bool(notice)})
        transcript_height = (
            PLAYER_HEIGHT - (60 if audio else 0) - (50 if call["moments"] else 0) - (45 if notice else 0)
        )
        st.iframe(
            player_html(call["utterances"], call["moments"], audio, mime, start or 0.0, notice, transcript_height),
            height=PLAYER_HEIGHT,
            alt="Call player and transcript",
        )
        st.markdown("**Tone timeline** · click a point to play from there")
        event = st.plotly_chart(
            tone_figure(call),
            on_select="rerun",
            selection_mode="points",
            key=f"tone_{call_id}",
            config={"displayModeBar": False},
        )
        point = shared.selected_point(event)
        if point is not None and point.get("x") is not None:
            x = float(point["x"])
            if start is None or abs(x - start) > 0.05:
                seek_to(x)
    with right:
        tab_names = ["Moments", "Notes", "QA", "Journey", "Details"]
        if auth.can(user, "coaching_edit"):
            tab_names.insert(1, CLIP_TAB)
        if not auth.can(user, "notes_qa"):
            tab_names.remove("Notes")
        if not auth.can(user, "review_calls"):
            tab_names.remove("QA")
        if st.session_state.get(TABS_KEY) not in tab_names:
            st.session_state.pop(TABS_KEY, None)
        tabs = dict(zip(tab_names, st.tabs(tab_names, key=TABS_KEY, on_change="rerun"), strict=True))
        with tabs["Moments"]:
            moments_panel(user, call)
        if CLIP_TAB in tabs:
            with tabs[CLIP_TAB]:
                clip_panel(user, call, sessions, start)
        if "Notes" in tabs:
            with tabs["Notes"]:
                notes_panel(user, call, notes)
        if "QA" in tabs:
            with tabs["QA"]:
                qa_panels.review_panel(user, call, scores, evaluation, seek_to, blind=blind)
        with tabs["Journey"]:
            journey_panel(call, others)
        with tabs["Details"]:
            details_panel(call)


main()
