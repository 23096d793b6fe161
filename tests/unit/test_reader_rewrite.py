"""The reader does not rewrite a passage the draft found no number in (``plain``) unless
a rule of ``rewrite`` may write one into it (``may_write_numbers``): the shortcut must
never turn away a passage that rewrite would have given a number. Checked on the
examples of every rule that writes one, on every sentence of the claim sets and seed
articles with its numbers taken out, and on texts made of the words rewrite's rules
read; and ``plain`` only where the draft counted in the text the reader reads."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hubquery.numbers import may_state_numbers, normalise
from hubquery.query import lexicon as lx
from hubquery.query.draft import passages
from hubquery.query.reader.rewrites import may_write_numbers, rewrite

DATA = Path(__file__).resolve().parent.parent / "data"
SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
_NUMBERS = re.compile(
    r"\d+|\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|"
    r"trillion|dozen|half|halves|third|thirds|quarter|quarters|fourth|fifth|fifths|tenth|"
    r"tenths|first|second|sixth|seventh|eighth|ninth|nickel|dime|penny|\w+th)\b"
)


def _shortcut_holds(text: str) -> bool:
    """Where the shortcut turns a text away, rewrite would have written no number."""
    if may_state_numbers(text) or may_write_numbers(text):
        return True
    return not may_state_numbers(rewrite(text))


@pytest.mark.parametrize(
    "text",
    [
        "revenue doubled",
        "exports tripled",
        "output quadrupled",
        "it grew twofold",
        "for a century",
        "in the last decade",
        "for a decade",
        "a square mile of offices",
        "a new start-up every other day",
        "a new company a day",
        "a new firm daily",
        "shenzhen's top firm",
    ],
)
def test_each_rule_that_writes_a_number_has_its_words(text: str) -> None:
    assert not may_state_numbers(text), text  # (else the shortcut is not asked)
    assert may_state_numbers(rewrite(text)), text  # (the rule writes one)
    assert may_write_numbers(text), text


def _sentences() -> list[str]:
    found = []
    for path in sorted(DATA.glob("claims*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                found.append(line.split("\t")[0])
    for path in sorted(SEEDS.glob("0*.txt")):
        found += path.read_text(encoding="utf-8").splitlines()
    return found


def test_no_sentence_without_numbers_is_given_one_by_rewrite() -> None:
    sentences = [_NUMBERS.sub(" ", normalise(s)) for s in _sentences()]
    assert len(sentences) > 1000
    turned_away = 0
    for text in sentences:
        assert _shortcut_holds(text), text
        turned_away += not (may_state_numbers(text) or may_write_numbers(text))
    assert turned_away > 500  # (the shortcut is met, so the check above is not empty)


# The words rewrite's rules read, and a few of prose: texts of them in any order.
_WORDS = sorted(
    {
        word
        for pattern in (
            lx.FOLD,
            lx.DECADES,
            lx.ONE_AT_A_RATE,
            lx.CONDUCTED,
            lx.TOP_AS_FIRST,
            lx.GLUED_CURRENCY,
            lx.CAPITAL,
            lx.CITY_OF,
            lx.CITY_OF_PEOPLE,
            *(short for _, short, _ in lx.ABBREVIATIONS),
        )
        for word in re.findall(r"[a-z]+", pattern.pattern)
    }
    | {w for words, _ in (*lx.CENTURIES, *lx.RATE_DAYS, *lx.MULTIPLES) for w in str(words).split()}
    | {"city", "of", "people", "the", "zone", "'s", "top", "every", "new", "firms", "-", "rmb"}
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=12))
def test_texts_of_rewrites_words_keep_the_shortcut(words: list[str]) -> None:
    assert _shortcut_holds(" ".join(words))


# The draft's count answers the reader only where it counted in the text the reader
# reads (``counted_as_read``): ASCII, or what NFKC leaves as it is.
@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("Dalian is a busy port.", True),
        ("Dalian’s “software park” is busy.", True),  # (curly quotes: not ASCII)
        ("Dalian has ﬁve parks.", False),  # (NFKC reads the ligature: "five")
        ("Dalian has ５ parks.", False),  # (a full-width digit)
        ("Dalian has 5 parks.", False),
    ],
)
def test_a_passage_is_plain_only_where_the_reader_would_find_no_number(
    text: str, plain: bool
) -> None:
    (passage,) = passages(text)
    assert passage.plain is plain
    assert may_state_numbers(normalise(text)) is not plain


def test_a_number_nfkc_reveals_is_read() -> None:
    from tests.cli.test_check_reading import _read

    assert _read("Dalian has ﬁve software parks.") == _read("Dalian has five software parks.")
    assert _read("Dalian has ﬁve software parks.")  # (a claim is read)
