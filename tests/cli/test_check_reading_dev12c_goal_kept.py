"""`check` on a goal said kept in a clause of its own at the sentence's end (issue #19):
"vowed to reach 1 trillion yuan by 2020, and it did", "…, a promise it kept" claim the
goal's figure as achieved, which a source that gives it as a goal only contradicts; a
clause that still looks ahead ("and it hopes to deliver") keeps it a goal. Sentences
written for these tests, none a claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check, _read


@pytest.mark.parametrize(
    "text",
    [
        "Chengdu vowed to lift its IT industry's revenue to 1 trillion yuan by 2020, and it did.",
        "Chengdu vowed to lift its IT industry's revenue to 1 trillion yuan by 2020, and so it did.",
        "Shenzhen pledged to put 5% of its annual GDP into factory automation by 2020, a "
        "promise it kept.",
        "Shenzhen pledged to spend 5% of its annual GDP on robots by 2020 and duly delivered.",
    ],
)
def test_a_goal_said_kept_is_a_claim_that_it_was_achieved(text: str) -> None:
    assert {c.sentence_verdict for c in _check(text)} == {"contradicted"}
    assert not any(s.endswith("as a goal") for _, s in _read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Chengdu vowed to lift its IT industry's revenue to 1 trillion yuan by 2020, and it "
        "hopes to deliver.",
        "Shenzhen pledged to put 5% of its annual GDP into factory automation by 2020, a "
        "promise it has yet to keep.",
        "Chengdu vowed to lift its IT industry's revenue to 1 trillion yuan by 2020.",
    ],
)
def test_a_goal_not_said_kept_stays_a_goal(text: str) -> None:
    assert {c.sentence_verdict for c in _check(text)} == {"supported"}
    assert all(s.endswith("as a goal") for _, s in _read(text))
