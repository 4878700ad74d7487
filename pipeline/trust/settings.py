"""Settings an admin may change from the app: validated here, stored as rows by `store.review`.

The redaction settings are rows the ingest reads (`redact.SETTING_KEYS`); they are checked
together through `RedactionOptions.from_settings` before anything is stored, so the store never
holds a combination the ingest would refuse.
"""

from __future__ import annotations

from typing import Any

from pipeline.store import review
from pipeline.store.db import Database
from pipeline.trust.redact import SETTING_KEYS, RedactionOptions

# Settings an admin may change from the app, with their type; anything else is refused.
EDITABLE_SETTINGS: dict[str, type] = {
    SETTING_KEYS["allow_original_playback"]: bool,
    SETTING_KEYS["kinds"]: list,
    SETTING_KEYS["audio_mode"]: str,
}


def _checked_setting(key: str, value: Any) -> Any:
    """The value as it will be stored; ValueError for a key the app may not change or a wrong type."""
    expected = EDITABLE_SETTINGS.get(key)
    if expected is None:
        raise ValueError(f"{key!r} is not a setting the app can change")
    if isinstance(value, tuple | set | frozenset) and expected is list:
        value = list(value)
    if not isinstance(value, expected):
        raise ValueError(f"{key} must be a {expected.__name__}")
    if key == SETTING_KEYS["kinds"]:
        if not all(isinstance(kind, str) for kind in value):
            raise ValueError("redaction types must be names such as CARD or EMAIL")
        if not value:
            # Redacting nothing is what `ingest --no-redact` is for, and only for recordings without customer data.
            raise ValueError("choose at least one redaction type")
        value = sorted({kind.strip().upper() for kind in value})
    return value


def _check_redaction(settings: dict[str, Any]) -> None:
    """The redaction settings as the ingest will read them must make valid RedactionOptions."""
    try:
        RedactionOptions.from_settings({key: settings.get(key) for key in SETTING_KEYS.values()})
    except (TypeError, ValueError) as exc:
        raise ValueError(f"invalid redaction settings: {exc}") from None


def set_setting(db: Database, username: str, key: str, value: Any) -> None:
    """Store one setting (validated) and audit it, even when the value is the same as before."""
    value = _checked_setting(key, value)
    with db.atomic():
        previous = review.stored_settings(db)
        _check_redaction({**previous, key: value})
        review.write_setting(db, username, key, value, previous.get(key))


def set_settings(db: Database, username: str, values: dict[str, Any]) -> list[str]:
    """Store several settings at once (all validated first, together); returns the keys that changed.

    One `setting_changed` audit row per changed key, with the value before and after; values that
    are the same as stored are neither written nor audited.
    """
    checked = {key: _checked_setting(key, value) for key, value in values.items()}
    changed: list[str] = []
    with db.atomic():
        previous = review.stored_settings(db)
        _check_redaction({**previous, **checked})
        # A key with no row has its default value: saving the default again is no change.
        in_effect = {**RedactionOptions().to_settings(), **previous}
        for key, value in checked.items():
            if key in in_effect and in_effect[key] == value:
                continue
            review.write_setting(db, username, key, value, in_effect.get(key))
            changed.append(key)
    return changed
