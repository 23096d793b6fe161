"""Words a reader turns into figures before reading them ("fivefold" is "five-fold",
"four decades" about 40 years, "a city of 6 million" counts its residents), and the
words without which no rule writes a number into a text that states none."""

from __future__ import annotations

import re

from hubquery.query import lexicon as lx
from hubquery.query.reader import gates
from hubquery.query.reader.figures import count_word

_A_SQUARE = re.compile(r"\ban? (square (?:miles?|kilometres?|kilometers?))\b")
_LAST_DECADE = re.compile(r"\b(?:the )?(?:last|past|previous) decade\b")


# The words without which no rule of ``rewrite`` writes a number into a text that has
# none ("doubled" is "two-fold", "a decade" "10 years", "a start-up a day" "1 …", "its
# top firm" "its largest firm", a rank): a rule that can needs its words here
# (tests/unit/test_reader_rewrite.py).
_WRITES_NUMBERS = (
    "fold",
    *(word for word, _ in lx.MULTIPLES),
    "half a",
    "century",
    "decade",
    "square",
    "day",
    "daily",
    "s top",
)


def may_write_numbers(text: str) -> bool:
    """False only where ``rewrite`` writes no number into a text that states none: most
    sentences of prose are then not rewritten (2 % of a check)."""
    return any(map(text.__contains__, _WRITES_NUMBERS))


def rewrite(text: str) -> str:
    """Words a reader turns into figures before reading them: "fivefold" → "five-fold",
    "tripled" → "three-fold", "four decades" → "40 years", "a city of 6 million" →
    "… residents"."""
    if "fold" in text:
        text = lx.FOLD.sub(r"\1-fold", text)
    for word, fold in lx.MULTIPLES:
        if word in text:
            text = re.sub(rf"\b{word}\b", fold, text)
    if "half a" in text or "century" in text:
        for words, years in lx.CENTURIES:
            text = text.replace(words, years)
    if "decade" in text:
        text = _LAST_DECADE.sub("the last 10 years", text)
        text = lx.DECADES.sub(lambda m: _decades(m, text), text)
    if "square" in text:
        text = _A_SQUARE.sub(r"1 \1", text)
    if ("day" in text or "daily" in text) and any(words in text for words, _ in lx.RATE_DAYS):
        text = lx.ONE_AT_A_RATE.sub("1", text)  # "a new start-up every two days": one
    if "abroad" in text or "overseas" in text:
        text = lx.FROM_ABROAD.sub(r"\1 elsewhere", text)
    if "carried out" in text or "actually" in text:
        text = lx.CONDUCTED.sub("conducted", text)
    if "s top" in text:
        text = lx.TOP_AS_FIRST.sub("largest", text)
    if "rmb" in text or "cny" in text or "usd" in text:
        text = lx.GLUED_CURRENCY.sub(r"\1 ", text)
    for needle, short, full in lx.ABBREVIATIONS:
        if needle in text:
            text = short.sub(full, text)
    if "capital" in text:
        text = lx.CAPITAL.sub("capital", text)
    if " of " not in text:
        return text
    text = gates.CITY_OF_PEOPLE.sub(
        lambda m: m.group()[: m.start(1) - m.start()] + "residents", text
    )
    return gates.CITY_OF.sub(r"\g<0> residents", text)


def _decades(match: re.Match[str], text: str) -> str:
    """ "four decades" is about 40 years (a round count), unless hedged otherwise."""
    years = f"{10 * (count_word(match.group(1)) or 1)} years"
    before = text[max(0, match.start() - 20) : match.start()]
    return years if lx.hedge_before(before) is not None else f"about {years}"
