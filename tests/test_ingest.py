"""Unit tests of claimdiff.ingest: decoding, plain inputs, case manifests and case discovery."""

from __future__ import annotations

import codecs
import datetime as dt
from pathlib import Path

import pytest

from claimdiff.errors import DatasetError, InputError
from claimdiff.ingest import decode, find_cases, load_case, load_manifest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

QUAKE_AGENCY = "The earthquake struck at 4:12 a.m. local time, the national seismology agency said.\n"
QUAKE_HOSPITAL = "Hospitals in the region treated more than 200 injured people by Tuesday evening.\n"
QUAKE_RESIDENT = "A resident said several houses on the hillside had collapsed.\n"

MANIFEST = """\
title: Hillside earthquake
reference_date: 2024-02-13
documents:
  - file: agency.txt
    source: Seismology agency
    title: Agency bulletin
  - file: hospital.txt
aliases:
  Seismology agency: [national seismology agency, the agency]
  Health ministry: []
expect:
  - {kind: agreement, aspect: time, between: [Seismology agency, hospital]}
  - {kind: omission, aspect: casualties, fact: "200", missing_in: Seismology agency}
"""


def write(folder: Path, files: dict[str, str | bytes]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return folder


def quake_case(folder: Path, manifest: str = MANIFEST, name: str = "case.yaml") -> Path:
    return write(folder, {name: manifest, "agency.txt": QUAKE_AGENCY, "hospital.txt": QUAKE_HOSPITAL})


# ---------------------------------------------------------------------------
# decode


def test_decode_plain_utf8():
    assert decode("Déjà vu in Zürich.\n".encode(), "a.txt") == "Déjà vu in Zürich.\n"


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        (b"one\r\ntwo\r\n", "one\ntwo\n"),
        (b"one\rtwo\r", "one\ntwo\n"),
        (b"one\r\ntwo\rthree\n", "one\ntwo\nthree\n"),
        (b"one\r\r\ntwo", "one\n\ntwo"),
    ],
    ids=["crlf", "cr", "mixed", "cr-crlf"],
)
def test_decode_normalises_newlines_to_lf(raw, text):
    assert decode(raw, "a.txt") == text


def test_decode_strips_the_utf8_bom():
    text = decode(codecs.BOM_UTF8 + b"Flood warning\r\n", "a.txt")
    assert text == "Flood warning\n"
    assert not text.startswith("\ufeff")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_decode_utf16_with_bom(codec):
    raw = "\ufeff".encode(codec) + "Flood warning\r\nfor the valley\r\n".encode(codec)
    assert decode(raw, "a.txt") == "Flood warning\nfor the valley\n"


def test_decode_refuses_utf16_without_bom():
    with pytest.raises(InputError, match="UTF-16") as info:
        decode("Flood warning".encode("utf-16-le"), "a.txt")
    assert info.value.path == "a.txt"


def test_decode_refuses_binary():
    with pytest.raises(InputError, match="binary") as info:
        decode(b"GIF89a\x01\x00\x01\x00\x00\xff", "pic.txt")
    assert str(info.value).startswith("pic.txt: ")


def test_decode_refuses_nul_after_the_sniffed_prefix():
    with pytest.raises(InputError, match="NUL"):
        decode(b"a" * 10_000 + b"\x00", "a.txt")


def test_decode_refuses_latin1_with_the_line():
    with pytest.raises(InputError) as info:
        decode(b"First line.\r\nSecond line.\nThe caf\xe9 closed.\n", "cafe.txt")
    err = info.value
    assert (err.path, err.line) == ("cafe.txt", 3)
    assert str(err).startswith("cafe.txt:3: ")
    assert "0xe9" in str(err)


def test_decode_latin1_line_ignores_the_bom():
    with pytest.raises(InputError) as info:
        decode(codecs.BOM_UTF8 + b"caf\xe9\n", "cafe.txt")
    assert info.value.line == 1


@pytest.mark.parametrize(
    "raw",
    [b"", b" \t\r\n", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF8 + b"\n\n"],
    ids=["empty", "whitespace", "utf8-bom", "utf16-bom", "bom-newlines"],
)
def test_decode_refuses_empty_text(raw):
    with pytest.raises(InputError, match="empty"):
        decode(raw, "a.txt")


# ---------------------------------------------------------------------------
# load_case: files, folders without a manifest, standard input


def test_load_case_files_in_the_given_order(tmp_path):
    write(tmp_path, {"b.txt": QUAKE_HOSPITAL, "a.txt": QUAKE_AGENCY})
    case = load_case([tmp_path / "b.txt", str(tmp_path / "a.txt")], reference_date=dt.date(2024, 2, 13))
    assert [d.id for d in case.documents] == ["d1", "d2"]
    assert [Path(d.path).name for d in case.documents] == ["b.txt", "a.txt"]
    assert [d.text for d in case.documents] == [QUAKE_HOSPITAL, QUAKE_AGENCY]
    assert case.reference_date == dt.date(2024, 2, 13)
    assert case.title is None
    assert case.expect == ()


def test_load_case_normalises_documents(tmp_path):
    write(tmp_path, {"a.txt": codecs.BOM_UTF8 + QUAKE_AGENCY.replace("\n", "\r\n").encode()})
    (doc,) = load_case([tmp_path / "a.txt"]).documents
    assert doc.text == QUAKE_AGENCY


def test_folder_without_manifest_is_its_text_files_in_name_order(tmp_path):
    folder = write(
        tmp_path / "quake",
        {
            "resident.md": QUAKE_RESIDENT,
            "b-hospital.txt": QUAKE_HOSPITAL,
            "a-agency.txt": QUAKE_AGENCY,
            "C-NOTES.TXT": QUAKE_RESIDENT,
            "report.json": "{}",
            "photo.jpg": b"\xff\xd8\xff",
            "sub/nested.txt": QUAKE_RESIDENT,  # not recursive
        },
    )
    case = load_case([folder])
    assert [Path(d.path).name for d in case.documents] == [
        "C-NOTES.TXT",
        "a-agency.txt",
        "b-hospital.txt",
        "resident.md",
    ]
    assert [d.id for d in case.documents] == ["d1", "d2", "d3", "d4"]


def test_folder_and_file_mixed(tmp_path):
    folder = write(tmp_path / "quake", {"b.txt": QUAKE_HOSPITAL, "a.txt": QUAKE_AGENCY})
    extra = write(tmp_path, {"resident.txt": QUAKE_RESIDENT}) / "resident.txt"
    case = load_case([extra, folder])
    assert [Path(d.path).name for d in case.documents] == ["resident.txt", "a.txt", "b.txt"]


def test_folder_without_text_files(tmp_path):
    folder = write(tmp_path / "quake", {"report.json": "{}"})
    with pytest.raises(InputError, match="no case.yaml") as info:
        load_case([folder])
    assert info.value.path == str(folder)


def test_load_case_stdin(tmp_path):
    write(tmp_path, {"a.txt": QUAKE_AGENCY})
    case = load_case(["-", tmp_path / "a.txt"], stdin=b"\xef\xbb\xbfLine one\r\nLine two\r\n", title="Quake")
    assert [d.path for d in case.documents] == ["-", str(tmp_path / "a.txt")]
    assert case.documents[0].text == "Line one\nLine two\n"
    assert case.title == "Quake"


def test_load_case_stdin_missing():
    with pytest.raises(InputError, match="standard input"):
        load_case(["-"])


def test_load_case_stdin_errors_name_stdin():
    with pytest.raises(InputError) as info:
        load_case(["-"], stdin=b"caf\xe9")
    assert info.value.path == "<stdin>"


def test_load_case_needs_an_input():
    with pytest.raises(InputError):
        load_case([])


def test_load_case_missing_file(tmp_path):
    with pytest.raises(InputError, match="no such file") as info:
        load_case([tmp_path / "gone.txt"])
    assert info.value.path == str(tmp_path / "gone.txt")


def test_load_case_with_a_case_folder(tmp_path):
    folder = quake_case(tmp_path / "quake")
    case = load_case([folder])
    assert case.title == "Hillside earthquake"
    assert case.reference_date == dt.date(2024, 2, 13)
    assert case.path == str(folder)


def test_load_case_date_overrides_the_manifest(tmp_path):
    folder = quake_case(tmp_path / "quake")
    case = load_case([folder], reference_date=dt.date(2024, 3, 1))
    assert case.reference_date == dt.date(2024, 3, 1)
    assert case.title == "Hillside earthquake"
    assert len(case.documents) == 2


def test_load_case_with_the_manifest_file_itself(tmp_path):
    folder = quake_case(tmp_path / "quake")
    assert load_case([folder / "case.yaml"]).title == "Hillside earthquake"


def test_load_case_refuses_a_case_folder_with_more_inputs(tmp_path):
    folder = quake_case(tmp_path / "quake")
    extra = write(tmp_path, {"resident.txt": QUAKE_RESIDENT}) / "resident.txt"
    for inputs in ([folder, extra], [extra, folder], [folder, "-"]):
        with pytest.raises(InputError, match="on its own"):
            load_case(inputs, stdin=b"text")


# ---------------------------------------------------------------------------
# load_manifest


def test_load_manifest(tmp_path):
    folder = quake_case(tmp_path / "quake")
    case = load_manifest(folder / "case.yaml")
    assert case.title == "Hillside earthquake"
    assert case.reference_date == dt.date(2024, 2, 13)
    assert case.path == str(folder)
    assert case.heldout is False
    agency, hospital = case.documents
    assert (agency.id, agency.path, agency.source, agency.title) == (
        "d1",
        str(folder / "agency.txt"),
        "Seismology agency",
        "Agency bulletin",
    )
    assert agency.text == QUAKE_AGENCY
    assert (hospital.id, hospital.source, hospital.title) == ("d2", None, None)
    assert case.aliases == (
        ("Health ministry", ()),
        ("Seismology agency", ("national seismology agency", "the agency")),
    )


def test_load_manifest_expectations_carry_their_line(tmp_path):
    case = load_manifest(quake_case(tmp_path / "quake"))
    assert [(e.kind, e.line) for e in case.expect] == [("agreement", 12), ("omission", 13)]
    assert case.expect[0].between == ("Seismology agency", "hospital")
    assert case.expect[1].fact == "200"


def test_load_manifest_accepts_the_folder(tmp_path):
    folder = quake_case(tmp_path / "quake")
    assert load_manifest(folder) == load_manifest(folder / "case.yaml")


def test_load_manifest_case_yml(tmp_path):
    folder = quake_case(tmp_path / "quake", name="case.yml")
    assert load_manifest(folder).title == "Hillside earthquake"


def test_load_manifest_folder_without_manifest(tmp_path):
    folder = write(tmp_path / "quake", {"agency.txt": QUAKE_AGENCY})
    with pytest.raises(DatasetError, match="no case.yaml"):
        load_manifest(folder)


def test_load_manifest_minimal(tmp_path):
    folder = quake_case(tmp_path / "quake", "documents:\n  - file: agency.txt\n")
    case = load_manifest(folder)
    assert (case.title, case.reference_date, case.aliases, case.expect) == (None, None, (), ())
    assert [d.path for d in case.documents] == [str(folder / "agency.txt")]


def test_load_manifest_documents_in_subfolders(tmp_path):
    folder = write(
        tmp_path / "quake",
        {"case.yaml": "documents:\n  - file: wires/agency.txt\n", "wires/agency.txt": QUAKE_AGENCY},
    )
    (doc,) = load_manifest(folder).documents
    assert doc.path == str(folder / "wires" / "agency.txt")
    assert doc.text == QUAKE_AGENCY


def test_load_manifest_reads_a_crlf_manifest_with_bom(tmp_path):
    folder = quake_case(tmp_path / "quake")
    (folder / "case.yaml").write_bytes(codecs.BOM_UTF8 + MANIFEST.replace("\n", "\r\n").encode())
    case = load_manifest(folder)
    assert case.title == "Hillside earthquake"
    assert [e.line for e in case.expect] == [12, 13]


@pytest.mark.parametrize("value", ["NO", "no", "Yes", "off", "ON", "y"])
def test_load_manifest_yaml_12_scalars(tmp_path, value):
    manifest = MANIFEST.replace("Hillside earthquake", value).replace(
        "source: Seismology agency", f"source: {value}"
    )
    case = load_manifest(quake_case(tmp_path / "quake", manifest))
    assert case.title == value
    assert case.documents[0].source == value


@pytest.mark.parametrize(
    ("change", "line", "fragment"),
    [
        (("title: Hillside earthquake", "title: [Hillside"), 2, "invalid YAML"),
        (("    title: Agency bulletin", "    headline: Agency bulletin"), 6, "'headline'"),
        (("aspect: time", "aspect: timing"), 12, "'timing'"),
        (("file: hospital.txt", "file: ../hospital.txt"), 7, "leaves the case folder"),
        (("file: hospital.txt", "file: clinic.txt"), 7, "does not exist"),
        (("2024-02-13", "2024-02-30"), 2, "reference_date"),
        (("aliases:", "7: seven\nnotes: x\naliases:"), 8, "unknown key 7"),
        (("aliases:", "notes: x\n7: seven\naliases:"), 8, "unknown key 'notes'"),
    ],
    ids=["yaml", "unknown-key", "aspect", "outside", "missing", "date", "number-key", "first-unknown"],
)
def test_load_manifest_errors_name_the_manifest_and_line(tmp_path, change, line, fragment):
    folder = quake_case(tmp_path / "quake", MANIFEST.replace(*change))
    (tmp_path / "hospital.txt").write_text(QUAKE_HOSPITAL, encoding="utf-8")
    with pytest.raises(DatasetError) as info:
        load_manifest(folder)
    err = info.value
    assert err.path == str(folder / "case.yaml")
    assert err.line == line, str(err)
    assert fragment in str(err)


# ---------------------------------------------------------------------------
# find_cases


def test_find_cases_nested_and_sorted(tmp_path):
    root = tmp_path / "cases"
    for rel in ("zeta", "alpha", "middle/beta", "middle/deeper/gamma"):
        quake_case(root / rel)
    quake_case(root / "yml", name="case.yml")
    write(root / "not-a-case", {"notes.txt": QUAKE_RESIDENT})
    found = find_cases([root])
    assert found == sorted(found)
    assert [p.relative_to(root).as_posix() for p in found] == [
        "alpha",
        "middle/beta",
        "middle/deeper/gamma",
        "yml",
        "zeta",
    ]


def test_find_cases_given_a_case_folder_or_its_manifest(tmp_path):
    folder = quake_case(tmp_path / "quake")
    assert find_cases([folder]) == [folder]
    assert find_cases([folder / "case.yaml"]) == [folder]


def test_find_cases_removes_duplicates(tmp_path):
    root = tmp_path / "cases"
    quake_case(root / "a")
    quake_case(root / "b")
    assert find_cases([root / "b", root, root / "a" / "case.yaml"]) == [root / "a", root / "b"]


def test_find_cases_without_cases(tmp_path):
    write(tmp_path / "drafts", {"notes.txt": QUAKE_RESIDENT})
    assert find_cases([tmp_path / "drafts"]) == []
    assert find_cases([tmp_path / "drafts" / "notes.txt"]) == []


def test_find_cases_missing_path(tmp_path):
    with pytest.raises(InputError, match="no such file") as info:
        find_cases([tmp_path / "nowhere"])
    assert info.value.path == str(tmp_path / "nowhere")


def test_find_cases_in_the_fixtures():
    found = find_cases([FIXTURES])
    assert found == sorted(found)
    assert FIXTURES / "moura" in found
    assert FIXTURES / "moura-article" in found
    assert all((p / "case.yaml").is_file() or (p / "case.yml").is_file() for p in found)


# --- Named voices without a manifest ------------------------------------------------------

MOURA = Path(__file__).resolve().parents[1] / "fixtures" / "moura"
ACCOUNT_A = "In all, 12 people were killed in the blast on Monday."
ACCOUNT_B = "In all, 40 people were killed in the blast on Monday."


def _voices(comparison):
    return sorted(s.name for s in comparison.sources)


def test_compare_takes_a_dict_of_named_texts():
    from claimdiff import compare

    comparison = compare({"Ministry": ACCOUNT_A, "Hospital": ACCOUNT_B})
    assert _voices(comparison) == ["Hospital", "Ministry"]
    (rel,) = [r for r in comparison.relations if r.kind.value == "contradiction"]
    assert {comparison.source(s).name for s in rel.sources} == {"Ministry", "Hospital"}


def test_compare_takes_name_text_pairs():
    from claimdiff import compare

    comparison = compare([("Ministry", ACCOUNT_A), ("Hospital", ACCOUNT_B)])
    assert _voices(comparison) == ["Hospital", "Ministry"]
    assert all("Ministry" not in st.text for st in comparison.statements)  # not the pair's repr


@pytest.mark.parametrize(
    "bad",
    [
        [("Ministry", ACCOUNT_A, "extra")],
        [("Ministry", 12)],
        [12, ACCOUNT_B],
        [b"bytes are not text"],
        {"Ministry": None},
        [("  ", ACCOUNT_A)],
    ],
)
def test_compare_refuses_what_it_cannot_read(bad):
    from claimdiff import compare

    with pytest.raises(TypeError, match="compare"):
        compare(bad)


def test_sources_name_the_voice_of_loose_files(tmp_path):
    (tmp_path / "a.txt").write_text(ACCOUNT_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ACCOUNT_B, encoding="utf-8")
    case = load_case(
        [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")],
        sources={f"{tmp_path}/./a.txt": "Ministry of Health"},
    )
    assert [d.source for d in case.documents] == ["Ministry of Health", None]


def test_sources_name_standard_input(tmp_path):
    case = load_case(["-"], stdin=ACCOUNT_A.encode(), sources={"-": "Caller"})
    assert case.documents[0].source == "Caller"


def test_a_source_for_a_file_not_given_is_an_error(tmp_path):
    (tmp_path / "a.txt").write_text(ACCOUNT_A, encoding="utf-8")
    with pytest.raises(InputError, match="not one of the inputs"):
        load_case([str(tmp_path / "a.txt")], sources={"b.txt": "Ministry"})


def test_sources_are_refused_with_a_case_folder():
    with pytest.raises(InputError, match="case.yaml names"):
        load_case([str(MOURA)], sources={str(MOURA / "france.txt"): "France"})
