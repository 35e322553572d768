"""The HTML report without a browser: one file, escaped data, a policy that allows only its own code.

tests/browser/test_html_report.py opens the same pages in headless Chromium.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path

import pytest

from claimdiff.model import Comparison, RelationKind
from claimdiff.report import render
from claimdiff.report.html import CYTOSCAPE_STYLE_ID, page_data, script_json

from .cases import HOSTILE_TITLE, ROOT, empty, hostile, moura, revisions, xss_accounts

CASES = [moura, xss_accounts, hostile, empty, revisions]
IDS = ["moura", "xss-accounts", "hostile", "empty", "revisions"]
VENDOR = resources.files("claimdiff").joinpath("data", "vendor")


class Page(HTMLParser):
    """The page as the browser's parser sees it: tags, attributes, and the text of each element."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.styles: list[str] = []
        self._open: tuple[str, dict[str, str | None]] | None = None
        self._text: list[str] = []
        self.feed(text)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in ("script", "style"):
            self._open, self._text = (tag, dict(attrs)), []

    def handle_data(self, data: str) -> None:
        if self._open:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if self._open and tag == self._open[0]:
            content = "".join(self._text)
            if tag == "script":
                self.scripts.append((self._open[1], content))
            else:
                self.styles.append(content)
            self._open = None


def _sha(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def _policy(page: Page) -> dict[str, list[str]]:
    metas = [a for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert len(metas) == 1
    directives = {}
    for part in (metas[0]["content"] or "").split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


@pytest.mark.parametrize("make", CASES, ids=IDS)
def test_page_structure_and_policy(make) -> None:  # type: ignore[no-untyped-def]
    text = render("html", make())
    assert text.startswith("<!DOCTYPE html>\n") and text.endswith("</html>\n")
    page = Page(text)
    assert [a.get("id") for a, _ in page.scripts] == ["data", "cytoscape", "app-script"]
    assert page.scripts[0][0].get("type") == "application/json"
    policy = _policy(page)
    assert policy["default-src"] == ["'none'"]
    assert policy["connect-src"] == ["'none'"]
    assert policy["base-uri"] == ["'none'"] and policy["form-action"] == ["'none'"]
    assert policy["img-src"] == ["data:"]
    # Exactly the two scripts that run, and the one style sheet, by their hashes.
    assert policy["script-src"] == [_sha(page.scripts[1][1]), _sha(page.scripts[2][1])]
    assert len(page.styles) == 1 and policy["style-src"] == [_sha(page.styles[0])]
    assert not any("unsafe" in v for values in policy.values() for v in values)


@pytest.mark.parametrize("make", CASES, ids=IDS)
def test_no_markup_from_the_accounts(make) -> None:  # type: ignore[no-untyped-def]
    text = render("html", make())
    page = Page(text)
    allowed = {"html", "head", "meta", "link", "title", "style", "body", "noscript", "p", "div", "script"}
    # The content without JavaScript, inside <noscript>: the page's own markup around escaped text.
    allowed |= {"section", "h1", "h2", "h3", "table", "thead", "tbody", "tr", "th", "td", "b", "mark", "br"}
    allowed |= {"details", "summary", "article"}
    assert {t for t, _ in page.tags} <= allowed
    for tag, attrs in page.tags:
        assert not [name for name in attrs if name.startswith("on")], (tag, attrs)
        for name in ("src", "href", "action", "formaction"):
            assert attrs.get(name) in (None, "data:,"), (tag, attrs)
    assert "<script>alert" not in text and "<img" not in text
    # An account's "javascript:" may be shown as text (escaped, inside <noscript>), never as a
    # link: the attributes above hold no URL but the empty icon's.
    # The embedded data holds no character that could end its element or a JavaScript string.
    raw = page.scripts[0][1]
    assert not set(raw) & {"<", ">", "&", "\u2028", "\u2029"}


@pytest.mark.parametrize("make", CASES, ids=IDS)
def test_embedded_data_round_trips(make) -> None:  # type: ignore[no-untyped-def]
    comparison = make()
    page = Page(render("html", comparison))
    data = json.loads(page.scripts[0][1])
    assert data == json.loads(json.dumps(page_data(comparison)))
    assert data["report"] == json.loads(json.dumps(comparison.to_record()))


def test_script_json_escapes() -> None:
    text = script_json({"a": "</script><!-- & \u2028\u2029 >"})
    assert text == '{"a":"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\u2029 \\u003e"}'
    assert json.loads(text) == {"a": "</script><!-- & \u2028\u2029 >"}


def test_title_is_escaped() -> None:
    page = Page(render("html", hostile()))
    titles = [t for t, _ in page.tags if t == "title"]
    assert len(titles) == 1
    text = render("html", hostile())
    head = text.split("<title>", 1)[1].split("</title>", 1)[0]
    assert "<" not in head and HOSTILE_TITLE.split(" ", 1)[0] in head


@pytest.mark.parametrize("make", CASES, ids=IDS)
def test_deterministic(make) -> None:  # type: ignore[no-untyped-def]
    comparison = make()
    assert render("html", comparison) == render("html", comparison)


def test_cytoscape_stylesheet_is_ours() -> None:
    # Cytoscape inserts its own <style> unless one with this id exists; the policy would block it.
    page = Page(render("html", moura()))
    assert [a.get("id") for t, a in page.tags if t == "style"] == [CYTOSCAPE_STYLE_ID]
    assert ".__________cytoscape_container { position: relative; }" in page.styles[0]


# ---------------------------------------------------------------------------
# The data the page shows


@pytest.mark.parametrize("make", CASES, ids=IDS)
def test_documents_are_whole_and_every_relation_is_highlighted(make) -> None:  # type: ignore[no-untyped-def]
    comparison: Comparison = make()
    data = page_data(comparison)
    marked: set[str] = set()
    for doc, case_doc in zip(data["documents"], comparison.case.documents, strict=True):
        pieces = []
        for part in doc["parts"]:
            if "st" in part:
                pieces += [run["t"] for run in part["parts"]]
                assert "".join(run["t"] for run in part["parts"]) == comparison.statement(part["st"]).text
                for run in part["parts"]:
                    marked.update(run.get("rels", []))
            else:
                pieces.append(part["t"])
        assert "".join(pieces) == case_doc.text
    assert marked == {r.id for r in comparison.relations if r.values}


@pytest.mark.parametrize("make", CASES, ids=IDS)
def test_both_sides_of_every_relation(make) -> None:  # type: ignore[no-untyped-def]
    comparison: Comparison = make()
    for rel in page_data(comparison)["relations"]:
        a, b = rel["sides"]
        assert a, rel["id"]
        if rel["kind"] == "omission":
            assert b == [] and rel["missing_in"] == rel["sources"][1]
        else:
            assert len(a) == len(b) == 1
            assert a[0]["source"] == rel["sources"][0] and b[0]["source"] == rel["sources"][1]
        for quote in a + b:
            statement = comparison.statement(quote["statement"])
            assert "".join(quote["text"]) == statement.text
            assert quote["text"][1], "the words the relation rests on"


@pytest.mark.parametrize("make", CASES, ids=IDS)
def test_matrix_shows_who_relates_to_whom(make) -> None:  # type: ignore[no-untyped-def]
    comparison: Comparison = make()
    matrix = page_data(comparison)["matrix"]
    seen: dict[str, list[tuple[str, str]]] = {}
    for row in matrix["rows"]:
        for aspect, entries in row["cells"].items():
            for entry in entries:
                seen.setdefault(entry["rel"], []).append((row["source"], aspect))
    for rel in comparison.relations:
        places = seen[rel.id]
        assert {aspect for _, aspect in places} == {rel.aspect.value}
        voices = {source for source, _ in places}
        if rel.kind is RelationKind.REVISION:
            assert voices == {rel.sources[0]}
        else:
            assert set(rel.sources) <= voices


@pytest.mark.parametrize("make", CASES, ids=IDS)
def test_graph_nodes_and_edges(make) -> None:  # type: ignore[no-untyped-def]
    comparison: Comparison = make()
    graph = page_data(comparison)["graph"]
    ids = [n["id"] for n in graph["nodes"]]
    assert ids == [s.id for s in comparison.sources] + [c.id for c in comparison.claims]
    relation_edges = [e for e in graph["edges"] if e["kind"] != "states"]
    assert [e["id"] for e in relation_edges] == [r.id for r in comparison.relations]
    assert all(e["source"] in ids and e["target"] in ids for e in graph["edges"])
    assert len({e["id"] for e in graph["edges"]}) == len(graph["edges"])


# ---------------------------------------------------------------------------
# The vendored Cytoscape.js and the page's own script


def test_vendored_cytoscape_matches_its_pin() -> None:
    pin = json.loads(VENDOR.joinpath("cytoscape.json").read_text(encoding="utf-8"))
    assert pin["name"] == "cytoscape" and pin["license"] == "MIT"
    assert re.fullmatch(r"\d+\.\d+\.\d+", pin["version"])
    data = VENDOR.joinpath(pin["file"]).read_bytes()
    assert hashlib.sha256(data).hexdigest() == pin["sha256"], "run scripts/vendor_cytoscape.py"
    assert f'cf.version="{pin["version"]}"'.encode() in data
    licence = VENDOR.joinpath("cytoscape.LICENSE").read_text(encoding="utf-8")
    assert "Permission is hereby granted, free of charge" in licence
    assert b"Permission is hereby granted" in data[:2000], "the licence header stays in the inlined copy"


def test_vendor_script_checks_without_network() -> None:
    script = ROOT / "scripts" / "vendor_cytoscape.py"
    result = subprocess.run(
        [sys.executable, str(script), "--check"], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr


def test_app_script_never_writes_markup() -> None:
    app = resources.files("claimdiff").joinpath("data", "html", "report.js").read_text(encoding="utf-8")
    for sink in (
        "innerHTML",
        "outerHTML",
        "insertAdjacentHTML",
        "document.write",
        "eval(",
        "Function(",
        "srcdoc",
    ):
        assert sink not in app, sink
    assert "</script" not in app.lower() and "<!--" not in app


def test_package_data_ships_the_assets() -> None:
    tomllib = pytest.importorskip("tomllib", reason="tomllib is in the standard library from Python 3.11")
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    globs = config["tool"]["setuptools"]["package-data"]["claimdiff"]
    package = ROOT / "claimdiff"
    shipped = {p.relative_to(package).as_posix() for g in globs for p in package.glob(g)}
    for needed in (
        "data/vendor/cytoscape.min.js",
        "data/vendor/cytoscape.LICENSE",
        "data/vendor/cytoscape.json",
        "data/html/report.js",
        "data/html/report.css",
    ):
        assert needed in shipped, needed


def test_compare_format_html_and_markdown(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from claimdiff.cli import main

    for fmt, marker in (("html", "<!DOCTYPE html>"), ("markdown", "# Moura, March 2022")):
        result = CliRunner().invoke(
            main, ["compare", str(ROOT / "fixtures" / "moura"), "-f", fmt, "--fail-on", "never"]
        )
        assert result.exit_code == 0, result.output
        assert result.stdout.startswith(marker)
