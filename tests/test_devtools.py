"""The developer tools: explain shows what the clause layer read."""

from __future__ import annotations

from pathlib import Path

from claimdiff.devtools import explain


def test_explain_shows_facts_cue_scopes_and_claims_of_other_voices(tmp_path: Path) -> None:
    doc = tmp_path / "account.txt"
    doc.write_text(
        "The army denied that 40 civilians were killed. "
        "Trucks burned on the road, whereas the agency says an airstrike hit them.\n",
        encoding="utf-8",
    )
    text = explain([str(doc)])
    assert "casualties:killed = 40 (denied)" in text
    assert "~ denial 'denied' covers 'that 40 civilians were killed.'" in text
    assert "~ claim of another voice: 'whereas the agency says an airstrike hit them'" in text
