"""`check` on the constructions claims_heldout5.tsv called contradicted though true or
unestablished (issue #19), each on sentences written for these tests, not the set's: a
leading frame of comparison ("Like Beijing, …", "Behind X and Y, …") is not what the
clause is about; a count of companies named by what they did ("200 firms have won …")
is a part, not the place's count of companies; what people earn is pay, not revenue.
And two of its misses that generalise: "five cents of each dollar" is a share of it; "a
30-square-kilometre site" is an area."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check, _read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Like Beijing, Chengdu is China's third-largest luxury market.",
            ("supported", "#3 · chengdu · luxury-market-rank"),
        ),
        (
            "Unlike Chengdu, Dalian has about 6 million residents.",
            ("supported", "about 6 million people · dalian · population"),
        ),
        (
            "Ahead of Dalian, Chengdu has more than 21 million residents.",
            ("supported", "more than 21 million people · chengdu · population"),
        ),
        (
            "As in Shenzhen, Dalian's population is about 6 million.",
            ("supported", "about 6 million people · dalian · population"),
        ),
        (
            "In contrast to Chengdu, Dalian has about 6 million residents.",
            ("supported", "about 6 million people · dalian · population"),
        ),
    ],
)
def test_a_leading_frame_of_comparison_is_not_the_subject(
    text: str, expected: tuple[str, str]
) -> None:
    """The place the frame names is what the clause is compared with: each of these was
    judged by the frame's place's figure, and contradicted."""
    assert _read(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Some 200 Sichuan IoT companies have won export contracts.",
        "Roughly 100 Hefei AI firms have filed patents abroad.",
    ],
)
def test_a_count_of_companies_by_what_they_did_is_a_part(text: str) -> None:
    """Not the place's count of companies (which contradicted them): no metric holds the
    part, so unsupported, with a note that says so."""
    (claim,) = _check(text)
    assert claim.verdict == "unsupported"
    assert any("counts only a part" in note.message for note in claim.notes)


def test_a_part_a_metric_holds_is_judged_by_it_and_a_whole_is_the_whole() -> None:
    """ "300 … have opened branches" is the held count of companies with branches abroad;
    "Zhongguancun's 2,300 companies have …" is the count of all of them."""
    assert _read("About 300 Zhongguancun companies have opened branches overseas.") == [
        ("supported", "about 300 companies · zhongguancun · companies-with-branches-abroad")
    ]
    assert _read("Zhongguancun's 2,300 companies have filed 1,700 international patents.")[0] == (
        "supported",
        "2,300 companies · zhongguancun · companies",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Engineers at the Dalian Software Park earn an average of US$20,000 a year.",
        "Dalian's software programmers take home a salary of about US$8,000.",
    ],
)
def test_what_people_earn_is_pay_not_revenue(text: str) -> None:
    (claim,) = _check(text)
    assert claim.verdict == "unsupported"
    assert any("paid" in note.message for note in claim.notes)


def test_what_a_place_earns_is_still_its_revenue() -> None:
    assert (
        _read("In 2010 the Dalian Software Park earned sales revenues of US$4.5 billion.")[0][0]
        == "supported"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chinese factories take home fewer than four cents out of each dollar US buyers spend.",
            ("unsupported", "less than 4 % · china · share-of-consumer-dollar"),
        ),
        (
            "Chinese makers pocket under five cents of every dollar American consumers pay.",
            ("supported", "less than 5 % · china · share-of-consumer-dollar"),
        ),
        (
            "Chinese manufacturers keep about 15 cents of every dollar a US consumer spends.",
            ("contradicted", "about 15 % · china · share-of-consumer-dollar"),
        ),
        (
            "Chinese manufacturers get a dime for every dollar American shoppers spend.",
            ("contradicted", "about 10 % · china · share-of-consumer-dollar"),
        ),
    ],
)
def test_cents_of_each_dollar_are_a_share_of_it(text: str, expected: tuple[str, str]) -> None:
    """ "five cents of each dollar" is 5 % of it, as "a nickel for every dollar" is (the
    source says less than a nickel): before, "five" was read as a count of companies."""
    assert _read(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "In 1999 the Dalian Software Park opened on a 30-square-kilometre plot.",
        "The Dalian Software Park opened in 1999 as a 12-square-mile campus.",
    ],
)
def test_an_area_written_as_an_adjective_is_an_area(text: str) -> None:
    """The source says 3 km² at its opening in 1999: "a 30-square-kilometre plot" was
    read as a bare 30. (With the year: a claim that states no time is not contradicted
    by a figure of 1999 in an article of 2014, test_check_verdict_dev7.py.)"""
    (claim,) = [c for c in _check(text) if c.read_as.split(" · ")[2] != "year-established"]
    assert (claim.verdict, claim.read_as.split(" · ")[2]) == ("contradicted", "area")


def test_a_frame_followed_by_a_clause_of_its_own_keeps_its_place() -> None:
    """ "Like Dalian, which has 6 million people, …": the figure is Dalian's, in a clause
    about it, not the frame's subject's."""
    assert _read("Like Dalian, which has 6 million people, Shenyang is a northern city.") == [
        ("supported", "6 million people · dalian · population")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "More than 1,500 IoT companies have set up shop in Sichuan.",
        "More than 1,500 IoT companies have established themselves in Sichuan.",
        "More than 840 AI companies have clustered in Hefei.",
    ],
)
def test_companies_that_settled_in_a_place_are_all_of_them(text: str) -> None:
    """What places companies in the place is no part of them: its count of them."""
    assert {c.verdict for c in _check(text)} == {"supported"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zhongguancun covers 185 square miles.", "supported"),
        ("Zhongguancun covers 186 square miles.", "contradicted"),
        ("The Dalian Software Park covers 1.2 square miles.", "supported"),
        ("The Dalian Software Park opened on 1.4 square miles in 1999.", "contradicted"),
    ],
)
def test_square_miles_are_as_rounded_as_their_last_digit(text: str, expected: str) -> None:
    """480 km² is 185.3 square miles, 3 km² 1.16: "185" and "1.2" round them, and were
    contradicted as if exact (479.1 and 3.108 km² to the last decimal)."""
    assert {c.verdict for c in _check(text)} == {expected}


def test_a_frame_that_lists_its_places_names_them_all() -> None:
    """ "Behind Beijing, Shanghai and Shenzhen, Chengdu is fourth": Chengdu's rank (the
    source says third), not Shanghai's; a list that runs into the figure's own clause
    is cut at its first comma."""
    assert _read(
        "Behind Beijing, Shanghai and Shenzhen, Chengdu is China's fourth-largest luxury market."
    ) == [("contradicted", "#4 · chengdu · luxury-market-rank")]
    assert _read(
        "Behind Beijing and Shanghai, Chengdu is third among luxury markets, and Hefei has "
        "more than 840 AI companies."
    ) == [
        ("supported", "#3 · chengdu · luxury-market-rank"),
        ("supported", "more than 840 companies · hefei · ai-companies"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Roughly 120 Sichuan IoT companies have listed on stock exchanges.",
        "Staff at Dalian's outsourcing firms are paid about US$700 a month.",
    ],
)
def test_a_part_listed_on_an_exchange_and_pay_are_not_the_whole(text: str) -> None:
    assert {c.verdict for c in _check(text)} == {"unsupported"}


@pytest.mark.parametrize(
    "text",
    [
        "About 50 of Hefei's AI companies have gone public.",
        "Of the more than 1,500 IoT firms in Sichuan, about 200 export their products.",
    ],
)
def test_a_number_of_a_whole_named_is_a_part_of_it(text: str) -> None:
    """ "50 of Hefei's AI companies", "Of the 1,500 firms …, about 200": a part, which
    the place's count of companies (840, 1,500) contradicted."""
    claims = _check(text)
    assert claims[-1].verdict == "unsupported"
    assert "contradicted" not in {c.verdict for c in claims}


def test_a_part_of_a_whole_named_is_judged_by_the_metric_its_words_name() -> None:
    assert _read(
        "Of Zhongguancun's 2,300 companies, more than 300 have a turnover above 1 billion yuan."
    ) == [
        ("supported", "2,300 companies · zhongguancun · companies"),
        (
            "supported",
            "more than 300 companies · zhongguancun · companies-with-billion-yuan-turnover",
        ),
    ]
    # (a hedge between the whole's owner and its number: still the whole)
    assert _read("Hefei's more than 840 AI companies have drawn billions in investment.") == [
        ("supported", "more than 840 companies · hefei · ai-companies")
    ]


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("The average Dalian outsourcing worker earns US$8,000 a year.", "paid"),
        ("Hefei residents saw their incomes rise 8% last year.", "paid"),
        ("Per-capita income in Dalian reached 40,000 yuan.", "per head"),
        (
            "Each employee of the Dalian Software Park generates about US$50,000 in revenue.",
            "per head",
        ),
    ],
)
def test_pay_its_rise_and_a_sum_per_head_are_no_total(text: str, note: str) -> None:
    """Each was contradicted by a place's revenue or its companies' growth."""
    (claim,) = _check(text)
    assert claim.verdict == "unsupported"
    assert any(note in n.message for n in claim.notes)


def test_a_figure_after_a_places_possessive_is_that_places() -> None:
    """ "a quarter of Chengdu's 21 million people" was judged as Dalian's population."""
    assert _read("Dalian has roughly a quarter of Chengdu's 21 million people.")[1] == (
        "supported",
        "21 million people · chengdu · population",
    )


def test_the_figure_a_change_reached_is_of_later_than_the_one_it_started_from() -> None:
    """ "grew from fewer than 300,000 in 1979 to more than 12 million": 12 million is of
    some later time (the hedge after "to" hid that), not contradicted by 1979's."""
    claims = _check(
        "Shenzhen's population has grown from fewer than 300,000 in 1979 to more than 12 million."
    )
    assert [c.verdict for c in claims] == ["supported", "unsupported"]
