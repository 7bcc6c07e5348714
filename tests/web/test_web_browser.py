"""End to end in a real browser: Debian's chromium driven by Playwright against the workbench served by
uvicorn on a free port, with an account (so the login page is part of the run). Screenshots of the
main pages go to tests/web/screenshots/ (not committed; a few are copied to docs/screenshots/)."""

from __future__ import annotations

import csv
import io
import json
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest
from tests.web.helpers import ROOT

from compliance.cli import _load
from compliance.diff import diff_proposal
from compliance.web.routes_check import DOWNLOADS

CHROMIUM = "/usr/bin/chromium"
SHOTS = Path(__file__).with_name("screenshots")
DRAFT = Path(__file__).with_name("data") / "nhap-pho-phong.feature"
# the workbook when the Excel reader is there, else the same organization as YAML
CAN_THO = next(p for p in (ROOT / "fixtures" / "can-tho-2023.xlsx", ROOT / "fixtures" / "can-tho-2023.yaml") if p.exists())
PROPOSAL = ROOT / "fixtures" / "can-tho-2023-proposal.yaml"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn

    from compliance.web.app import create_app
    from compliance.web.security import add_user
    from compliance.web.storage import open_database

    sessions = open_database(f"sqlite:///{tmp_path_factory.mktemp('e2e') / 'web.sqlite3'}")
    with sessions() as db:
        add_user(db, "lan", "mat-khau-lan", "analyst", "test")
        db.commit()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(sessions=sessions), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def page(server):
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail("chromium not found at /usr/bin/chromium: install it with `apt-get install -y chromium` "
                    "(.ci/run does this)", pytrace=False)
    SHOTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"])
        context = browser.new_context(viewport={"width": 1366, "height": 768}, accept_downloads=True, base_url=server)
        pg = context.new_page()
        pg.set_default_timeout(60_000)
        yield pg
        context.close()
        browser.close()


def shot(page, name: str) -> None:
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=False)


def number(page, selector: str) -> int:
    return int(page.locator(selector).inner_text())


def wait_report(page) -> None:
    page.wait_for_selector("#total, #problems", timeout=120_000)


def test_workbench_end_to_end(page, tmp_path):
    expected = _load(str(CAN_THO))
    from compliance.check import check

    expected = check(getattr(expected, "result", expected))
    # log in
    page.goto("/")
    assert "/login" in page.url
    shot(page, "dang-nhap")
    page.fill("input[name=name]", "lan")
    page.fill("input[name=password]", "mat-khau-lan")
    page.click("button[type=submit]")
    page.wait_for_selector("#upload-form")
    # upload the Cần Thơ organization into a new dossier
    page.fill("#dossier-name", "Đề án sắp xếp thành phố Cần Thơ")
    page.set_input_files("#file", str(CAN_THO))
    shot(page, "trang-chu")
    page.click("#submit-check")
    wait_report(page)
    assert number(page, "#total") == len(expected.findings)
    shot(page, "bao-cao")
    # filter to one unit (the select submits on change)
    unit = expected.findings[0].subject_id
    with page.expect_navigation():
        page.select_option("#filter-unit", unit)
    assert number(page, "#shown") == sum(f.subject_id == unit for f in expected.findings)
    # expand a finding: its explanation shows the legal basis
    first = page.locator("details.explain").first
    first.locator("summary").click()
    assert first.locator("dl").is_visible()
    assert expected.findings[0].legal_basis in first.inner_text()
    shot(page, "bao-cao-mo-rong")
    # download the report and read it back
    fmt = "xlsx" if "xlsx" in DOWNLOADS else "csv"
    with page.expect_download() as info:
        page.click(f"#dl-{fmt}")
    saved = tmp_path / f"bao-cao.{fmt}"
    info.value.save_as(saved)
    if fmt == "xlsx":
        import openpyxl

        book = openpyxl.load_workbook(saved, read_only=True)
        cells = [c.value for sheet in book.worksheets for row in sheet.iter_rows() for c in row]
        text = "\n".join(str(c) for c in cells if c is not None)
    else:
        text = "\n".join(",".join(row) for row in csv.reader(io.StringIO(saved.read_text(encoding="utf-8-sig"))))
    assert all(f.code in text for f in expected.findings)
    # the proposal as the dossier's second version: resolved / new / persisting
    page.click(".crumbs a")
    page.set_input_files("#file", str(PROPOSAL))
    page.click("#submit-check")
    wait_report(page)
    totals = diff_proposal(_load(str(PROPOSAL))).totals()
    assert number(page, "#diff-new") == totals["moi"]
    assert number(page, "#diff-resolved") == totals["da_khac_phuc"]
    assert number(page, "#diff-persisting") == totals["con_ton_tai"]
    shot(page, "so-sanh-phien-ban")
    page.click(".crumbs a")
    assert page.locator("#versions tbody tr").count() == 2
    shot(page, "ho-so")
    # write a draft rule, run it, check with it
    page.goto("/drafts")
    page.fill("#draft-name", "NHAP.PHO.PHONG")
    page.fill("#draft-text", DRAFT.read_text(encoding="utf-8"))
    page.click("#draft-create")
    page.wait_for_selector("#draft-run")
    page.click("#draft-run")
    page.wait_for_selector("#run-summary")
    assert "2 kịch bản: 2 đạt, 0 không đạt." in page.inner_text("#run-summary")
    shot(page, "quy-tac-nhap")
    page.goto("/")
    page.fill("#dossier-name", "Cần Thơ với quy tắc nháp")
    page.set_input_files("#file", str(CAN_THO))
    page.select_option("#draft", label="NHAP.PHO.PHONG")
    page.click("#submit-check")
    wait_report(page)
    assert "NHAP.PHO.PHONG" in page.inner_text("#draft-banner")
    # the catalogue by date
    page.goto("/rules?as_of=08/09/2023")
    assert number(page, "#rule-count") > 0
    shot(page, "quy-tac")


def test_large_upload_runs_in_the_background_with_progress(page):
    from bench.generate import generate

    raw = json.dumps(generate(6000, seed=7), ensure_ascii=False).encode("utf-8")
    page.goto("/")
    page.fill("#dossier-name", "Cả nước (thử)")
    page.set_input_files("#file", files=[{"name": "ca-nuoc.json", "mimeType": "application/json", "buffer": raw}])
    page.click("#submit-check")
    page.wait_for_selector("#progress")    # the page answers at once; the check runs behind it
    shot(page, "dang-xu-ly")
    assert page.locator("#bar").get_attribute("max") is not None
    page.wait_for_selector("#total", timeout=180_000)
    assert number(page, "#total") >= 0


def teardown_module(module):
    """A few screenshots for the README (docs/screenshots/) when asked: ORGCHECK_SCREENSHOTS=1."""
    import os

    if os.environ.get("ORGCHECK_SCREENSHOTS") and SHOTS.is_dir():
        target = ROOT / "docs" / "screenshots"
        target.mkdir(parents=True, exist_ok=True)
        for name in ("trang-chu", "bao-cao", "bao-cao-mo-rong", "so-sanh-phien-ban", "quy-tac-nhap"):
            if (SHOTS / f"{name}.png").exists():
                shutil.copy(SHOTS / f"{name}.png", target / f"{name}.png")
