"""`check` on a pronoun across a question (issue #19): a sentence that opens on "its"
or "their" just after a question naming one place ("Who had heard of Dalian ten years
ago? Its outsourcers …") is that place's; it was read as of no place. Sentences written
for these tests, none a claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Who had heard of Chengdu a decade ago? Its permanent residents "
            "numbered 21.192 million at the end of 2021.",
            ("supported", "21.192 million people · chengdu · population · 2021"),
        ),
        (
            "Why does Dalian matter? Its outsourcing industry earned US$25 billion in 2013.",
            ("contradicted", "US$25 billion · dalian · outsourcing-revenue · 2013"),
        ),
    ],
)
def test_a_pronoun_after_a_question_is_the_place_it_names(
    text: str, expected: tuple[str, str]
) -> None:
    assert _read(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # two places asked about: whose is not told
        "Who remembers Chengdu and Dalian? Its residents numbered 21 million.",
        # no question before it: the pronoun's place is not carried from a statement
        "Chengdu is large. Its residents numbered 21 million.",
    ],
)
def test_a_pronoun_with_no_one_place_asked_names_none(text: str) -> None:
    assert [read.split(" · ")[1] for _, read in _read(text)] == ["no place"]
