"""A multiple of growth said of a count over a window against the window before it
("more than quintupled in the two years to 2022 compared with the four years before"):
the count of the claim's window over that of the window ending where it starts, as their
totals (more than 860 over 170: more than +406 %), derived; where no level is held at
either end of the span, and the sentence names no such earlier window, unsupported as
before. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Shenyang's new robotics registrations more than quintupled in the two years to 2022 "
            "compared with the four years before.",
            "supported",
        ),
        (
            "Shenyang's robotics registrations doubled in the two years to 2022 compared with "
            "the four years before.",
            "contradicted",
        ),
        (
            "Robotics firm registrations in Shenyang tripled in the two years to 2022 against "
            "the previous four.",
            "contradicted",
        ),
    ],
)
def test_a_growth_of_a_window_over_the_one_before(text: str, verdict: str) -> None:
    (claim,) = _check(text)
    assert claim.verdict == verdict
    assert "hubquery derives" in claim.notes[0].message
