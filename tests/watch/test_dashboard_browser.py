"""The dashboard in real Chromium (Debian's /usr/bin/chromium, driven by Playwright; no browser download).

Our own redis servers on loopback are scanned into a store; ``ajar serve`` runs as a
subprocess on a free loopback port with its default (Secure) cookies. Without a login every
page redirects to the login page; after login the overview shows the exposures, a timeline
opens, a case goes found → notified and, after the server is locked and re-scanned, to
verified closed. A form posted without its CSRF token is refused. Screenshots go to
``out/screenshots/``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import redis

from tests.conftest import ROOT, run_cli
from tests.support import free_port, stop

from .lab import HOST, _people, _redis

pytestmark = pytest.mark.integration

CHROMIUM = "/usr/bin/chromium"
SCREENSHOTS = ROOT / "out" / "screenshots"
PAGES = ("/", "/exposures", "/exposures/1", "/cases", "/runs", "/runs/1", "/audit")


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, str, dict[str, int]]]:
    """Two open redis servers scanned once; ``ajar serve`` over the store. (base URL, store URL, ports)."""
    url = f"sqlite:///{tmp_path / 'ajar.db'}"
    ports = {"one": free_port(), "two": free_port()}
    procs = [_redis(p, tmp_path) for p in ports.values()]
    serve = None
    try:
        for p in ports.values():
            _people(p, 0, 15)
        r = run_cli("scan", HOST, "-p", ",".join(map(str, ports.values())), "--store", url, "-q", "--timeout", "10")
        assert r.returncode == 0, r.stderr[-1500:]
        add = subprocess.run([sys.executable, "-m", "ajar", "users", "add", "alice", "--password-stdin",
                              "--store", url], input="correct horse battery\n", text=True, capture_output=True,
                             timeout=60)
        assert add.returncode == 0, add.stderr
        port = free_port()
        serve = subprocess.Popen([sys.executable, "-m", "ajar", "serve", "--bind", f"{HOST}:{port}", "--store", url],
                                 stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True,
                                 env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
        base = f"http://{HOST}:{port}"
        deadline = time.monotonic() + 60
        while True:  # ready when the login page answers
            try:
                if httpx.get(f"{base}/login", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if serve.poll() is not None or time.monotonic() > deadline:
                out = serve.stdout.read().decode() if serve.stdout else ""
                pytest.fail(f"ajar serve did not start: {out[-1500:]}")
            time.sleep(0.2)
        yield base, url, ports
    finally:
        if serve is not None:
            stop(serve)  # type: ignore[arg-type]
        for p in procs:
            stop(p)


def _browser():  # type: ignore[no-untyped-def]
    if not shutil.which(CHROMIUM):
        pytest.fail("Chromium is needed: apt-get install -y --no-install-recommends chromium (/usr/bin/chromium)")
    from playwright.sync_api import sync_playwright

    pw = sync_playwright().start()
    try:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True,
                                     args=["--headless", "--no-sandbox", "--disable-gpu",
                                           "--disable-background-networking"])
    except BaseException:  # stop Playwright's event loop, or every later asyncio.run() in this process fails
        pw.stop()
        raise
    return pw, browser


def test_dashboard_in_chromium(served: tuple[str, str, dict[str, int]], tmp_path: Path) -> None:
    base, url, ports = served
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    pw, browser = _browser()
    try:
        ctx = browser.new_context(viewport={"width": 1280, "height": 900})
        page = ctx.new_page()
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        # without a login, every page lands on the login page
        for p in PAGES:
            page.goto(base + p)
            assert page.url == f"{base}/login", p
        page.screenshot(path=str(SCREENSHOTS / "dashboard-login.png"))
        # a wrong password is refused, the right one lets in
        page.fill("input[name=name]", "alice")
        page.fill("input[name=password]", "wrong password here")
        page.click("#login")
        assert "wrong name or password" in page.inner_text("main")
        assert errors == ["Failed to load resource: the server responded with a status of 401 (Unauthorized)"]
        errors.clear()
        page.fill("input[name=name]", "alice")
        page.fill("input[name=password]", "correct horse battery")
        page.click("#login")
        page.wait_for_url(f"{base}/")
        cookie = next(c for c in ctx.cookies() if c["name"] == "ajar_session")
        assert cookie["httpOnly"] and cookie["secure"] and cookie["sameSite"] == "Strict"
        main = page.inner_text("main")
        for p in ports.values():
            assert f"{HOST}:{p}" in main, main[:500]
        assert page.inner_text("#by-severity")
        page.screenshot(path=str(SCREENSHOTS / "dashboard-overview.png"), full_page=True)
        # an exposure's timeline
        page.click(f"text={HOST}:{ports['one']} >> nth=0")
        page.wait_for_selector("#events")
        assert "new" in page.inner_text("#events")
        assert "present" in page.inner_text("#observations")
        page.screenshot(path=str(SCREENSHOTS / "dashboard-timeline.png"), full_page=True)
        xid = page.url.rsplit("/", 1)[1]
        # a case: open it, move it to notified (htmx form)
        page.click("#open-case")
        page.wait_for_url(f"{base}/cases*")
        card = page.locator("article.case-card").first
        card.locator("select[name=to]").select_option("notified")
        card.locator("button").click()
        page.wait_for_selector("section[data-state=notified] article.case-card")
        page.screenshot(path=str(SCREENSHOTS / "dashboard-cases-notified.png"), full_page=True)
        # a form without its CSRF token is refused, with the session cookie sent
        refused = page.request.post(f"{base}/cases/1/move", form={"to": "acknowledged"})
        assert refused.status == 403
        wrong = page.request.post(f"{base}/cases/1/move", form={"to": "acknowledged", "csrf": "forged"})
        assert wrong.status == 403
        # the owner locks the server; a re-scan sees it, and only that closes the case
        r = redis.Redis(HOST, ports["one"], socket_timeout=5)
        r.config_set("requirepass", "locked-after-notice-1")
        r.close()
        scan = run_cli("scan", HOST, "-p", ",".join(map(str, ports.values())), "--store", url, "-q",
                       "--timeout", "10")
        assert scan.returncode == 0, scan.stderr[-1500:]
        page.goto(f"{base}/cases")
        closed = page.locator("section[data-state=verified_closed] article.case-card")
        assert closed.count() == 1
        steps = closed.inner_text()
        assert "notified" in steps and "alice" in steps and "ajar run 2" in steps
        page.screenshot(path=str(SCREENSHOTS / "dashboard-cases-verified-closed.png"), full_page=True)
        page.goto(f"{base}/exposures/{xid}")
        assert "closed" in page.inner_text("#events")
        page.goto(f"{base}/audit")
        audit = page.inner_text("#audit")
        for action in ("login.failed", "login", "case.open", "case.move", "csrf.refused"):
            assert action in audit, action
        page.goto(f"{base}/runs")
        assert page.locator("#runs tbody tr").count() == 2
        # logging out ends the session
        page.click("#logout")
        page.wait_for_url(f"{base}/login")
        page.goto(f"{base}/")
        assert page.url == f"{base}/login"
        assert not errors, errors
    finally:
        browser.close()
        pw.stop()
