"""Contact reasons, the Drivers figures and the rising test, on real Harper Valley calls."""

from __future__ import annotations

import random
from datetime import timedelta

import numpy as np

from pipeline.insights import drivers, reasons
from pipeline.store import drivers as drivers_store
from pipeline.store import reasons as reasons_store
from pipeline.store.queries import CallFilters
from tests.insights_fixtures import RISING, InsightsFile


def _assigned(db) -> dict[str, int | None]:
    return dict(db.execute("SELECT call_id, reason_id FROM call_reasons").fetchall())


def _this_week(info: InsightsFile) -> CallFilters:
    end = info.anchor.date()
    return CallFilters(date_from=end - timedelta(days=6), date_to=end)


def test_discovered_reasons_match_the_callers_tasks(insights_conn) -> None:
    db, info = insights_conn
    found = _assigned(db)
    calls = [c for c in info.task_of if found.get(c) is not None]
    assert len(calls) >= len(info.task_of) - 1  # every call whose caller said something early has a reason
    result = reasons.agreement([info.task_of[c] for c in calls], [found[c] for c in calls])
    assert result.purity >= 0.85 and result.found_reasons <= 2 * result.true_reasons, result
    names = " ".join(r["name"].lower() for r in reasons_store.reason_list(db))
    assert "password" in names and "card" in names


def test_rising_reason_is_flagged_and_steady_ones_are_not(insights_conn) -> None:
    db, info = insights_conn
    table = drivers.drivers(db, _this_week(info))
    card_reasons = {reasons_store.reason_names(db, [c])[c] for c, t in info.task_of.items() if t == RISING}
    flagged = set(table.loc[table["flag"] != "", "name"])
    assert flagged and flagged <= card_reasons, table[["name", "calls", "previous", "flag", "p_value"]]
    card = table[table["name"].isin(card_reasons)].iloc[0]
    assert "Cards → Billing" in card["bounced"]
    steady = table[~table["name"].isin(card_reasons)]
    assert (steady["flag"] == "").all()
    # Each figure opens its calls: the repeat contacts of the card reason are the bounced callers' second calls.
    repeat = drivers_store.driver_calls(db, int(card["reason_id"]), "repeat", _this_week(info))
    assert set(repeat["call_id"]) and all(c.endswith("-b") for c in repeat["call_id"])
    assert int(card["calls"]) == len(drivers_store.driver_calls(db, int(card["reason_id"]), "calls", _this_week(info)))


def test_no_flag_on_noise() -> None:
    rng = random.Random(7)
    weeks_flagged = 0
    for _ in range(200):  # twelve reasons with stable rates, two periods drawn at random
        rates = [rng.uniform(2, 40) for _ in range(12)]
        now = {i: int(np.random.default_rng(rng.randrange(1 << 30)).poisson(r)) for i, r in enumerate(rates)}
        before = {i: int(np.random.default_rng(rng.randrange(1 << 30)).poisson(r)) for i, r in enumerate(rates)}
        trends = drivers.rising(now, before, sum(now.values()), sum(before.values()))
        weeks_flagged += any(t.rising for t in trends.values())
    # With nothing changing, Benjamini-Hochberg keeps periods with any flag to ALPHA (5 %) at most.
    assert weeks_flagged <= 200 * drivers.ALPHA
    trends = drivers.rising({1: 40, 2: 20, 3: 20}, {1: 5, 2: 20, 3: 20}, 80, 45)
    assert trends[1].rising and not trends[2].rising


def test_admin_edits_reassign_without_transcribing(insights_conn) -> None:
    db, _info = insights_conn
    before = _assigned(db)
    ids = [r["reason_id"] for r in reasons_store.reason_list(db)]
    db.execute("DELETE FROM utterances WHERE call_id LIKE 'hv-%'")  # no transcript left to read
    reasons_store.rename_reason(db, "admin", ids[0], "Lost or stolen card")
    reasons.merge(db, "admin", ids[0], ids[1])
    summary = reasons.assign_reasons(db)
    assert summary.embedded == 0 and summary.assigned > 0
    after = _assigned(db)
    assert all(after[c] == ids[0] for c, r in before.items() if r in (ids[0], ids[1]))
    assert ids[1] not in {r["reason_id"] for r in reasons_store.reason_list(db)}
    parts = reasons.split(db, "admin", ids[0])
    reasons.pin(db, "admin", parts[0], "my card was stolen at the station")
    reasons.assign_reasons(db)
    assert set(_assigned(db).values()) - {None} <= {r["reason_id"] for r in reasons_store.reason_list(db)}
    actions = [r[0] for r in db.execute("SELECT action FROM audit_log WHERE action LIKE 'reason%'").fetchall()]
    assert {"reason_rename", "reason_merge", "reason_split", "reason_pin"} <= set(actions)


def test_drivers_page_flags_the_rising_reason_and_opens_its_calls(insights_db: InsightsFile, monkeypatch) -> None:
    from tests.app_fixtures import open_page, signed_in, use_cheap_password_hashing

    use_cheap_password_hashing(monkeypatch)
    at = open_page(signed_in("executive"), "pages/drivers.py")
    assert not at.error, [e.value for e in at.error]
    table = at.dataframe[0].value
    assert {"▲ New", "▲ Rising"} & set(table["flag"])
    calls = at.dataframe[1].value
    assert all(link.startswith("/review?call=") for link in calls["link"])
    assert not list(at.get("form"))  # editing reasons is for admins only
    admin = open_page(signed_in("admin"), "pages/drivers.py")
    admin.text_input(key="rename_name").input("Card lost or stolen")
    next(b for b in admin.button if b.label == "Rename").click().run()
    renamed = open_page(signed_in("executive"), "pages/drivers.py").dataframe[0].value
    assert "Card lost or stolen" in set(renamed["name"])


def test_admin_adds_an_alert_rule_and_previews_a_digest(insights_db: InsightsFile, monkeypatch) -> None:
    from pipeline.store.db import open_database
    from tests.app_fixtures import open_page, signed_in, use_cheap_password_hashing

    use_cheap_password_hashing(monkeypatch)
    db = open_database(insights_db.path)
    db.execute("UPDATE users SET email = 'boss@example.com' WHERE username = 'executive'")
    db.close()
    at = open_page(signed_in("admin"), "pages/admin.py")
    at.text_input(key="alert_name").input("Angry and escalated")
    at.text_input(key="alert_target").input("ops@example.com")
    next(b for b in at.button if b.label == "Add rule").click().run()
    assert not at.error, [e.value for e in at.error]
    preview = "\n".join(c.value for c in at.code)
    assert "Earshot digest for executive" in preview and "drawn at random" in preview
    db = open_database(insights_db.path)
    try:
        assert db.scalar("SELECT count(*) FROM alert_rules WHERE name = 'Angry and escalated'") == 1
        assert db.scalar("SELECT count(*) FROM audit_log WHERE action = 'alert_rule_add'") == 1
    finally:
        db.close()
