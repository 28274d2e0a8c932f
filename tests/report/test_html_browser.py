"""The HTML report in a real headless Chromium: overview, charts and findings render, console stays clean.

Chromium runs with ``--dump-dom`` (the DOM after scripts ran) on a ``file://`` URL, with
networking features off; its stderr carries every console message as ``CONSOLE`` lines.
Chromium missing is a failure that says how to install it, never a skip.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from ajar.models import Report
from ajar.report import render

from .conftest import XSS

CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "chromium", "chromium-browser")
#: where the tests leave their screenshots for a person to look at (git-ignored)
SCREENSHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"


def chromium() -> str:
    for c in CHROMIUM_CANDIDATES:
        path = shutil.which(c)
        if path:
            return path
    pytest.fail(
        "headless Chromium is needed for the HTML report test: apt-get install -y --no-install-recommends "
        "chromium  (Debian package `chromium`, /usr/bin/chromium)"
    )


class _Dom(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {k: v or "" for k, v in attrs}))

    def find(self, tag: str | None = None, **attrs: str) -> list[dict[str, str]]:
        out = []
        for t, a in self.elements:
            if (tag is None or t == tag) and all(a.get(k.replace("_", "-")) == v for k, v in attrs.items()):
                out.append(a)
        return out


def load(page: Path, tmp: Path) -> tuple[str, _Dom, list[str]]:
    """Open ``page`` in headless Chromium; the dumped DOM, parsed, and the console lines."""
    profile = tmp / "profile"
    cmd = [
        chromium(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-extensions",
        f"--user-data-dir={profile}",
        "--enable-logging=stderr",
        "--v=0",
        "--virtual-time-budget=5000",
        "--dump-dom",
        page.as_uri(),
    ]
    env = {**os.environ, "HOME": str(tmp)}
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120, env=env)
    assert proc.returncode == 0, f"chromium exited {proc.returncode}: {proc.stderr[-2000:]}"
    console = [ln for ln in proc.stderr.splitlines() if "CONSOLE" in ln or "Uncaught" in ln]
    dom = _Dom()
    dom.feed(proc.stdout)
    return proc.stdout, dom, console


def screenshot(page: Path, tmp: Path, name: str, size: str = "1280,2400") -> Path:
    """Save a PNG of ``page`` as headless Chromium draws it, under ``out/screenshots/``."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    png = SCREENSHOTS / f"{name}.png"
    cmd = [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
           "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
           "--disable-extensions", f"--user-data-dir={tmp / 'profile-shot'}", "--virtual-time-budget=5000",
           f"--window-size={size}", f"--screenshot={png}", page.as_uri()]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120, env={**os.environ, "HOME": str(tmp)})
    assert proc.returncode == 0, f"chromium exited {proc.returncode}: {proc.stderr[-2000:]}"
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000, "the screenshot is not a drawn page"
    return png


def test_harness_sees_console_errors(tmp_path: Path) -> None:
    """The check below would miss nothing: a page with an error shows it on the console lines."""
    page = tmp_path / "bad.html"
    page.write_text("<!doctype html><body><script>console.error('boom'); nope();</script></body>")
    _, _, console = load(page, tmp_path)
    assert any("boom" in ln for ln in console) and any("Uncaught" in ln for ln in console)


def test_report_renders_in_chromium(report: Report, tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(render(report, "html"), encoding="utf-8")
    text, dom, console = load(page, tmp_path)

    assert not console, "console messages: " + "\n".join(console)
    assert dom.find("body", data_charts_ready="1"), "the chart script did not finish"

    # overview
    assert dom.find("section", id="overview") and dom.find("table", id="services-table")
    assert len(dom.find("div", **{"class": "card"})) >= 3
    assert "people affected" in text
    # charts: drawn by the script, as SVG
    svgs = [a for a in dom.find("svg") if a.get("data-rendered") == "1"]
    assert len(svgs) == 3, f"expected 3 rendered charts, got {len(svgs)}"
    assert len(dom.find("rect", **{"class": "bar"})) == 5
    with_cats = [s for s in report.services if s.categories]
    n_cats = len(set().union(*(s.categories for s in with_cats)))
    n_ds = sum(1 for s in with_cats for d in s.datasets if d.categories)
    assert len(dom.find("rect", **{"class": "cell"})) == n_cats * (len(with_cats) + n_ds)
    # a service's findings
    assert dom.find("details", id="service-0")
    rules = {a["data-rule"] for a in dom.find("div") if "data-rule" in a}
    assert {"exposure.sensitive", "exposure.movement_trail", "compromise.redis_cron"} <= rules
    # hostile names stayed text
    assert not dom.find("img") and len(dom.find("script")) == 2
    assert XSS not in text
    assert not [a for a in dom.find("script") if a.get("src")]
    # the summary leads with the incident; one plan per service
    assert dom.find("section", id="summary") and dom.find("li", **{"class": "incident"})
    assert len(dom.find("div", **{"class": "plan"})) == len([s for s in report.services if s.findings])
    screenshot(page, tmp_path, "report")
