"""A digest's link opens the right call in headless Chromium, after the sign-in it asks for."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.insights.digest import digests
from pipeline.store.db import open_database
from tests import test_e2e_browser as browser
from tests.app_fixtures import SeededFile
from tests.seed import PASSWORDS

playwright_api = pytest.importorskip("playwright.sync_api")

CHROMIUM, CHROMIUM_ARGS, VIEWPORT = browser.CHROMIUM, browser.CHROMIUM_ARGS, browser.VIEWPORT
server = browser.server  # the running app, from the browser tests' fixture

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed"),
]


def test_digest_link_opens_the_call_after_sign_in(seeded_db: SeededFile, server: str, tmp_path: Path) -> None:
    db = open_database(seeded_db.path)
    try:
        db.execute("UPDATE users SET email = 'boss@example.com' WHERE username = 'executive'")
        digest = digests(db, "month", only="executive", base_url=server)[0]
    finally:
        db.close()
    picked = digest.worst[0]
    assert picked.link == f"{server}/review?call={picked.call_id}"
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport=VIEWPORT)
        page.goto(picked.link)  # as clicked in the e-mail: not signed in yet
        page.get_by_label("Username").fill("executive")
        page.get_by_role("textbox", name="Password").fill(PASSWORDS["executive"])
        page.get_by_role("button", name="Sign in").click()
        page.get_by_text(f"Call {picked.call_id}").first.wait_for(timeout=30_000)
        assert f"call={picked.call_id}" in page.url
        page.screenshot(path=str(tmp_path / "digest_link.png"))
        browser.close()
