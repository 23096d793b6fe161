"""`check` on a multiple said by a bare verb after what someone saw (issue #19): "has
seen its exports triple", "watched its sales double" claim the same growth as
"tripled", "doubled"; and a scale said with a possessive before it, "its trillion-yuan
mark", is one trillion as "the trillion-yuan mark" is.
Sentences written for these tests, none a claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Since the deal, Neusoft has seen its business in Europe quintuple.",
            ("supported", "5× · Neusoft (shenyang) · business-growth-multiple"),
        ),
        (
            "After the Sesca purchase Neusoft watched its European sales double.",
            ("contradicted", "2× · Neusoft (shenyang) · business-growth-multiple"),
        ),
    ],
)
def test_a_bare_verb_of_a_multiple_after_seen(text: str, expected: tuple[str, str]) -> None:
    assert _read(text) == [expected]


def test_a_multiple_hoped_for_is_not_read_as_seen() -> None:
    assert _read("Neusoft would like to triple its business in Europe.") == []


@pytest.mark.parametrize("whose", ["its", "their"])
def test_its_trillion_yuan_mark_is_one_trillion(whose: str) -> None:
    said = "Chengdu's IT firms passed {} trillion-yuan revenue mark back in 2016."
    assert _read(said.format(whose)) == _read(said.format("the"))
    assert "CN¥1 trillion · chengdu · revenue · 2016" in _read(said.format(whose))[0][1]
