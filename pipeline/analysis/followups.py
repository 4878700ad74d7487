"""Due dates of follow-up promises, read from the promise's own words relative to the call's start.

"I'll call you back tomorrow" on a Tuesday 10:00 call is due Wednesday at `follow_up_due_hour`
(17:00); "by Friday" the coming Friday; "in 48 hours" exactly 48 hours after the call started;
a promise naming no time gets `follow_up_default_hours`.
"""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta

from pipeline.analysis.rules import Settings
from pipeline.analysis.text import basic_tokens

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twelve": 12,
    "fourteen": 14,
    "twenty four": 24,
    "forty eight": 48,
    "seventy two": 72,
    "a couple of": 2,
    "couple of": 2,
    "a few": 3,
    "few": 3,
}
_NUMBER = "(" + "|".join(sorted((re.escape(k) for k in NUMBER_WORDS), key=len, reverse=True)) + r"|\d+)"
_SPAN = re.compile(rf"\b(?:in|within|inside|after) (?:the next )?{_NUMBER} (working |business )?(hour|day|week)s?\b")


def due_from_text(text: str, started_at: datetime | None, settings: Settings) -> datetime | None:
    """When the promise in `text` falls due; None when the call has no start time."""
    if started_at is None:
        return None
    words = " ".join(basic_tokens(text))
    end_of = time(hour=settings.follow_up_due_hour)

    def day_end(day: datetime) -> datetime:
        return datetime.combine(day.date(), end_of)

    span = _SPAN.search(words)
    if span:
        amount = int(span.group(1)) if span.group(1).isdigit() else NUMBER_WORDS[span.group(1)]
        unit, business = span.group(3), bool(span.group(2))
        if unit == "hour":
            return started_at + timedelta(hours=amount)
        days = amount * (7 if unit == "week" else 1)
        return day_end(_add_business_days(started_at, days) if business else started_at + timedelta(days=days))
    if re.search(
        r"\b(today|this afternoon|this evening|tonight|end of (the )?day|later on|later today|this morning)\b", words
    ):
        return day_end(started_at)
    if re.search(r"\btomorrow\b", words):
        return day_end(started_at + timedelta(days=1))
    if re.search(r"\bday after tomorrow\b", words):
        return day_end(started_at + timedelta(days=2))
    for index, name in enumerate(WEEKDAYS):
        if re.search(rf"\b{name}\b", words):
            ahead = (index - started_at.weekday()) % 7 or 7  # "Monday" said on a Monday means next Monday
            if re.search(rf"\bnext (week )?{name}\b", words) and ahead < 7:
                ahead += 7 if ahead <= 2 else 0
            return day_end(started_at + timedelta(days=ahead))
    if re.search(r"\bnext week\b", words):
        return day_end(started_at + timedelta(days=(7 - started_at.weekday()) % 7 or 7))
    if re.search(r"\b(this week|end of the week|by the weekend)\b", words):
        return day_end(started_at + timedelta(days=max(0, 4 - started_at.weekday())))
    if re.search(r"\b(an hour|the hour|shortly|soon|in a bit|in a while)\b", words):
        return started_at + timedelta(hours=2)
    return started_at + timedelta(hours=settings.follow_up_default_hours)


def _add_business_days(start: datetime, days: int) -> datetime:
    current = start
    while days > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            days -= 1
    return current
