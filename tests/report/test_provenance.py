"""Provenance: each document's outlet, url and publication time, from case.yaml or JSON Lines into
every report as citations."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

import claimdiff
from claimdiff.errors import DatasetError, InputError
from claimdiff.ingest import load_jsonl_cases, load_manifest
from claimdiff.model import Document
from claimdiff.report import render

POLICE = "At least 70 people died in the floods in Vessary on Saturday, the police said.\n"
MAYOR = "About 30 people were killed in the floods in Vessary on Saturday, the mayor said.\n"
URL = "https://news.example.org/2023/09/vessary-floods_(update)?id=7&x=1"
MANIFEST = f"""\
title: Vessary floods
reference_date: 2023-09-11
documents:
  - file: police.txt
    outlet: Vessary Herald
    url: "{URL}"
    published: 2023-09-10T08:30:00+02:00
  - file: mayor.txt
    published: 2023-09-11
"""


def _case(folder: Path, manifest: str = MANIFEST) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "police.txt").write_text(POLICE, encoding="utf-8")
    (folder / "mayor.txt").write_text(MAYOR, encoding="utf-8")
    (folder / "case.yaml").write_text(manifest, encoding="utf-8")
    return folder


def test_case_yaml_gives_each_document_its_provenance(tmp_path: Path) -> None:
    police, mayor = load_manifest(_case(tmp_path / "c")).documents
    assert (police.outlet, police.url, police.published) == (
        "Vessary Herald",
        URL,
        "2023-09-10T08:30:00+02:00",
    )
    assert (mayor.url, mayor.published) == (None, "2023-09-11")


@pytest.mark.parametrize(
    ("old", "new", "says"),
    [
        (f'"{URL}"', "javascript:alert(1)", "does not match"),
        (f'"{URL}"', '"https://a.example/x y"', "does not match"),
        ("published: 2023-09-11", "published: 2023-02-30", "that exists"),
        ("published: 2023-09-11", "published: yesterday", "does not match"),
    ],
)
def test_bad_provenance_is_refused_with_its_line(tmp_path: Path, old: str, new: str, says: str) -> None:
    with pytest.raises(DatasetError, match=says) as info:
        load_manifest(_case(tmp_path / "c", MANIFEST.replace(old, new)))
    assert info.value.line in (4, 6, 8, 9)


def test_json_lines_documents_take_provenance_too(tmp_path: Path) -> None:
    good = {"documents": [{"text": POLICE, "url": URL, "published": "2023-09-10", "outlet": "Herald"}]}
    bad = {"documents": [{"text": POLICE, "url": "ftp://x.example/a"}]}
    path = tmp_path / "cases.jsonl"
    path.write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n", encoding="utf-8")
    (_, case), (_, error) = load_jsonl_cases(path)
    assert (case.documents[0].url, case.documents[0].published) == (URL, "2023-09-10")
    assert isinstance(error, InputError) and "http or https" in str(error)


def test_the_json_report_and_flat_rows_carry_it(tmp_path: Path) -> None:
    comparison = claimdiff.compare(str(_case(tmp_path / "c")))
    docs = json.loads(render("json", comparison))["documents"]
    assert docs[0] | {"outlet": "Vessary Herald", "url": URL} == docs[0]
    assert docs[1]["published"] == "2023-09-11" and "url" not in docs[1]
    rows = list(csv.DictReader(io.StringIO(render("csv", comparison), newline="")))
    assert {r["url_a"] for r in rows} | {r["url_b"] for r in rows} == {URL, ""}


def test_markdown_cites_each_quote_and_lists_the_documents(tmp_path: Path) -> None:
    text = render("markdown", claimdiff.compare(str(_case(tmp_path / "c"))))
    tokens = [
        t
        for block in MarkdownIt("commonmark").enable("table").parse(text)
        for t in (block.children or [block])
    ]
    links = [t.attrGet("href") for t in tokens if t.type == "link_open"]
    assert links and set(links) == {URL}  # the parentheses in the url do not cut it
    assert "· [Vessary Herald, 2023-09-10T08:30:00+02:00](<" in text
    assert "## Documents" in text and "| 2023-09-11 |" in text


def test_a_report_links_only_to_http_and_https() -> None:
    assert Document(id="d1", path=None, text="x", url="javascript:alert(1)").link is None
    assert Document(id="d1", path=None, text="x", url="https://a.example/x").link == "https://a.example/x"
    assert Document(id="d1", path=None, text="x", url="https://a.example/<script>").link is None


def test_no_provenance_no_citation() -> None:
    text = render("markdown", claimdiff.compare([POLICE, MAYOR]))
    assert "## Documents" not in text and "· [" not in text
