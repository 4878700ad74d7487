"""Acoustic cues of one utterance on its speaker's channel: loudness and pitch variation (numpy only).

Loudness is the RMS level, in dB relative to full scale, of the frames that carry speech (pauses
inside the utterance would otherwise make a shouted sentence look quiet). Pitch variation is the
standard deviation, in semitones, of the fundamental frequency over voiced frames, found by
autocorrelation (computed for all frames at once with one FFT). Flat, monotone speech is ~1
semitone; agitated or animated speech 3+. Both are compared with the same speaker's median in the
call by `tone.py`, so absolute levels (a quiet line, a loud headset) do not matter.
"""

from __future__ import annotations

import numpy as np

WORK_RATE = 8000  # telephony rate: enough for 70-400 Hz pitch, and keeps the FFTs small
FRAME_S = 0.04
HOP_S = 0.02
MAX_FRAMES = 400  # longer utterances are sampled evenly for loudness ...
MAX_PITCH_FRAMES = 120  # ... and more sparsely for pitch (the FFTs): every call stays well under 5 ms
F0_MIN, F0_MAX = 70.0, 400.0
VOICING_THRESHOLD = 0.45  # normalised autocorrelation peak needed to call a frame voiced
SILENCE_DB = -60.0


def acoustic_features(
    samples: np.ndarray, sample_rate: int, start: float, end: float
) -> tuple[float | None, float | None]:
    """(loudness_db, pitch_var) of samples[start:end] (mono float32, any rate); None where not measurable."""
    lo = max(0, int(start * sample_rate))
    hi = min(len(samples), int(end * sample_rate))
    if hi - lo < int(FRAME_S * sample_rate) or sample_rate <= 0:
        return None, None
    segment = np.asarray(samples[lo:hi], dtype=np.float32)
    rate = float(sample_rate)
    factor = int(sample_rate // WORK_RATE)
    if factor > 1:
        # boxcar average then decimate: a crude low-pass, good enough for level and a 70-400 Hz pitch
        usable = len(segment) // factor * factor
        segment = segment[:usable].reshape(-1, factor).mean(axis=1)
        rate = sample_rate / factor
    frame = int(FRAME_S * rate)
    hop = int(HOP_S * rate)
    count = 1 + (len(segment) - frame) // hop
    if count <= 0:
        return None, None
    starts = np.arange(count) * hop
    if count > MAX_FRAMES:
        starts = starts[np.linspace(0, count - 1, MAX_FRAMES).astype(int)]
    frames = segment[starts[:, None] + np.arange(frame)[None, :]]
    frames = frames - frames.mean(axis=1, keepdims=True)
    energy = np.sqrt(np.mean(frames**2, axis=1))
    peak = float(energy.max())
    if peak <= 0:
        return None, None
    active = energy > peak * 0.1
    loudness = 20.0 * np.log10(float(np.sqrt(np.mean(energy[active] ** 2))) + 1e-12)
    if loudness < SILENCE_DB:
        return None, None
    return round(float(loudness), 2), _pitch_variation(frames[active], rate)


def _pitch_variation(frames: np.ndarray, rate: float) -> float | None:
    if len(frames) < 3:
        return None
    if len(frames) > MAX_PITCH_FRAMES:
        frames = frames[np.linspace(0, len(frames) - 1, MAX_PITCH_FRAMES).astype(int)]
    size = 2 * frames.shape[1]  # no circular wrap-around for lags up to a frame; 640 = 2^7·5 is FFT-friendly
    window = np.hanning(frames.shape[1]).astype(np.float32)
    spectrum = np.fft.rfft(frames * window, n=size, axis=1)
    autocorr = np.fft.irfft(np.abs(spectrum) ** 2, n=size, axis=1)[:, : frames.shape[1]]
    zero_lag = autocorr[:, :1]
    zero_lag[zero_lag <= 0] = 1e-12
    normalised = autocorr / zero_lag
    min_lag = int(rate / F0_MAX)
    max_lag = min(int(rate / F0_MIN), frames.shape[1] - 1)
    if max_lag <= min_lag:
        return None
    band = normalised[:, min_lag:max_lag]
    best = band.argmax(axis=1)
    strength = band[np.arange(len(band)), best]
    voiced = strength > VOICING_THRESHOLD
    if voiced.sum() < 3:
        return None
    f0 = rate / (best[voiced] + min_lag)
    semitones = 12.0 * np.log2(f0)
    return round(float(np.std(semitones)), 3)
