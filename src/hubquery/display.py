"""How a figure reads: ``CN¥135 billion``, ``70 %``, ``nearly 1,000 companies``."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hubquery.records import Fact, Metric

CURRENCY_SYMBOLS = {
    "CNY": "CN¥",
    "USD": "US$",
    "EUR": "€",
    "GBP": "£",
    "JPY": "JP¥",
    "INR": "₹",
    "KRW": "₩",
    "HKD": "HK$",
    "TWD": "NT$",
    "SGD": "S$",
}
# Words, not "m" / "bn": "6 m people" reads as six metres of people.
_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def plain_number(value: float) -> str:
    """A number with thousands separators and no more decimals than it has (max 3)."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.3f}".rstrip("0").rstrip(".")


def scaled_number(value: float) -> str:
    """Large numbers in millions, billions and trillions, keeping every significant digit
    up to six: ``6 million``, ``21.7 billion``."""
    for factor, word in _SCALES:
        if abs(value) >= factor:
            return f"{value / factor:.6g} {word}"
    return plain_number(value)


def percent_number(value: float) -> str:
    """A percentage's number, as every view prints it: two decimals at most (``1.17``,
    ``150.87``, ``70``). The one rounding of percentages and percentage points, for a
    figure, a growth and a change alike."""
    return plain_number(round(value, 2))


_COUNTS: tuple[str, ...] = ("one", "two", "three", "four", "five", "six", "seven", "eight")
_COUNTS += ("nine", "ten", "eleven", "twelve")


def share_in_words(value: float) -> str | None:
    """A share that is a simple fraction no percentage writes exactly, in the words a
    writer checks it by, with its whole percentage: 66.666… % is "two in three (≈67 %)",
    never the 66.67 % a draft would copy as printed. None for any other share (a whole
    or one-decimal percentage, "12.5 %", says itself; a fraction beyond twelfths is none
    a writer says)."""
    if round(value, 1) == round(value, 9):
        return None
    for parts in range(3, 13):
        part = value * parts / 100
        if 0.5 <= part < parts - 0.5 and abs(part - round(part)) < 1e-6:
            return f"{_COUNTS[round(part) - 1]} in {_COUNTS[parts - 1]} (≈{int(value + 0.5)} %)"
    return None


def format_value(value: float, unit: str, kind: str | None = None) -> str:
    """A figure with its unit, e.g. ``US$21.7 billion``, ``70 %``, ``+23.2 %``, ``480 km²``."""
    if unit == "percent":
        sign = "+" if kind == "growth" and value > 0 else ""
        return f"{sign}{percent_number(value)} %"
    if unit in CURRENCY_SYMBOLS:
        return f"{CURRENCY_SYMBOLS[unit]}{scaled_number(value)}"
    if len(unit) == 3 and unit.isupper():
        return f"{scaled_number(value)} {unit}"
    if unit == "rank":
        return f"#{plain_number(value)}"
    if unit == "year":
        return str(int(value)) if float(value).is_integer() else str(value)
    if unit == "km2":
        return f"{plain_number(value)} km²"
    if unit == "times":
        return f"{plain_number(value)}×"
    return f"{scaled_number(value)} {unit}"


# A figure's status is said once. A target's is a date's ("target for 2020"), said by its
# period label (judgement.figures.period_label) and so not here; a threshold's and an
# aspiration's are the number's, said after it here (see vocabulary.Status).
_STATUS_SUFFIX = {"aspiration": "aspiration", "threshold": "threshold"}


def format_fact(
    value: float,
    unit: str,
    qualifier: str | None = None,
    status: str = "reported",
    kind: str | None = None,
    stated_as: str | None = None,
) -> str:
    """A figure as a sentence fragment: ``nearly 120,000 people``, ``CN¥1 trillion`` (a
    target, whose period label says so), ``more than 20 million people (threshold)``,
    ``the only one``, ``two-thirds (≈67 %)``, ``the largest (#1)``,
    ``hundreds (at least 200 companies)``.

    Computed once, when the dataset is compiled, and served as each fact's ``display``."""
    text = format_value(value, unit, kind)
    if qualifier:
        text = f"{qualifier} {text}"
    if stated_as:
        text = stated_text(value, unit, text, qualifier, stated_as)
    suffix = _STATUS_SUFFIX.get(status)
    return f"{text} ({suffix})" if suffix else text


def stated_text(value: float, unit: str, text: str, qualifier: str | None, stated_as: str) -> str:
    """A figure stated in words, in its words (``vocabulary.STATED_WORDS``): a fraction
    with the number rounded and marked approximate, "two-thirds (≈67 %)", never the
    66.67 % a writer would misquote; a place, "the largest (#1)"; other words as the
    source says them, with the number they are stored as where it adds one; a number in
    words the digits say exactly ("six million") as ``text``, the number."""
    from hubquery.vocabulary import STATED_WORDS

    word = STATED_WORDS.get(stated_as)
    if word is None:
        return f"{stated_as} ({text})"
    said = f"{qualifier} " if qualifier and qualifier != word.implied else ""
    if word.reads == "fraction" and unit == "percent":
        return f"{said}{stated_as} (≈{plain_number(round(value))} %)"
    if word.reads == "ordinal" and unit == "rank":
        return f"{said}the {stated_as} (#{plain_number(value)})"
    if word.reads == "words":
        phrase = f"{said}{word.phrase or stated_as}"
        return f"{phrase} ({text})" if word.bracket else phrase
    return text


def derivation_text(method: str, inputs: list[tuple[str, str, bool]]) -> str:
    """How a derived figure is computed, in its inputs' own figures: each input is
    (display, period text, whether it is itself derived)."""
    terms = [
        f"{display} ({period}{', derived' if derived else ''})"
        for display, period, derived in inputs
    ]
    if method == "difference":
        return " − ".join(terms)
    if method == "sum":
        return " + ".join(terms)
    if method == "ratio":
        return " ÷ ".join(terms)
    if method == "percent-change" and len(terms) == 2:
        return f"change from {terms[1]} to {terms[0]}, in percent"
    return f"{method} of " + ", ".join(terms)


def quoted(words: str, single: bool = False) -> str:
    """Words in quotation marks, the one place any view puts them there: “…”, with the
    double marks already in the words made single, a quotation inside a quotation
    (“‘Nearly all our graduates …,’ Menon explains.”, never ““Nearly all …,””).
    ``single``: ‘…’ outside (Harvard's titles), the double marks inside kept as they are."""
    if single:
        return "‘" + words + "’"
    return "“" + words.replace("“", "‘").replace("”", "’") + "”"


def join_names(names: list[str]) -> str:
    """``Chengdu, Chongqing and Xi'an``."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def figure_name(label: str, subject: str | None = None, basis: str | None = None) -> str:
    """The name of what a figure measures, the one rule of every view: the metric's
    label, after the subject it is about, qualified by the basis it is counted on
    (``Share of world laptops (produced)``, ``Neusoft: Employees``). A basis is never
    put in a value nor a footnote: where one heading (compare's row, list's column,
    rank's title, history's table) would stand for figures of several bases, the view
    splits it, one name each. Machine formats carry ``basis`` as a field of its own."""
    return (f"{subject}: " if subject else "") + label + (f" ({basis})" if basis else "")


def quantity_label(fact: Fact, metric: Metric | None) -> str:
    """What a figure measures: ``Neusoft: Employees (produced)`` (``figure_name``)."""
    return figure_name(metric.label if metric else fact.metric_id, fact.subject, fact.basis)
