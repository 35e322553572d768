"""The HTML report in a real browser: headless Chromium, driven by selenium through chromedriver.

Every relation and every graph node is on the page, a click on a relation shows both spans side
by side, the console stays clean, nothing is fetched from the network, and nothing from the
accounts runs. Skipped, saying why, where Chromium or its driver is missing; .ci/run installs
them (Debian's chromium and chromium-driver), so CI runs these tests.

Set CLAIMDIFF_SCREENSHOT=/some/file.png to keep a copy of the screenshot of the Moura report.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

# tests/report/cases.py as `report.cases`: tests/ has no __init__.py, so pytest puts it on sys.path.
from report.cases import ROOT, empty, hostile, moura, revisions, xss_accounts

from claimdiff.cli import main
from claimdiff.model import Case, Comparison, Document
from claimdiff.pipeline import compare_case
from claimdiff.report import render

CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = os.environ.get("CHROMEDRIVER") or shutil.which("chromedriver") or "/usr/bin/chromedriver"
# CI sets this: there, a missing browser is a failure, not a reason to skip.
REQUIRED = os.environ.get("CLAIMDIFF_REQUIRE_BROWSER") == "1"
MISSING = None
if not (Path(CHROMIUM).is_file() and Path(CHROMEDRIVER).is_file()):
    MISSING = (
        f"headless Chromium is not installed ({CHROMIUM}, {CHROMEDRIVER}): "
        "apt-get install chromium chromium-driver (.ci/run does)"
    )
try:
    from selenium import webdriver
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait
except ImportError:
    MISSING = MISSING or "selenium is not installed: pip install '.[test]'"

pytestmark = pytest.mark.skipif(MISSING is not None and not REQUIRED, reason=MISSING or "")

CASES = {
    "moura": moura,
    "xss-accounts": xss_accounts,
    "hostile": hostile,
    "empty": empty,
    "revisions": revisions,
}
# Installed before any script of the page: a payload that ran would call one of these.
CANARY = """
window.__xss = [];
['alert', 'confirm', 'prompt'].forEach(function (name) {
  window[name] = function () { window.__xss.push(name); };
});
"""


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    if MISSING:
        pytest.fail(f"CLAIMDIFF_REQUIRE_BROWSER=1 but {MISSING}")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    profile = tmp_path_factory.mktemp("chromium-profile")
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--no-first-run",
        "--no-default-browser-check",
        "--window-size=1400,1000",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    # The driver is named, so selenium never looks for (or downloads) one of its own.
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": CANARY})
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The reports as files: the bundled cases through `claimdiff report` (every pair listed, as
    the tests below count them; "moura-folded" as `report` writes it by default), the others
    rendered."""
    folder = tmp_path_factory.mktemp("reports")
    out = {}
    for name, extra in (("moura", ["--pairs"]), ("xss-accounts", ["--pairs"]), ("moura-folded", [])):
        path = folder / f"{name}.html"
        case = ROOT / "fixtures" / name.removesuffix("-folded")
        result = CliRunner().invoke(main, ["report", str(case), "-o", str(path), *extra])
        assert result.exit_code == 0, result.output
        out[name] = path
    for name, make in (("hostile", hostile), ("empty", empty), ("revisions", revisions)):
        out[name] = folder / f"{name}.html"
        out[name].write_text(render("html", make()), encoding="utf-8")
    return out


def _open(driver: Any, path: Path) -> str:
    """Load the page afresh with empty logs; wait until its script has drawn it."""
    driver.get("about:blank")
    driver.get_log("browser")
    driver.get_log("performance")
    url = path.resolve().as_uri()
    driver.get(url)
    WebDriverWait(driver, 30).until(lambda d: d.execute_script("return document.body.dataset.ready") == "1")
    return url


def _requests(driver: Any, page_url: str) -> list[str]:
    """Every URL the page asked for, other than itself and inline data: URLs."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            url = message["params"]["request"]["url"]
            if url != page_url and not url.startswith("data:"):
                urls.append(url)
    resources = driver.execute_script(
        "return performance.getEntriesByType('resource').map(function (e) { return e.name; })"
    )
    return urls + [u for u in resources if not u.startswith("data:")]


def _problems(driver: Any) -> list[dict[str, Any]]:
    """Console errors and warnings (a blocked script or style would be one)."""
    return [e for e in driver.get_log("browser") if e["level"] in ("SEVERE", "WARNING")]


@pytest.mark.parametrize("name", list(CASES))
def test_every_relation_and_node_is_on_the_page(browser: Any, pages: dict[str, Path], name: str) -> None:
    comparison: Comparison = CASES[name]()
    _open(browser, pages[name])
    relation_ids = [r.id for r in comparison.relations]
    node_ids = [s.id for s in comparison.sources] + [c.id for c in comparison.claims]
    missing = browser.execute_script(
        """
        var rels = arguments[0], nodes = arguments[1], cy = window.claimdiffReport.cy;
        function q(sel) { return document.querySelectorAll(sel).length; }
        var out = {rows: [], badges: [], edges: [], list: [], cy: [], tables: []};
        rels.forEach(function (id) {
          if (q('tr.rel[data-relation="' + id + '"]') !== 1) out.rows.push(id);
          if (q('button.badge[data-relation="' + id + '"]') < 1) out.badges.push(id);
          if (!cy || cy.getElementById(id).empty() || !cy.getElementById(id).isEdge()) out.edges.push(id);
        });
        nodes.forEach(function (id) {
          if (q('#graph-nodes [data-node="' + id + '"]') !== 1) out.list.push(id);
          if (!cy || cy.getElementById(id).empty() || !cy.getElementById(id).isNode()) out.cy.push(id);
          if (q('tr[data-node="' + id + '"]') !== 1) out.tables.push(id);
        });
        return out;
        """,
        relation_ids,
        node_ids,
    )
    assert missing == {"rows": [], "badges": [], "edges": [], "list": [], "cy": [], "tables": []}
    counts = browser.execute_script(
        "var cy = window.claimdiffReport.cy;"
        "return [cy.nodes().length, cy.edges('[kind != \"states\"]').not('.pair').length];"
    )
    assert counts == [len(node_ids), len(relation_ids)]
    # The graph is drawn: the canvas is on the page and has a size.
    size = browser.execute_script(
        "var r = document.getElementById('cy').getBoundingClientRect(); return [r.width, r.height];"
    )
    assert size[0] > 400 and size[1] > 300
    assert _problems(browser) == []


def test_clicking_a_relation_shows_both_spans_side_by_side(browser: Any, pages: dict[str, Path]) -> None:
    comparison = moura()
    _open(browser, pages["moura"])
    rel = next(r for r in comparison.relations if r.kind.value == "contradiction")
    button = browser.find_element(By.CSS_SELECTOR, f'tr.rel[data-relation="{rel.id}"] button.rid')
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)
    button.click()
    WebDriverWait(browser, 10).until(
        lambda d: d.execute_script("return document.getElementById('compare').open")
    )
    dialog = browser.find_element(By.ID, "compare")
    assert dialog.get_attribute("data-relation") == rel.id
    sides = dialog.find_elements(By.CSS_SELECTOR, ".side")
    assert len(sides) == 2
    marks = [side.find_element(By.CSS_SELECTOR, "blockquote mark").text for side in sides]
    expected = [v.value.text for v in (rel.values[0], rel.values[-1])]
    assert marks == expected
    a, b = (side.rect for side in sides)
    assert a["x"] + a["width"] <= b["x"] + 1, "side by side, A on the left"
    assert abs(a["y"] - b["y"]) < 2
    for side, sid in zip(sides, rel.sources, strict=True):
        assert comparison.source(sid).name in side.text
    # Escape closes it; a marked span in a document opens its relation again.
    browser.find_element(By.TAG_NAME, "body").send_keys(Keys.ESCAPE)
    WebDriverWait(browser, 10).until(
        lambda d: not d.execute_script("return document.getElementById('compare').open")
    )
    mark = browser.find_element(By.CSS_SELECTOR, f'.doctext mark[data-open="{rel.id}"]')
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", mark)
    mark.click()
    assert browser.execute_script("return document.getElementById('compare').dataset.relation") == rel.id
    browser.execute_script("document.getElementById('compare').close()")
    # So does an edge of the graph.
    other = comparison.relations[-1].id
    browser.execute_script("window.claimdiffReport.cy.getElementById(arguments[0]).emit('tap')", other)
    assert browser.execute_script("return document.getElementById('compare').dataset.relation") == other
    browser.execute_script("document.getElementById('compare').close()")
    assert _problems(browser) == []


def test_conflicts_lead_the_page_one_row_each(browser: Any, pages: dict[str, Path]) -> None:
    comparison = moura()
    _open(browser, pages["moura"])
    assert comparison.conflicts
    found = browser.execute_script(
        """
        var sections = Array.from(document.querySelectorAll('#app > section'))
          .map(function (s) { return s.id; });
        var rows = Array.from(document.querySelectorAll('tr.conflict')).map(function (r) {
          return [r.dataset.conflict, r.querySelectorAll('button[data-open]').length, r.textContent];
        });
        return {sections: sections, rows: rows};
        """
    )
    assert found["sections"].index("conflicts") < found["sections"].index("matrix")
    # The agreements are folded; the contradictions and omissions are not.
    folds = browser.execute_script(
        "return Array.from(document.querySelectorAll('#relations details.fold'))"
        ".map(function (d) { return [d.dataset.kind, d.open]; });"
    )
    assert folds == [["agreement", False]]
    agreement = next(r.id for r in comparison.relations if r.kind.value == "agreement")
    browser.execute_script("window.claimdiffReport.openRelation(arguments[0])", agreement)
    assert browser.execute_script("return document.querySelector('#relations details.fold').open") is True
    browser.execute_script("document.getElementById('compare').close()")
    assert [row[0] for row in found["rows"]] == [c.id for c in comparison.conflicts]
    for (_, buttons, text), conflict in zip(found["rows"], comparison.conflicts, strict=True):
        assert buttons == len(conflict.relations)
        for side in conflict.sides:
            for voice in side:
                assert comparison.source(voice).name in text
    # A relation's button opens it side by side.
    first = comparison.conflicts[0].relations[0]
    button = browser.find_element(By.CSS_SELECTOR, f'tr.conflict button[data-open="{first}"]')
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)
    button.click()
    assert browser.execute_script("return document.getElementById('compare').dataset.relation") == first
    browser.execute_script("document.getElementById('compare').close()")
    assert _problems(browser) == []


def test_the_graph_opens_on_the_voices_one_edge_per_pair_and_kind(
    browser: Any, pages: dict[str, Path]
) -> None:
    from claimdiff.graph import voice_edges

    comparison = moura()
    edges = voice_edges(comparison)
    _open(browser, pages["moura"])
    shown = browser.execute_script(
        """
        var cy = window.claimdiffReport.cy;
        var on = function (e) { return e.style('display') !== 'none'; };
        return {edges: cy.edges().filter(on).map(function (e) {
                  return [e.data('source'), e.data('target'), e.data('kind'), e.data('weight')]; }),
                claims: cy.nodes('[kind = "claim"]').filter(on).length,
                voices: cy.nodes('[kind = "source"]').filter(on).length};
        """
    )
    assert sorted(map(tuple, shown["edges"])) == sorted(
        (e.source, e.target, e.kind.value, e.weight) for e in edges
    )
    assert shown["claims"] == 0 and shown["voices"] == len(comparison.sources)
    # A pair's edge opens its first relation side by side.
    contra = next(e for e in edges if e.kind.value == "contradiction")
    browser.execute_script(
        "var first = arguments[0];"
        "window.claimdiffReport.cy.edges('.pair')"
        ".filter(function (e) { return e.data('relations')[0] === first; }).emit('tap');",
        contra.relations[0],
    )
    assert (
        browser.execute_script("return document.getElementById('compare').dataset.relation")
        == contra.relations[0]
    )
    browser.execute_script("document.getElementById('compare').close()")
    assert _problems(browser) == []


def test_graph_filters_by_aspect_and_kind(browser: Any, pages: dict[str, Path]) -> None:
    comparison = moura()
    _open(browser, pages["moura"])
    browser.find_element(By.ID, "graph-detail").click()  # the claims and each relation
    visible = """
        var cy = window.claimdiffReport.cy;
        return cy.edges('[kind != "states"]').filter(function (e) { return e.style('display') !== 'none'; })
          .map(function (e) { return e.id(); }).sort();
    """
    browser.execute_script(
        "var s = document.getElementById('aspect-filter'); s.value = 'victims';"
        "s.dispatchEvent(new Event('change'));"
    )
    victims = sorted(r.id for r in comparison.relations if r.aspect.value == "victims")
    assert browser.execute_script(visible) == victims
    browser.find_element(By.CSS_SELECTOR, 'input[data-kind="contradiction"]').click()
    shown = browser.execute_script(visible)
    assert shown == sorted(
        r.id for r in comparison.relations if r.aspect.value == "victims" and r.kind.value != "contradiction"
    )


@pytest.mark.parametrize("name", [*CASES, "moura-folded"])
def test_no_console_errors_and_no_network(browser: Any, pages: dict[str, Path], name: str) -> None:
    url = _open(browser, pages[name])
    # Open every relation, so every quote has been put on the page once.
    browser.execute_script(
        """
        var report = window.claimdiffReport;
        report.data.relations.forEach(function (r) { report.openRelation(r.id); });
        document.getElementById('compare').close();
        """
    )
    assert _problems(browser) == []
    assert _requests(browser, url) == []


@pytest.mark.parametrize("name", ["xss-accounts", "hostile"])
def test_nothing_from_the_accounts_runs(browser: Any, pages: dict[str, Path], name: str) -> None:
    comparison: Comparison = CASES[name]()
    _open(browser, pages[name])
    browser.execute_script(
        """
        var report = window.claimdiffReport;
        report.data.relations.forEach(function (r) { report.openRelation(r.id); });
        document.getElementById('compare').close();
        """
    )
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018
    state = browser.execute_script(
        """
        var onAttrs = [];
        document.querySelectorAll('*').forEach(function (el) {
          Array.prototype.forEach.call(el.attributes, function (a) {
            if (a.name.indexOf('on') === 0) onAttrs.push(el.tagName + ' ' + a.name);
          });
        });
        return {
          xss: window.__xss,
          scripts: Array.prototype.map.call(document.scripts, function (s) { return s.id; }),
          images: Array.prototype.map.call(document.images, function (i) { return i.id; }),
          links: Array.prototype.map.call(document.querySelectorAll('a[href]'), function (a) {
            return a.getAttribute('href'); }),
          onAttrs: onAttrs,
          text: document.body.textContent,
          title: document.title
        };
        """
    )
    assert state["xss"] == []
    assert state["scripts"] == ["data", "cytoscape", "app-script"]
    assert state["images"] == ["graph-print"]
    assert all(href.startswith("#") for href in state["links"])
    assert state["onAttrs"] == []
    # The payloads are on the page as the words they are.
    for doc in comparison.case.documents:
        for payload in ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "</script>"):
            if payload in doc.text:
                assert payload in state["text"]
    assert state["title"].startswith(comparison.case.title or "")
    assert _problems(browser) == []


def _full_screenshot(driver: Any, path: Path) -> None:
    shot = driver.execute_cdp_cmd(
        "Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True, "fromSurface": True}
    )
    path.write_bytes(base64.b64decode(shot["data"]))


def test_screenshots_light_dark_and_print(browser: Any, pages: dict[str, Path], tmp_path: Path) -> None:
    _open(browser, pages["moura"])
    time.sleep(0.2)  # let the canvas finish its first frame
    light = tmp_path / "moura.png"
    _full_screenshot(browser, light)
    assert light.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and light.stat().st_size > 50_000
    if os.environ.get("CLAIMDIFF_SCREENSHOT"):
        shutil.copyfile(light, os.environ["CLAIMDIFF_SCREENSHOT"])

    background = "return getComputedStyle(document.documentElement).backgroundColor"
    assert browser.execute_script(background) == "rgb(255, 255, 255)"
    try:
        browser.execute_cdp_cmd(
            "Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "dark"}]}
        )
        assert browser.execute_script(background) == "rgb(21, 23, 27)"
        _full_screenshot(browser, tmp_path / "moura-dark.png")

        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print", "features": []})
        shown = browser.execute_script(
            """
            function display(sel) { return getComputedStyle(document.querySelector(sel)).display; }
            return {controls: display('.controls'), canvas: display('#cy'), nav: display('nav'),
                    picture: display('#graph-print'), tables: display('#relations table'),
                    src: document.getElementById('graph-print').getAttribute('src').slice(0, 22)};
            """
        )
        assert shown == {
            "controls": "none",
            "canvas": "none",
            "nav": "none",
            "picture": "block",
            "tables": "table",
            "src": "data:image/png;base64,",
        }
        pdf = browser.execute_cdp_cmd("Page.printToPDF", {"printBackground": False})
        (tmp_path / "moura.pdf").write_bytes(base64.b64decode(pdf["data"]))
        assert (tmp_path / "moura.pdf").read_bytes()[:5] == b"%PDF-"
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "", "features": []})
    assert _problems(browser) == []


def test_statements_compared_with_nothing_are_listed_folded(browser: Any, pages: dict[str, Path]) -> None:
    comparison = moura()
    left = comparison.not_compared()
    assert left
    _open(browser, pages["moura"])
    found = browser.execute_script(
        """
        var s = document.getElementById('not-compared');
        var rows = Array.from(s.querySelectorAll('tr[data-statement]')).map(function (r) {
          return [r.dataset.statement, r.children[2].textContent];
        });
        return {open: s.querySelector('details').open, rows: rows,
                nav: !!document.querySelector('nav a[href="#not-compared"]')};
        """
    )
    assert found["open"] is False and found["nav"] is True
    assert found["rows"] == [[st.id, why] for st, why in left]
    assert _problems(browser) == []


def test_a_document_cites_where_it_was_published(browser: Any, tmp_path: Path) -> None:
    docs = (
        Document(
            id="d1",
            path="police.txt",
            text="At least 70 people died in the floods on Saturday, the police said.",
            outlet="Vessary Herald",
            url="https://news.example.org/vessary?id=7",
            published="2023-09-10",
        ),
        Document(
            id="d2", path="mayor.txt", text="About 30 people died in the floods on Saturday, the mayor said."
        ),
    )
    page = tmp_path / "cited.html"
    page.write_text(render("html", compare_case(Case("Vessary", None, docs))), encoding="utf-8")
    _open(browser, page)
    found = browser.execute_script(
        """
        return Array.from(document.querySelectorAll('article.doc')).map(function (a) {
          var link = a.querySelector('a[href]');
          var href = link ? link.getAttribute('href') : null;
          return [a.dataset.document, href, a.querySelector('p.path').textContent];
        });
        """
    )
    assert found[0][:2] == ["d1", "https://news.example.org/vessary?id=7"]
    assert found[0][2].startswith("Vessary Herald, 2023-09-10")
    assert found[1][1] is None
    assert _problems(browser) == []


def _artifact(path: Path, name: str) -> None:
    """Keep a screenshot where CI collects them (CLAIMDIFF_ARTIFACTS), when it asks."""
    folder = os.environ.get("CLAIMDIFF_ARTIFACTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, Path(folder) / name)


@pytest.mark.parametrize("width", [1400, 400])
def test_the_page_fits_its_width_and_leads_with_the_conflicts(
    browser: Any, pages: dict[str, Path], tmp_path: Path, width: int
) -> None:
    # NOTE: the bundled case's paths are as long as the checkout's folder; a long one must wrap.
    browser.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 700},
    )
    try:
        _open(browser, pages["moura"])
        found = browser.execute_script(
            """
            var doc = document.documentElement, cy = document.getElementById('cy').getBoundingClientRect();
            var first = document.querySelector('#app > section').id;
            return {scroll: doc.scrollWidth, client: doc.clientWidth, cy: cy.right, first: first};
            """
        )
        # Wide tables scroll inside their own box; the page itself never scrolls sideways.
        assert found["scroll"] <= found["client"] <= width
        assert found["cy"] <= width and found["first"] == "summary"
        time.sleep(0.2)
        shot = tmp_path / f"moura-{width}.png"
        _full_screenshot(browser, shot)
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        _artifact(shot, f"moura-{width}px.png")
    finally:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    assert _problems(browser) == []


def test_without_javascript_the_whole_report_is_readable(
    browser: Any, pages: dict[str, Path], tmp_path: Path
) -> None:
    comparison = moura()
    browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    try:
        browser.get("about:blank")
        browser.get(pages["moura"].resolve().as_uri())
        for fold in browser.find_elements(By.CSS_SELECTOR, "#static details > summary"):
            fold.click()  # the agreements are folded, and a fold opens with no script
        text = browser.find_element(By.TAG_NAME, "body").text
        assert "JavaScript is off" in text
        for rel in comparison.relations:
            assert rel.id in text and rel.detail.split(":")[0] in text
        for c in comparison.conflicts:
            assert c.id in text
        assert "…hundreds of civilians" in text or "hundreds of civilians" in text
        assert "Not compared (13 of 23 statements)" in text
        assert all(src.name in text for src in comparison.sources)
        shot = tmp_path / "moura-no-js.png"
        _full_screenshot(browser, shot)
        _artifact(shot, "moura-no-javascript.png")
    finally:
        browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})
    _open(browser, pages["moura"])  # with the script again, the page draws itself
    assert browser.execute_script("return document.querySelectorAll('#static').length") == 0


def test_folded_the_page_links_conflicts_accords_and_positions(browser: Any, pages: dict[str, Path]) -> None:
    """By default the page lists what gathers the pairs: each conflict, accord and position
    several voices hold is a row, a badge, a mark in the documents and a graph edge or node,
    and opens side by side with every voice of each side; no pair is listed."""
    comparison = moura().by_positions()
    _open(browser, pages["moura-folded"])
    shared = [p.id for p in comparison.positions if p.relations and len(p.sources) > 1]
    items = [c.id for c in (*comparison.conflicts, *comparison.accords)] + shared
    found = browser.execute_script(
        """
        var ids = arguments[0], cy = window.claimdiffReport.cy, out = {};
        function q(sel) { return document.querySelectorAll(sel).length; }
        ids.forEach(function (id) {
          out[id] = [q('tr.rel[data-relation="' + id + '"]'),
                     q('button.badge[data-relation="' + id + '"]') > 0,
                     q('.doctext mark[data-relations~="' + id + '"]') > 0,
                     !cy.getElementById(id).empty()];
        });
        out.pairs = q('tr.rel[data-relation^="r"]');
        out.detail = document.getElementById('graph-detail').checked;
        return out;
        """,
        items,
    )
    assert found.pop("detail") is True  # the graph opens on the positions
    assert found.pop("pairs") == len(comparison.relations)  # the omission alone is a pair
    assert found == {i: [1, True, True, True] for i in items}
    conflict = comparison.conflicts[0]
    browser.execute_script("window.claimdiffReport.openRelation(arguments[0])", conflict.id)
    dialog = browser.find_element(By.ID, "compare")
    sides = dialog.find_elements(By.CSS_SELECTOR, ".side")
    for side, voices in zip(sides, conflict.sides, strict=True):
        assert len(side.find_elements(By.CSS_SELECTOR, "blockquote")) == len(voices)
        for voice in voices:
            assert comparison.source(voice).name in side.text
    browser.execute_script("document.getElementById('compare').close()")
    assert _problems(browser) == []
