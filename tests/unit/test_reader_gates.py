"""The reader's gated patterns (query/reader/gates.py): a text without a gate's words is
never searched, so every match of a pattern must contain one of them, or a claim would
be read differently. Checked on every word the patterns name and on every sentence of
the claim sets."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hubquery.numbers import _DIGITS, normalise
from hubquery.query import lexicon as lx
from hubquery.query import moves, tempers
from hubquery.query.reader import bounds, changed, gates, groups, rewrites, thresholds
from hubquery.query.reader.gates import Gated
from hubquery.query.reader.times import _PART_OF_YEAR, _YEAR
from hubquery.shares_in_words import _OUT_OF

DATA = Path(__file__).resolve().parent.parent / "data"
GATES = {name: value for name, value in vars(gates).items() if isinstance(value, Gated)}
GATES |= {"groups._NATION": groups._NATION, "times._PART_OF_YEAR": _PART_OF_YEAR}


def _sentences() -> list[str]:
    found = []
    for path in sorted(DATA.glob("claims*.tsv")):
        if "heldout4" in path.name:
            continue  # scored once, at the end: never read here
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                found.append(normalise(line.split("\t")[0]))
    return found


def _alternatives(pattern: str) -> list[str]:
    """The words of a pattern's alternatives, each optional letter ("aims?") both ways."""
    words = []
    for part in re.split(r"\||\(\?:|\)", pattern.replace(r"\b", "")):
        if not part or re.search(r"[\\\[\]{}*+.^$]", part):
            continue
        words.append(part.replace("?", ""))
        words.append(re.sub(r".\?", "", part))
    return [w for w in words if w.strip()]


@pytest.mark.parametrize("name", sorted(GATES))
def test_every_word_a_pattern_names_passes_its_gate(name: str) -> None:
    gate = GATES[name]
    for word in _alternatives(gate.pattern.pattern):
        if gate.pattern.search(f"in 2012 {word} 6 million") is not None:
            assert gate.may_match(f"in 2012 {word} 6 million"), (name, word)


@pytest.mark.parametrize("name", sorted(GATES))
def test_gated_search_finds_what_the_pattern_finds(name: str) -> None:
    gate = GATES[name]
    sentences = _sentences()
    assert len(sentences) > 500
    matched = 0
    for text in sentences:
        found = gate.pattern.search(text)
        gated = gate.search(text)
        assert (found and found.span()) == (gated and gated.span()), (name, text)
        matched += found is not None
    # (each pattern is met in the sets, so the comparison above is not empty; one that
    # ends the words before a figure is met there: SLICE_GATES below)
    assert matched or name == "CITY_OF_PEOPLE" or gate.pattern.pattern.endswith("$"), name


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("NOW", "the city is currently home to 840 firms"),
        ("NOW", "it no longer ranks first"),
        ("NOW", "it has 500 any more"),
        ("TARGET", "it aims to reach 1 trillion yuan"),
        ("TARGET", "on track to hit 2,000 companies"),
        ("WINDOW", "in the past two years it added 300 firms"),
        ("NOT_NAMES", "us$21.7 billion"),
        ("NOT_NAMES", "chengdu’s hi-tech zone"),
        ("YEAR_CUES", "the park saw the light of day in 1998"),
        ("YEAR_CUES", "it sets up 20 labs"),
        ("CITY_OF", "a city of 20 million"),
        ("CITY_OF", "a town of 20 million"),
        ("CITY_OF", "a metropolis of 20 million"),
        ("CITY_OF", "a municipality of 20 million"),
        ("CITY_OF", "a seaport of 20 million"),
        ("CITY_OF", "a port of 20 million"),
        ("CITY_OF", "a megacity of 20 million"),
        ("CITY_OF_PEOPLE", "a metropolis of nine million people"),
    ],
)
def test_a_gate_lets_its_words_through(name: str, text: str) -> None:
    gate = GATES[name]
    assert gate.pattern.search(text) is not None
    assert gate.search(text) is not None


def test_a_text_without_the_words_is_not_searched() -> None:
    assert gates.NOW.search("in 2012 it had 840 firms") is None
    assert list(gates.WINDOW.finditer("in 2012 it had 840 firms")) == []
    assert gates.CITY_OF.sub("x", "a city with 6 million") == "a city with 6 million"


def test_every_rate_of_days_names_a_day() -> None:
    """``rewrite`` looks for a rate of days only in a text with "day" or "daily"."""
    assert all("day" in words or "daily" in words for words, _ in lx.RATE_DAYS)


def test_a_share_in_words_has_in_or_of() -> None:
    """``read_numbers`` looks for "one in ten" only in a text with " in " or " of "."""
    texts = [t.replace("-", " ") for t in _sentences()]
    texts += ["two out of every three", "nine out of 10 firms", "one in every five"]
    texts += ["one of every two"]
    texts += [f"one {words} two" for words in _alternatives(_OUT_OF.pattern.split(") (")[1])]
    shares = [t for t in texts if _OUT_OF.search(t)]
    assert len(shares) > 10
    assert all(" in " in t or " of " in t for t in shares)


# Patterns that begin with a lookahead naming the characters a match can begin with (a
# place that is none of them is turned away at once): without it, each finds the same.
LOOKAHEADS: list[tuple[re.Pattern[str], tuple[str, ...]]] = [
    (lx.RANK_BEFORE, ("(?=[nr#])",)),
    (_YEAR, ("(?=[12])",)),
    (_DIGITS, ("(?=[-−\\d])",)),
]
_PIECES = ["no.", "number", "ranks", "rank", "ranked", "#", "s ", "us$", "cn¥", "hk$",
           "’s", "'s", "chengdu", "1998", "2012", "1,000", "2.300", "-5", "−5", "6 million",
           "x9", "%", ".", ",", "$", " ", "a", "é", "7"]  # fmt: skip


def _same_without_lookaheads(text: str) -> None:
    for pattern, lookaheads in LOOKAHEADS:
        plain = pattern.pattern
        for lookahead in lookaheads:
            assert lookahead in plain
            plain = plain.replace(lookahead, "", 1)
        found = [m.span() for m in pattern.finditer(text)]
        assert found == [m.span() for m in re.finditer(plain, text)], (pattern.pattern, text)


def test_a_lookahead_before_a_pattern_changes_no_match_in_the_claim_sets() -> None:
    for text in _sentences():
        _same_without_lookaheads(text)


@given(st.lists(st.sampled_from(_PIECES), max_size=20))
def test_a_lookahead_before_a_pattern_changes_no_match(pieces: list[str]) -> None:
    _same_without_lookaheads("".join(pieces))


# Patterns written with each alternative's first character first and the word's edge
# looked at behind it ("u(?<!\w\w)" for "\bu"): each finds what its plain form finds.
FIRST_CHARACTER_FIRST = [
    (lx.NOT_NAMES, r"\b(?:us|cn|hk)(?=\$|¥)|(?<=\w)['’]s\b|\bu\.?s\.? dollars?\b"),
]
_EDGE_PIECES = [*_PIECES, "u", "s", "u.s.", "u.s", "dollar", "dollars", "c", "n", "h", "k", "_"]


def _same_as_plain(text: str) -> None:
    for pattern, plain in FIRST_CHARACTER_FIRST:
        found = [m.span() for m in pattern.finditer(text)]
        assert found == [m.span() for m in re.finditer(plain, text)], (plain, text)


def test_a_pattern_written_first_character_first_finds_the_same_in_the_claim_sets() -> None:
    for text in _sentences():
        _same_as_plain(text)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_EDGE_PIECES), max_size=16))
def test_a_pattern_written_first_character_first_finds_the_same(pieces: list[str]) -> None:
    _same_as_plain("".join(pieces))


# Gates of patterns tried on a figure's surroundings (the words before it) or said in a
# sentence whose gate is its own: each finds what its pattern finds, wherever it is tried.
SLICE_GATES = {
    "TOP_BEFORE": gates.TOP_BEFORE,
    **{f"CURRENCY_BEFORE[{code}]": gate for code, gate in gates.CURRENCY_BEFORE},
    "rewrites._THE_SCALE": rewrites._THE_SCALE,
    "rewrites._HYPHENED_SUM": rewrites._HYPHENED_SUM,
    "thresholds._FIRST_OF": thresholds._FIRST_OF,
    "NOT_BEFORE": gates.NOT_BEFORE,
    "NOT_REACHED_BEFORE": gates.NOT_REACHED_BEFORE,
    "FROM_BEFORE": gates.FROM_BEFORE,
    "FROM_TO_BEFORE": gates.FROM_TO_BEFORE,
    "bounds.NEGATED_BOUND": bounds.NEGATED_BOUND,
    "groups._EACH_OF": groups._EACH_OF,
    "TO_LEVEL": gates.TO_LEVEL,
    "DECLINE_BEFORE": gates.DECLINE_BEFORE,
    "changed._ADDED": changed._ADDED,
}
_SLICE_PIECES = [
    *_PIECES,
    "top",
    "the top",
    "-",
    "us$",
    "$",
    "usd",
    "cn¥",
    "¥",
    "rmb",
    "cny",
    "yuan",
    "the",
    "its",
    "their",
    "million",
    "billion",
    "trillion",
    "renminbi",
    "dollars",
    "1.5",
    "most",
    "best",
    "worst",
    "largest",
    "of",
    "among",
    "china's",
    "one of",
    "single",
    "\n",
    "not",
    "n't",
    "isn't",
    "never",
    "did",
    "reach",
    "topped",
    "grew",
    "by",
    "more than",
    "above",
    "from",
    "to",
    "about",
    "40",
    "each",
    "each of",
    "every one",
    "any one",
    "twenty",
    "rose",
    "added",
    "gained",
    "lost",
    "sheds",
    "fell",
    "dropped",
    "down",
    "slid",
    "reached",
    "hit",
    "stood at",
    "stands at",
    "shrank",
    "nearly",
]


def _same_gated(text: str) -> None:
    for name, gate in SLICE_GATES.items():
        found = gate.pattern.search(text)
        gated = gate.search(text)
        assert (found and found.span()) == (gated and gated.span()), (name, text)
        assert gate.sub("<>", text) == gate.pattern.sub("<>", text), (name, text)


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_SLICE_PIECES), max_size=12), st.sampled_from(["", " "]))
def test_a_gate_of_a_figure_s_surroundings_finds_what_its_pattern_finds(
    pieces: list[str], glue: str
) -> None:
    _same_gated(glue.join(pieces))


@pytest.mark.parametrize(
    "text",
    [
        "reached the trillion-yuan mark",
        "reached its trillion yuan goal",
        "a 2.5-billion-dollar deal",
        "ranked in the top ",
        "worth us$ ",
        "the most successful of china's ",
        "the best among the ",
        "did not reach us$",
        "isn't",
        "grew from about ",
        "grew from 5 million to ",
        "did not grow by more than ",
        "each of its 40 incubators turns out ",
        "rose to",
        "stood at about",
        "fell by nearly",
        "the park added",
        "dropped by",
    ],
)
def test_a_gate_of_a_figure_s_surroundings_is_met(text: str) -> None:
    assert any(gate.pattern.search(text) for gate in SLICE_GATES.values()), text
    _same_gated(text)


_STILL_PIECES = [*_PIECES, "still", "Still", "STİLL", "ſtill", "remain", "remains", "REMAıNS", "ı"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_STILL_PIECES), max_size=10), st.sampled_from(["", " "]))
def test_still_is_told_as_its_pattern_tells_it(pieces: list[str], glue: str) -> None:
    text = glue.join(pieces)
    assert tempers.said_still(text) == (tempers._STILL.search(text) is not None), text


# Every word and piece of a word the hedges are written with, and what may stand by them
_HEDGE_PIECES = sorted(
    {
        *re.findall(r"[a-z~]+", "|".join(words for _, words in bounds.HEDGES)),
        *("s", "ed", "ing", "es", ".", "c.", "approx.", "(", " ", "  ", "\n", "\u00a0", "x"),
    }
)


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(_HEDGE_PIECES), max_size=8), st.sampled_from(["", " ", "("]))
def test_a_text_that_may_end_in_no_hedge_ends_in_none(pieces: list[str], glue: str) -> None:
    text = glue.join(pieces)
    assert bounds.may_end_in_hedge(text) or bounds.ANY_HEDGE_BEFORE.search(text) is None, text


@pytest.mark.parametrize("qualifier", [q for q, _ in bounds.HEDGES])
def test_every_hedge_may_end_a_text(qualifier: str) -> None:
    words = dict(bounds.HEDGES)[qualifier]
    for said in _alternatives(words):
        for text in (f"had {said}", f"had {said}  ", f"(x({said}", said):
            if bounds.ANY_HEDGE_BEFORE.search(text):
                assert bounds.may_end_in_hedge(text), text


_MOVE_PIECES = [*_PIECES, "climbed", "rose", "up", "down", "slipped", "by", "one", "two", "12"]
_MOVE_PIECES += ["place", "places", "spot", "positions", "notch", "notches", "Place", "PLACE"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_MOVE_PIECES), max_size=8), st.sampled_from(["", " "]))
def test_a_move_in_a_ranking_is_told_as_its_pattern_tells_it(pieces: list[str], glue: str) -> None:
    text = glue.join(pieces)
    said = any(map(text.__contains__, moves._WORDS)) and moves._MOVE.search(text.lower())
    assert moves.may_move(text) == bool(said), text


_EDITION_PIECES = [*_PIECES, "plan", "programme", "program", "congress", "session", "expo"]
_EDITION_PIECES += ["forum", "edition", "plans", "13th", "five-year", "made in china"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_EDITION_PIECES), max_size=8), st.sampled_from(["", " "]))
def test_a_name_s_edition_is_found_as_its_pattern_finds_it(pieces: list[str], glue: str) -> None:
    name = glue.join(pieces)
    text = f"the 13th {name}"
    start = lx.edition_start(text, len("the 13th "), name)
    assert start == (4 if lx._EDITIONS.search(name) else len("the 13th ")), name
