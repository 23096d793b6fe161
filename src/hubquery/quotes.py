"""Checks that quotes are honest: each states its figure, and each is in its article.

``figure_problems`` reads every number a quote states, in digits ("2.300",
"480billion", "US$21.7 billion") or in words ("six million", "two-thirds",
"one out of every three", "eight years ago"), and reports figures whose value
is not among them. ``article_problems`` looks for every quote in the text of
its article, ignoring whitespace, hyphens and the kind of quotation marks, so
that words split across lines of a two-column layout still match; ``…`` marks
an elision, and the parts around it must appear in order.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hubquery.models import Dataset

Location = tuple[str | int, ...]

_UNITS = {
    "zero": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}
_SCALES = {
    "hundred": 1e2, "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
}
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "largest": 1, "biggest": 1,
}
_FRACTIONS = {
    "half": 1 / 2, "third": 1 / 3, "thirds": 1 / 3, "quarter": 1 / 4, "quarters": 1 / 4,
    "fifth": 1 / 5, "fifths": 1 / 5, "tenth": 1 / 10, "tenths": 1 / 10,
}
_SCALE_WORDS = "|".join(sorted(_SCALES, key=len, reverse=True))
_DIGITS = re.compile(
    rf"(?<![\w.])([-−]?)(\d{{1,3}}(?:,\d{{3}})+|\d{{1,3}}(?:\.\d{{3}})+|\d+(?:\.\d+)?)"
    rf"(?:\s*({_SCALE_WORDS})\b)?",
)
_WORD = re.compile(r"[a-z]+")
_OUT_OF = re.compile(r"\b(one|a|\d+) (?:out of every|out of|in every|in) (\w+)\b")
_YEARS_AGO = re.compile(r"\b(\w+) years? ago\b")
_NICKEL = re.compile(r"\ba nickel for every dollar\b")
_DECLINE = re.compile(r"\b(?:down|fell|fall(?:en|ing)?|declin\w*|decreas\w*|drop\w*|shr[iau]nk\w*|"
                      r"contract\w*|lower|loss|minus|negative)\b")


def _word_number(words: list[str]) -> float | None:
    """``six million`` → 6e6, ``twenty five thousand`` → 25e3; None if not a number."""
    total = current = 0.0
    seen = False
    for word in words:
        if word in _UNITS and word not in ("a", "an"):
            current += _UNITS[word]
            seen = True
        elif word in ("a", "an") and not seen:
            current = 1
        elif word in _SCALES and len(word) > 2 and (seen or current):
            current = max(current, 1) * _SCALES[word]
            if _SCALES[word] >= 1e3:
                total += current
                current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def stated_numbers(quote: str, source_year: int | None = None) -> set[float]:
    """Every number a quote states, with fractions also as percentages."""
    text = unicodedata.normalize("NFKC", quote).lower()
    found: set[float] = set()
    fractions: set[float] = set()
    for match in _DIGITS.finditer(text):
        sign, digits, scale = match.group(1), match.group(2), match.group(3)
        factor = (_SCALES[scale] if scale else 1) * (-1 if sign else 1)
        if "," in digits:
            found.add(float(digits.replace(",", "")) * factor)
        elif re.fullmatch(r"\d{1,3}(?:\.\d{3})+", digits):
            # "2.300": a dot as a thousands separator, or a decimal point.
            found.add(float(digits.replace(".", "")) * factor)
            found.add(float(digits) * factor)
        else:
            found.add(float(digits) * factor)
    text = text.replace("-", " ")
    words = _WORD.findall(text)
    for start in range(len(words)):
        for end in range(start + 1, min(start + 6, len(words)) + 1):
            value = _word_number(words[start:end])
            if value is not None:
                found.add(value)
        word = words[start]
        if word in _ORDINALS:
            found.add(_ORDINALS[word])
        if word in _FRACTIONS:
            before = words[start - 1] if start else ""
            count = _UNITS.get(before, 1) if before not in ("a", "an") else 1
            fractions.add(count * _FRACTIONS[word])
    for match in _OUT_OF.finditer(text):
        numerator = _number_word(match.group(1))
        denominator = _number_word(match.group(2))
        if numerator is not None and denominator:
            fractions.add(numerator / denominator)
    if source_year is not None:
        for match in _YEARS_AGO.finditer(text):
            years = _number_word(match.group(1))
            if years is not None:
                found.add(source_year - years)
    if _NICKEL.search(text):
        fractions.add(0.05)
    found |= fractions
    found |= {fraction * 100 for fraction in fractions}
    if _DECLINE.search(text):  # "down 2.8 percent" states a change of -2.8
        found |= {-number for number in found}
    return found


def _number_word(token: str) -> float | None:
    if token.isdigit():
        return float(token)
    return _word_number([token])


def states(value: float, numbers: set[float]) -> bool:
    return any(math.isclose(value, n, rel_tol=1e-6, abs_tol=1e-9) for n in numbers)


# Words by which a quote doubts its own claim; the reader must see the doubt.
_HEDGES = re.compile(r"\b(apparently|reportedly|allegedly|supposedly|perhaps|possibly|"
                     r"might|may(?!\s+\d))\b", re.IGNORECASE)


def figure_problems(dataset: Dataset) -> Iterator[tuple[Location, str]]:
    """Quoted figures whose quote does not state their value, or hedges it unsaid."""
    years = {s.id: int(s.published[:4]) for s in dataset.sources}
    for index, fact in enumerate(dataset.facts):
        if fact.derived or fact.quote is None:
            continue
        if fact.stated_as is not None:
            if not states_word(fact.quote, fact.stated_as, fact.qualifier):
                hedge = "nearly " if fact.qualifier == "nearly" else ""
                yield ("facts", index, "quote"), (
                    f"the quote does not say {hedge + fact.stated_as!r}"
                )
        elif not states(fact.value, stated_numbers(fact.quote, years.get(fact.source))):
            yield ("facts", index, "quote"), (
                f"the quote does not state the value {fact.value!r} "
                "(in digits or in words)"
            )
        for hedge in dict.fromkeys(m.lower() for m in _HEDGES.findall(fact.quote)):
            if fact.note is None or not re.search(rf"\b{hedge}\b", fact.note, re.IGNORECASE):
                yield ("facts", index, "note"), (
                    f"the quote hedges ({hedge!r}): the note must say what {hedge!r} qualifies"
                )
    for index, hub in enumerate(dataset.hubs):
        for cite_index, organisation in enumerate(hub.organisations):
            named = organisation.quoted_as or organisation.name
            if _unpossessive(named) not in _unpossessive(organisation.quote):
                yield ("hubs", index, "organisations", cite_index, "quote"), (
                    f"the quote does not name {named!r}"
                )


def states_word(quote: str, word: str, qualifier: str | None) -> bool:
    """True when the quote says the word that states a figure ("the only", "nearly
    all"), as a whole word, hedged as the figure's qualifier says."""
    # An unhedged figure must not stand on a hedged word: "nearly all" is not "all".
    hedge = r"(?:nearly|almost)\s+" if qualifier == "nearly" else r"(?<!nearly\s)(?<!almost\s)"
    text = unicodedata.normalize("NFKC", quote)
    return re.search(rf"\b{hedge}{word}\b", text, re.IGNORECASE) is not None


_QUOTE_MARKS = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"'})
_IGNORED = re.compile(r"[\s\-\u00ad\u2010\u2011\u2012\u2013]+")
_ELISION = re.compile(r"\s*(?:…|\.\.\.)\s*")


def _skeleton(text: str) -> str:
    """Text with whitespace, hyphens and quotation-mark styles taken out."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTE_MARKS)
    return _IGNORED.sub("", text).casefold()


def _unpossessive(text: str) -> str:
    """The skeleton without possessives: "Neusoft’s Institute" names "Neusoft Institute"."""
    return _skeleton(text).replace("'s", "")


def quote_in_article(quote: str, article_skeleton: str) -> bool:
    """True when every part of the quote (split at ``…``) is in the article, in order."""
    position = 0
    for part in _ELISION.split(quote):
        part = _skeleton(part)
        if not part:
            continue
        found = article_skeleton.find(part, position)
        if found < 0:
            return False
        position = found + len(part)
    return True


def article_problems(dataset: Dataset, folder: Path) -> Iterator[tuple[Location, str]]:
    """Quotes that are not in their article's text in ``folder``."""
    articles: dict[str, str | None] = {}
    for index, source in enumerate(dataset.sources):
        if source.article_file is None:
            yield ("sources", index, "article_file"), "no article_file to check quotes against"
            articles[source.id] = None
            continue
        path = folder / source.article_file
        try:
            articles[source.id] = _skeleton(path.read_text("utf-8"))
        except OSError as error:
            yield ("sources", index, "article_file"), (
                f"cannot read {path}: {error.strerror or error}"
            )
            articles[source.id] = None
    for index, hub in enumerate(dataset.hubs):
        for field, cited in (("tags", hub.tags), ("organisations", hub.organisations)):
            for cite_index, citation in enumerate(cited):
                text = articles.get(citation.source)
                if text is not None and not quote_in_article(citation.quote, text):
                    yield ("hubs", index, field, cite_index, "quote"), (
                        f"quote not found in {citation.source}'s article"
                    )
    for index, fact in enumerate(dataset.facts):
        text = articles.get(fact.source)
        if fact.quote is not None and text is not None and not quote_in_article(fact.quote, text):
            yield ("facts", index, "quote"), f"quote not found in {fact.source}'s article"
