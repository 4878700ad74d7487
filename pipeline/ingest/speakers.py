"""Who spoke when in a mono recording, and which voice is the agent.

Stereo calls carry one party a channel; a mono call (or a mono mix saved as stereo, see
`audio.same_mix`) carries both, and Whisper's words come without a speaker. Pitch alone did not
separate the voices of a real 8 kHz line, and "my name is" is said by callers too, so three kinds of
evidence are combined:

1. **The voices.** Mel-cepstral coefficients and their deltas, every 10 ms, from a band a telephone
   line carries (100–3,800 Hz), normalised over the call. Each of the two voices gets a Gaussian
   mixture; a frame's log-likelihood ratio, smoothed over half a second of speech, says which voice
   it sounds like. The mixtures start from the lines whose *words* are clearly one side's (next
   point) and are refined by a few rounds of re-estimation over all the speech, so each call teaches
   the model its own two voices. Without enough such lines they start from a two-way split of
   one-second windows instead.
2. **What each side says.** An agent-versus-customer language model (`roles.py`), trained on labelled
   transcripts, real ones among them, scores every line.
3. **Turn structure.** A change of voice inside a Whisper segment splits it at a word boundary (only
   when the other voice holds for `MIN_RUN_S`); on an inbound call the agent usually speaks first,
   which breaks a tie.

Each run of words then takes the side its voice and its words point to together, and the side whose
lines sound most like an agent is the agent. The call gets a confidence between 0 and 1 (how decisive
the voices were, and how clearly the words told the two sides apart); below `records.LOW_SPEAKER_CONFIDENCE` the app
and `show --json` say the roles may be wrong. Measured on real calls mixed down to mono (README, Real
recordings).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from pipeline.ingest.audio import SAMPLE_RATE
from pipeline.ingest.roles import RoleModel
from pipeline.ingest.transcribe import words_to_utterances
from pipeline.records import Utterance, Word

HOP_S = 0.01
SMOOTH_S = 0.5  # the voice decision is smoothed over this much speech
MIN_RUN_S = 0.6  # a change of voice must hold this long to split a segment
ANCHOR_LOG_ODDS = 3.0  # a line whose words score beyond this seeds its side's voice model
ANCHOR_MIN_S = 3.0  # seconds of anchored speech each side needs; fewer and the voices are split blind
TEXT_WEIGHT = 0.35  # a run's text log-odds against its mean voice log-likelihood ratio
ROUNDS = 3
MIXTURE_SIZE = 8
_MEL_BANDS = 40
_CEPSTRA = 20
_TEXT_CLIP = 6.0


@dataclass
class SpeakerEstimate:
    """Mono utterances labelled agent/customer, and how sure the labelling is (0–1)."""

    utterances: list[Utterance]
    confidence: float
    method: str  # "voices and words", "words only", or "turn order" when nothing else could be used


def assign_speakers(
    utterances: Sequence[Utterance], samples: np.ndarray, role_model: RoleModel, direction: str | None = None
) -> SpeakerEstimate:
    """Split and label mono utterances agent/customer (see the module docstring)."""
    words = [w for u in utterances for w in (u.words or [Word(u.text, u.start, u.end)])]
    if not words:
        return SpeakerEstimate([], 0.0, "turn order")
    frames = voice_features(samples)
    word_frames = [_frame_span(w.start, w.end, len(frames)) for w in words]
    speech = np.zeros(len(frames), bool)
    for a, b in word_frames:
        speech[a:b] = True
    text_scores = [float(np.clip(role_model.score(u.text), -_TEXT_CLIP, _TEXT_CLIP)) for u in utterances]
    if speech.sum() < 2 * int(MIN_RUN_S / HOP_S):
        return _by_words_only(utterances, text_scores)

    seeds = _anchor_frames(utterances, text_scores, speech)
    seeded = seeds is not None
    start = seeds if seeds is not None else _window_split(frames, speech)
    llr = _voice_ratio(frames, speech, start)  # > 0: sounds like the seed-agent voice (or cluster 1)

    word_llr = np.array([float(llr[a:b].mean()) if b > a else 0.0 for a, b in word_frames])
    side = _runs(words, word_llr > 0)
    pieces: list[tuple[list[Word], float, float]] = []  # words, mean voice ratio, text score
    for run in side:
        run_words = [words[i] for i in run]
        text = role_model.score(" ".join(w.text for w in run_words))
        voice = float(np.mean(word_llr[run]))
        pieces.append((run_words, voice, float(np.clip(text, -_TEXT_CLIP, _TEXT_CLIP))))

    # Which voice is the agent: the one whose words sound most like an agent's (seeded models already know).
    plus = sum(t for _, v, t in pieces if v > 0)
    minus = sum(t for _, v, t in pieces if v <= 0)
    if seeded:
        agent_voice_sign, mapping_margin = 1.0, max(plus - minus, 0.0)
    else:
        if abs(plus - minus) >= 1.0:
            agent_voice_sign = 1.0 if plus > minus else -1.0
        else:
            first_positive = pieces[0][1] > 0
            inbound = (direction or "inbound").lower() != "outbound"
            agent_voice_sign = 1.0 if first_positive == inbound else -1.0
        mapping_margin = abs(plus - minus)

    labelled: list[Word] = []
    labels: list[str] = []
    decisiveness, total = 0.0, 0.0
    for run_words, voice, text in pieces:
        combined = agent_voice_sign * voice + TEXT_WEIGHT * text
        speaker = "agent" if combined > 0 else "customer"
        duration = max(run_words[-1].end - run_words[0].start, 0.05)
        decisiveness += duration * abs(np.tanh(voice / 2.0))
        total += duration
        labelled += run_words
        labels += [speaker] * len(run_words)
    mapping_certainty = 1.0 - float(np.exp(-mapping_margin / 4.0))
    confidence = round(float(decisiveness / max(total, 1e-9)) * mapping_certainty, 3)
    return SpeakerEstimate(_regroup(labelled, labels), confidence, "voices and words")


def voice_features(samples: np.ndarray) -> np.ndarray:
    """(frames, 2 × (_CEPSTRA - 1)) mel-cepstra and deltas every 10 ms, normalised over the call."""
    window, hop, n_fft = int(0.025 * SAMPLE_RATE), int(HOP_S * SAMPLE_RATE), 512
    x = np.asarray(samples, np.float64)
    if len(x) < window:
        return np.zeros((0, 2 * (_CEPSTRA - 1)))
    n = 1 + (len(x) - window) // hop
    index = np.arange(window)[None, :] + hop * np.arange(n)[:, None]
    spectrum = np.abs(np.fft.rfft(x[index] * np.hamming(window), n_fft)) ** 2
    mel = np.log(spectrum @ _mel_filterbank(n_fft).T + 1e-10)
    k = np.arange(_MEL_BANDS)
    dct = np.cos(np.pi / _MEL_BANDS * (k[None, :] + 0.5) * np.arange(_CEPSTRA)[:, None])
    cepstra = (mel @ dct.T)[:, 1:]  # c0 is loudness, which says more about the line than the voice
    features = np.hstack([cepstra, _deltas(cepstra)])
    return (features - features.mean(0)) / (features.std(0) + 1e-9)


def _mel_filterbank(n_fft: int, low_hz: float = 100.0, high_hz: float = 3800.0) -> np.ndarray:
    def to_mel(hz: np.ndarray | float) -> np.ndarray:
        return 2595.0 * np.log10(1.0 + np.asarray(hz) / 700.0)

    edges = 700.0 * (10 ** (np.linspace(to_mel(low_hz), to_mel(high_hz), _MEL_BANDS + 2) / 2595.0) - 1.0)
    bins = np.floor((n_fft + 1) * edges / SAMPLE_RATE).astype(int)
    bank = np.zeros((_MEL_BANDS, n_fft // 2 + 1))
    for i in range(_MEL_BANDS):
        left, centre, right = bins[i], bins[i + 1], bins[i + 2]
        bank[i, left:centre] = (np.arange(left, centre) - left) / max(centre - left, 1)
        bank[i, centre:right] = (right - np.arange(centre, right)) / max(right - centre, 1)
    return bank


def _deltas(features: np.ndarray, width: int = 2) -> np.ndarray:
    padded = np.pad(features, ((width, width), (0, 0)), mode="edge")
    n = len(features)
    weights = 2 * sum(i * i for i in range(1, width + 1))
    return (
        sum(i * (padded[width + i : width + i + n] - padded[width - i : width - i + n]) for i in range(1, width + 1))
        / weights
    )


def _frame_span(start: float, end: float, n: int) -> tuple[int, int]:
    a = min(max(round(start / HOP_S), 0), n)
    return a, min(max(round(end / HOP_S), a + 1), n)


def _anchor_frames(utterances: Sequence[Utterance], scores: Sequence[float], speech: np.ndarray) -> np.ndarray | None:
    """Per frame 1 (agent seed), 0 (customer seed) or -1; None when either side has too little speech."""
    seeds = np.full(len(speech), -1)
    for u, score in zip(utterances, scores, strict=True):
        if abs(score) >= ANCHOR_LOG_ODDS:
            a, b = _frame_span(u.start, u.end, len(speech))
            seeds[a:b] = 1 if score > 0 else 0
    seeds[~speech] = -1
    enough = int(ANCHOR_MIN_S / HOP_S)
    return seeds if (seeds == 1).sum() >= enough and (seeds == 0).sum() >= enough else None


def _voice_ratio(frames: np.ndarray, speech: np.ndarray, start: np.ndarray) -> np.ndarray:
    """Per-frame log-likelihood ratio between the two voices, smoothed over SMOOTH_S of speech (0 outside).

    Smoothed rather than each frame's own: measured on the real mixed-down calls, the frames' own
    ratio averaged over a word cost 1-2 points of role accuracy (a word is too short to judge a voice).
    """
    index = np.flatnonzero(speech)
    x = frames[index]
    labels = start[index]  # per speech frame 1 / 0 from the seeds or the window split; -1 joins neither
    rng = np.random.default_rng(0)
    smooth = np.ones(int(SMOOTH_S / HOP_S) + 1) / (int(SMOOTH_S / HOP_S) + 1)
    ratio = np.zeros(len(x))
    for _ in range(ROUNDS):
        ones, zeros = x[labels == 1], x[labels == 0]
        if len(ones) < MIXTURE_SIZE * 4 or len(zeros) < MIXTURE_SIZE * 4:
            break
        raw = _mixture_loglik(x, _fit_mixture(ones, rng)) - _mixture_loglik(x, _fit_mixture(zeros, rng))
        ratio = _smooth_within_speech(raw, index, smooth)
        labels = (ratio > 0).astype(int)
    out = np.zeros(len(frames))
    out[index] = ratio
    return out


def _smooth_within_speech(values: np.ndarray, index: np.ndarray, kernel: np.ndarray) -> np.ndarray:
    """Moving average within each stretch of contiguous speech frames: a pause is where turns change,
    so the voice before it must not colour the words after it."""
    out = np.empty_like(values)
    breaks = np.flatnonzero(np.diff(index) > 1) + 1
    for chunk in np.split(np.arange(len(values)), breaks):
        if len(chunk) == 0:
            continue
        part, lead = values[chunk], (len(kernel) - 1) // 2
        total = np.convolve(part, kernel)[lead : lead + len(part)]
        weight = np.convolve(np.ones(len(part)), kernel)[lead : lead + len(part)]
        out[chunk] = total / np.maximum(weight, 1e-9)
    return out


def _window_split(frames: np.ndarray, speech: np.ndarray) -> np.ndarray:
    """Two-means over one-second windows (mean and spread of the features); per frame 0/1, -1 outside."""
    width, step = int(1.0 / HOP_S), int(0.5 / HOP_S)
    rows, centres = [], []
    for start in range(0, max(len(frames) - width, 1), step):
        mask = speech[start : start + width]
        if mask.sum() >= width * 0.4:
            chunk = frames[start : start + width][mask]
            rows.append(np.concatenate([chunk.mean(0), chunk.std(0)]))
            centres.append(start + width // 2)
    labels = np.full(len(frames), -1)
    if len(rows) < 2:
        return labels
    table = np.array(rows)
    table = (table - table.mean(0)) / (table.std(0) + 1e-9)
    groups = _two_means(table)
    nearest = np.clip(np.searchsorted(np.array(centres), np.arange(len(frames))), 0, len(centres) - 1)
    labels[speech] = groups[nearest[speech]]
    return labels


def _two_means(table: np.ndarray, restarts: int = 8) -> np.ndarray:
    rng = np.random.default_rng(0)
    best: tuple[float, np.ndarray] | None = None
    for _ in range(restarts):
        centres = table[rng.choice(len(table), 2, replace=False)]
        labels = np.zeros(len(table), int)
        for _ in range(50):
            distance = ((table[:, None, :] - centres[None]) ** 2).sum(-1)
            labels = distance.argmin(1)
            if labels.all() or not labels.any():
                break
            new = np.stack([table[labels == k].mean(0) for k in (0, 1)])
            if np.allclose(new, centres):
                break
            centres = new
        inertia = float(((table - centres[labels]) ** 2).sum())
        if best is None or inertia < best[0]:
            best = (inertia, labels)
    assert best is not None
    return best[1]


def _fit_mixture(x: np.ndarray, rng: np.random.Generator, iterations: int = 12) -> tuple[np.ndarray, ...]:
    """A diagonal Gaussian mixture by EM: (means, variances, weights)."""
    k = min(MIXTURE_SIZE, max(1, len(x) // 20))
    means = x[rng.choice(len(x), k, replace=False)]
    variances = np.tile(x.var(0) + 1e-3, (k, 1))
    weights = np.full(k, 1.0 / k)
    for _ in range(iterations):
        joint = _component_logliks(x, means, variances, weights)
        joint -= joint.max(1, keepdims=True)
        resp = np.exp(joint)
        resp /= resp.sum(1, keepdims=True)
        mass = resp.sum(0) + 1e-6
        weights = mass / mass.sum()
        means = (resp.T @ x) / mass[:, None]
        variances = np.maximum((resp.T @ (x * x)) / mass[:, None] - means**2, 1e-3)
    return means, variances, weights


def _component_logliks(x: np.ndarray, means: np.ndarray, variances: np.ndarray, weights: np.ndarray) -> np.ndarray:
    precision = 1.0 / variances
    quadratic = (x * x) @ precision.T - 2 * x @ (means * precision).T + (means * means * precision).sum(1)[None]
    return -0.5 * (quadratic + np.log(variances).sum(1)[None]) + np.log(weights)[None]


def _mixture_loglik(x: np.ndarray, mixture: tuple[np.ndarray, ...]) -> np.ndarray:
    joint = _component_logliks(x, *mixture)
    top = joint.max(1)
    return top + np.log(np.exp(joint - top[:, None]).sum(1))


def _runs(words: Sequence[Word], positive: np.ndarray) -> list[list[int]]:
    """Word indices grouped into runs of one voice; a change must hold MIN_RUN_S or it is absorbed."""
    runs: list[list[int]] = []
    for i, _ in enumerate(words):
        if runs and bool(positive[runs[-1][-1]]) == bool(positive[i]):
            runs[-1].append(i)
        else:
            runs.append([i])
    merged: list[list[int]] = []
    for run in runs:
        duration = words[run[-1]].end - words[run[0]].start
        if merged and duration < MIN_RUN_S:
            merged[-1] += run  # too short to be a turn: keep it with what came before
        else:
            merged.append(run)
    # neighbouring runs that now agree join up
    joined: list[list[int]] = []
    for run in merged:
        sign = bool(np.mean(positive[run]) > 0.5)
        if joined and bool(np.mean(positive[joined[-1]]) > 0.5) == sign:
            joined[-1] += run
        else:
            joined.append(run)
    return joined


def _by_words_only(utterances: Sequence[Utterance], scores: Sequence[float]) -> SpeakerEstimate:
    """Too little audio to model voices: each line takes the side its words point to."""
    out = [
        replace(u, speaker="agent" if score > 0 else "customer", words=list(u.words))
        for u, score in zip(utterances, scores, strict=True)
    ]
    confidence = round(float(np.mean([abs(np.tanh(s / 4.0)) for s in scores])) * 0.5, 3) if scores else 0.0
    return SpeakerEstimate(out, confidence, "words only")


def _regroup(words: Sequence[Word], labels: Sequence[str]) -> list[Utterance]:
    """Utterances again: consecutive words of one side, cut at pauses as transcription cuts them."""
    utterances: list[Utterance] = []
    start = 0
    for i in range(1, len(words) + 1):
        if i == len(words) or labels[i] != labels[start]:
            utterances += words_to_utterances(words[start:i], labels[start])
            start = i
    return utterances
