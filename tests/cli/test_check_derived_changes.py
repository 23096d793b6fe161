"""A change `check` derives to judge a claim ("doubled between 2010 and 2014") is the
judgement module's change (hubquery.judgement.changes): a figure the data marks as
reported in its source's year, a target or a threshold is never joined into it, as
`history` never joins them."""

from __future__ import annotations

from tests.cli.test_check_reading import _check


def test_a_report_period_figure_is_never_an_end_of_a_derived_change() -> None:
    """Dalian's "six million inhabitants" is dated by the 2014 article that reported it,
    not by when it held: no change from 2010's 6 million to it is derived, so "doubled
    between 2010 and 2014" is not established either way."""
    claims = _check("Dalian's population doubled between 2010 and 2014.")
    assert [c.verdict for c in claims] == ["unsupported"]
    assert not claims[0].derived
    message = claims[0].notes[0].message
    assert "when the source reported it" in message
    assert "hubquery derives" not in message


def test_a_derived_change_says_the_judgement_modules_figure() -> None:
    """Between two figures that held, the growth is the one `history` states (+150.9 %,
    US$8.65 billion in 2010 to US$21.7 billion c. 2013), flagged as derived."""
    claims = _check("Dalian's outsourcing revenue more than doubled between 2010 and 2013.")
    assert [(c.verdict, c.derived) for c in claims] == [("supported", True)]
    assert "hubquery derives +150.9 % (2010–2013)" in claims[0].notes[0].message
