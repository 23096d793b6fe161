"""Checks that quotes are honest: each states its figure, and each is in its article.

``figure_problems`` reads every number a quote states with ``numbers`` (the reader
``check`` uses for a writer's claims), and reports figures whose value is not
among them. ``article_problems`` looks for every quote in the text of
its article, ignoring whitespace, hyphens and the kind of quotation marks, so
that words split across lines of a two-column layout still match; ``…`` marks
an elision, and the parts around it must appear in order.
"""

from __future__ import annotations

import os
import re
import stat
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from hubquery.errors import Location
from hubquery.numbers import read_numbers, stated_numbers, states, states_decline
from hubquery.vocabulary import STATED_WORDS

if TYPE_CHECKING:
    from hubquery.models import Dataset

__all__ = ["article_problems", "figure_problems", "quote_in_article", "stated_numbers", "states"]


# Words by which a quote doubts its own claim; the reader must see the doubt.
_HEDGES = re.compile(
    r"\b(apparently|reportedly|allegedly|supposedly|perhaps|possibly|"
    r"might|may(?!\s+\d))\b",
    re.IGNORECASE,
)


def figure_problems(dataset: Dataset) -> Iterator[tuple[Location, str]]:
    """Quoted figures whose quote does not state their value, or hedges it unsaid."""
    years = {s.id: int(s.published[:4]) for s in dataset.sources}
    for index, fact in enumerate(dataset.facts):
        if fact.derived or fact.quote is None:
            continue
        if fact.stated_as is not None:
            if not states_word(fact.quote, fact.stated_as, fact.qualifier):
                said = fact.qualifier if _said(fact.stated_as, fact.qualifier) else None
                words = f"{said} {fact.stated_as}" if said else fact.stated_as
                yield ("facts", index, "quote"), f"the quote does not say {words!r}"
            elif STATED_WORDS[fact.stated_as].reads == "ahead-of":
                ahead = STATED_WORDS[fact.stated_as].value
                ranks = {n.value for n in read_numbers(fact.quote) if n.kind == "ordinal"}
                if not states(fact.value + ahead, ranks):
                    yield (
                        ("facts", index, "value"),
                        (
                            f"{fact.stated_as!r} puts the place ahead of a rank its quote states: "
                            f"the quote states no rank {fact.value + ahead:g}"
                        ),
                    )
        elif not states(fact.value, digit_numbers(fact.quote)):
            if states(fact.value, stated_numbers(fact.quote, years.get(fact.source))):
                yield (
                    ("facts", index, "quote"),
                    (
                        f"the quote states the value {fact.value!r} in words, not in digits: "
                        "stated_as must name the words (see the curator's guide)"
                    ),
                )
            else:
                yield (
                    ("facts", index, "quote"),
                    (f"the quote does not state the value {fact.value!r} (in digits or in words)"),
                )
        for hedge in dict.fromkeys(m.lower() for m in _HEDGES.findall(fact.quote)):
            if fact.note is None or not re.search(rf"\b{hedge}\b", fact.note, re.IGNORECASE):
                yield (
                    ("facts", index, "note"),
                    (f"the quote hedges ({hedge!r}): the note must say what {hedge!r} qualifies"),
                )
    for index, hub in enumerate(dataset.hubs):
        for cite_index, organisation in enumerate(hub.organisations):
            named = organisation.quoted_as or organisation.name
            if _unpossessive(named) not in _unpossessive(organisation.quote):
                yield (
                    ("hubs", index, "organisations", cite_index, "quote"),
                    (f"the quote does not name {named!r}"),
                )


def digit_numbers(quote: str) -> set[float]:
    """The numbers a quote writes in digits ("2.300", "US$21.7 billion", "14th"), each
    also negated where the quote states a decline; not its words or fractions."""
    found = {v for n in read_numbers(quote) if n.kind == "digits" for v in n.values}
    if states_decline(quote):
        found |= {-v for v in found}
    return found


# How a quote says each hedge before the words that state a figure ("nearly all").
_SAID_HEDGES = {
    "about": r"about|around|some|roughly|approximately",
    "nearly": r"nearly|almost",
    "more than": r"more than|over|way over",
    "at least": r"at least",
    "less than": r"less than|under|fewer than",
    "at most": r"at most|no more than",
}
_ANY_HEDGE = re.compile(rf"\b(?:{'|'.join(_SAID_HEDGES.values())})\s*$", re.IGNORECASE)


def _said(word: str, qualifier: str | None) -> bool:
    """Whether the qualifier is said in the quote, not implied by the word ("hundreds")."""
    return qualifier is not None and STATED_WORDS[word].implied != qualifier


def states_word(quote: str, word: str, qualifier: str | None) -> bool:
    """True when the quote says the words that state a figure ("the only", "nearly
    all", "one-third" or "one third"), as whole words, hedged as the figure's qualifier
    says: a hedge the words do not imply must be said before them, and a figure with
    no hedge must not stand on hedged words ("nearly all" is not "all")."""
    text = unicodedata.normalize("NFKC", quote)
    words = r"[\s\-]+".join(re.escape(part) for part in re.split(r"[\s\-]+", word))
    if _said(word, qualifier):
        assert qualifier is not None
        pattern = rf"\b(?:{_SAID_HEDGES[qualifier]})\s+{words}\b"
        return re.search(pattern, text, re.IGNORECASE) is not None
    for match in re.finditer(rf"\b{words}\b", text, re.IGNORECASE):
        if qualifier is not None or not _ANY_HEDGE.search(
            text[max(0, match.start() - 30) : match.start()]
        ):
            return True
    return False


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


ARTICLE_LIMIT = 4 << 20  # bytes; an article is tens of kilobytes


def read_article(path: Path) -> str:
    """An article's text: a regular file (never a FIFO or a device, which could block or
    never end) of at most ARTICLE_LIMIT bytes, in UTF-8."""

    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    with open(descriptor, "rb") as f:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise ValueError("not a regular file")
        content = f.read(ARTICLE_LIMIT + 1)
    if len(content) > ARTICLE_LIMIT:
        raise ValueError(f"larger than {ARTICLE_LIMIT >> 20} MiB")
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ValueError(f"not UTF-8 text (byte {error.start:,})") from None


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
            articles[source.id] = _skeleton(read_article(path))
        except (OSError, ValueError) as error:
            cause = error.strerror if isinstance(error, OSError) else str(error)
            yield ("sources", index, "article_file"), f"cannot read {path}: {cause or error}"
            articles[source.id] = None
    for index, hub in enumerate(dataset.hubs):
        for field, cited in (("tags", hub.tags), ("organisations", hub.organisations)):
            for cite_index, citation in enumerate(cited):
                text = articles.get(citation.source)
                if text is not None and not quote_in_article(citation.quote, text):
                    yield (
                        ("hubs", index, field, cite_index, "quote"),
                        (f"quote not found in {citation.source}'s article"),
                    )
    for index, fact in enumerate(dataset.facts):
        text = articles.get(fact.source)
        if fact.quote is not None and text is not None and not quote_in_article(fact.quote, text):
            yield ("facts", index, "quote"), f"quote not found in {fact.source}'s article"
