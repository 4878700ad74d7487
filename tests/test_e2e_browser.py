"""End to end in headless Chromium: review → play a moment → clip it into a coaching session → export → scorecard.

Runs the real server (`streamlit run app.py`) on a free loopback port against a seeded database file,
and drives Debian's Chromium through Playwright. Screenshots of each step go to a temporary folder
(or to $EARSHOT_SCREENSHOTS when set, for people to look at).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.app_fixtures import SeededFile
from tests.seed import PASSWORDS

playwright_api = pytest.importorskip("playwright.sync_api")

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--autoplay-policy=no-user-gesture-required",
]
VIEWPORT = {"width": 1440, "height": 900}

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed"),
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def server(seeded_db: SeededFile, tmp_path: Path) -> Iterator[str]:
    port = free_port()
    env = {**os.environ, "EARSHOT_DB": str(seeded_db.path), "PYTHONUNBUFFERED": "1"}
    log = (tmp_path / "streamlit.log").open("w")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            "app.py",
            "--server.headless",
            "true",
            "--server.address",
            "127.0.0.1",
            "--server.port",
            str(port),
            "--browser.gatherUsageStats",
            "false",
            "--server.fileWatcherType",
            "none",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 45
        while True:
            try:
                with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as response:
                    if response.read().strip() == b"ok":
                        break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                log.flush()
                pytest.fail("streamlit did not start:\n" + (tmp_path / "streamlit.log").read_text()[-3000:])
            time.sleep(0.3)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("EARSHOT_SCREENSHOTS") or tmp_path / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def sign_in(page, base: str, username: str) -> None:
    page.goto(base + "/")
    page.get_by_label("Username").fill(username)
    page.get_by_role("textbox", name="Password").fill(PASSWORDS[username])
    page.get_by_role("button", name="Sign in").click()
    page.get_by_text(f"Signed in as {username}").wait_for(timeout=20_000)


def settle(page) -> None:
    """Wait until the script run triggered by the last action has finished."""
    page.wait_for_timeout(300)
    page.locator('[data-testid="stStatusWidget"]').wait_for(state="detached", timeout=20_000)


def test_review_clip_export_and_scorecard(server: str, shots: Path, tmp_path: Path) -> None:
    with playwright_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport=VIEWPORT, accept_downloads=True)
            page = context.new_page()
            page.set_default_timeout(45_000)  # a busy 2-core machine can be slow
            sign_in(page, server, "supervisor")

            # Worst calls: the queue is ranked; picking its first row opens that call.
            page.locator('[data-testid="stDataFrame"]').first.wait_for()
            settle(page)
            page.screenshot(path=shots / "01-worst-calls.png")
            grid = page.locator('[data-testid="stDataFrame"]').first
            box = grid.bounding_box()
            assert box is not None
            page.mouse.click(box["x"] + 18, box["y"] + 35 + 17)  # the selection cell of the first row
            page.wait_for_url("**/review?call=C-1001*")
            page.get_by_text("Call C-1001").wait_for()
            settle(page)

            # Review: clicking a moment seeks the audio to it.
            player = page.frame_locator('iframe[title="Call player and transcript"]')
            chip = player.locator("button.moment.blame_shift")
            chip.wait_for()
            moment_start = float(chip.get_attribute("data-seek") or "nan")
            audio = player.locator("#audio")
            audio.evaluate("a => a.readyState >= 1 || new Promise(r => a.addEventListener('loadedmetadata', r))")
            chip.click()
            page.wait_for_timeout(400)
            position = float(audio.evaluate("a => a.currentTime"))
            assert moment_start - 0.1 <= position < moment_start + 3.0, (position, moment_start)
            active = player.locator(".line.active .text").inner_text()
            assert "not our fault" in active
            page.screenshot(path=shots / "02-review-playing-moment.png")

            # Clip that moment into a new coaching session.
            # Streamlit gives each keyed widget the class st-key-<key>; the Clip button's key names the moment
            # (":" becomes "-" in the class).
            page.locator('[class*="st-key-clip_C-1001-blame_shift-"] button').first.click()
            settle(page)
            page.get_by_label("Title for a new session").fill("E2E: owning the problem")
            page.get_by_label("Talking points").fill("Who owns the double charge?")
            page.get_by_role("button", name="Add clip to session").click()
            page.get_by_text("added to").wait_for()
            page.screenshot(path=shots / "03-review-clip-added.png")

            # Coaching: the new session is selected; export it as one HTML page.
            page.locator('[data-testid="stSidebarNav"] a', has_text="Coaching").click()
            playwright_api.expect(page.get_by_label("Session title")).to_have_value("E2E: owning the problem")
            settle(page)
            page.get_by_role("tab", name="Export").click()
            page.get_by_role("button", name="Prepare HTML export").click()
            download_button = page.get_by_role("button", name="Download the session page")
            download_button.wait_for()
            page.screenshot(path=shots / "04-coaching-export.png")
            with page.expect_download() as download_info:
                download_button.click()
            exported = tmp_path / "export.html"
            download_info.value.save_as(exported)
            text = exported.read_text(encoding="utf-8")
            assert "<audio" in text and "data:audio/ogg;base64," in text
            assert "E2E: owning the problem" in text and "Who owns the double charge?" in text

            # The executive scorecard renders a Plotly chart.
            page.get_by_role("button", name="Sign out").click()
            page.get_by_label("Username").wait_for()  # signed out (and the remembered sign-in ended)
            sign_in(page, server, "executive")
            page.locator('[data-testid="stSidebarNav"] a', has_text="Scorecard").first.click()
            page.locator(".js-plotly-plot").first.wait_for(timeout=30_000)
            settle(page)
            page.screenshot(path=shots / "05-scorecard.png", full_page=True)
        finally:
            browser.close()


def test_sign_in_survives_a_reload_and_a_new_tab_until_sign_out(server: str) -> None:
    with playwright_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport=VIEWPORT)
            page = context.new_page()
            page.set_default_timeout(45_000)  # a busy 2-core machine can be slow
            sign_in(page, server, "supervisor")
            settle(page)
            cookie = next(c for c in context.cookies() if c["name"] == "earshot_session")
            assert cookie["sameSite"] == "Strict" and "supervisor" not in cookie["value"]  # signed, not plain

            page.reload()
            page.get_by_text("Signed in as supervisor").wait_for()
            other = context.new_page()
            other.goto(server + "/search")
            other.get_by_text("Signed in as supervisor").wait_for()
            other.close()

            page.get_by_role("button", name="Sign out").click()
            page.get_by_label("Username").wait_for()
            settle(page)
            page.reload()
            page.get_by_label("Username").wait_for()
            assert not [c for c in context.cookies() if c["name"] == "earshot_session"]

            # A forged or tampered cookie signs nobody in.
            context.add_cookies([{"name": "earshot_session", "value": cookie["value"][:-2] + "xx", "url": server}])
            page.reload()
            page.get_by_label("Username").wait_for()
            assert page.get_by_text("Signed in as").count() == 0
        finally:
            browser.close()


def test_qa_loop_override_dispute_overturn_changes_the_scorecard(server: str, shots: Path) -> None:
    """Auto-filled QA form → override with a reason → the agent disputes → a supervisor overturns → the
    Scorecard's human QA changes."""

    def human_qa_mean(page) -> float:
        page.goto(server + "/scorecard")
        page.get_by_text("Show automatic and human QA for this period").click()
        metric = page.locator('[data-testid="stMetric"]', has_text="Human QA, mean")
        metric.wait_for(timeout=30_000)
        return float(metric.locator('[data-testid="stMetricValue"]').inner_text())

    def sign_out(page) -> None:
        page.get_by_role("button", name="Sign out").click()
        page.get_by_label("Username").wait_for()

    with playwright_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_context(viewport=VIEWPORT).new_page()
            page.set_default_timeout(45_000)  # a busy 2-core machine can be slow
            sign_in(page, server, "supervisor")
            page.goto(server + "/review?call=C-1001")
            page.get_by_role("tab", name="QA").click()
            ownership = page.locator(".st-key-qa_C-1001_ownership")
            ownership.get_by_role("radio", name="Met", exact=True).click()
            settle(page)
            page.locator(".st-key-qa_reason_C-1001_ownership input").fill("Owned it with the call back")
            page.locator(".st-key-qa_reason_C-1001_ownership input").press("Enter")
            settle(page)
            page.locator(".st-key-qa_save_C-1001 button").click()
            page.locator('[data-testid="stMetric"]', has_text="Human QA").wait_for()  # saved: both scores shown
            settle(page)
            page.screenshot(path=shots / "06-review-qa-override.png", full_page=True)
            before = human_qa_mean(page)
            sign_out(page)

            sign_in(page, server, "agent")
            page.goto(server + "/my-qa?call=C-1001")
            page.get_by_label("Why?").fill("I closed the call properly")
            page.get_by_role("button", name="Send dispute").click()
            page.get_by_text("waiting for a supervisor").wait_for()
            sign_out(page)

            sign_in(page, server, "supervisor")
            page.goto(server + "/qa-queue")
            page.get_by_text("I closed the call properly").wait_for()
            page.get_by_label("Reason (the agent sees it)").fill("Agreed")
            page.get_by_role("button", name="Decide").click()
            page.get_by_text("No open disputes").wait_for()
            assert human_qa_mean(page) > before
        finally:
            browser.close()
