"""The sources a sentence refers to ("going by the two reports", "both articles") are no
count it claims: only its own figures are read (issue #19). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read


@pytest.mark.parametrize(
    "text",
    [
        "Chengdu makes 70 percent of the world's iPads, going by the two reports.",
        "Both articles agree: Chengdu makes 70 percent of the world's iPads.",
        "Chengdu makes 70 percent of the world's iPads, as these three studies show.",
    ],
)
def test_the_sources_referred_to_are_no_figure(text: str) -> None:
    assert _read(text) == [("supported", "70 % · chengdu · ipad-share")]
