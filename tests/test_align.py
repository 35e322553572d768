"""Name unification in the align stage: which actor and place names become one."""

from __future__ import annotations

import subprocess
import sys

from claimdiff.align import unify_names


def test_names_sharing_their_head_word_and_most_words_are_one() -> None:
    out = unify_names(["malian armed forces", "the malian armed forces", "wagner group"])
    assert out["the malian armed forces"] == out["malian armed forces"]
    assert out["wagner group"] == "wagner group"


def test_similar_names_with_different_head_words_stay_apart() -> None:
    # "french forces" is all of "french armed forces" (a token-set score of 100), and shares its head.
    out = unify_names(["french armed forces", "french forces", "french armed police"])
    assert out["french forces"] == out["french armed forces"]
    assert out["french armed police"] == "french armed police"


def test_a_bare_head_stands_for_the_one_name_that_ends_with_it() -> None:
    assert unify_names(["army", "malian army"])["army"] == "malian army"
    assert unify_names(["army", "malian army", "french army"])["army"] == "army"


def test_comparing_a_case_imports_no_numpy() -> None:
    # A few names need no matrix: start-up pays for no array library.
    code = (
        "import sys\n"
        "from claimdiff import compare\n"
        "compare(['Police said 12 people were killed by the Dorvel army and the Wagner Group.',\n"
        "         'Residents said 14 people were killed by the Malian army.'])\n"
        "print('numpy' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
