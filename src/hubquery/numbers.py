"""Reading the numbers a text states: one reader for quotes (``validate``) and claims (``check``).

It reads digits ("2.300", "480billion", "US$21.7 billion", "21.192 million"), number
words ("six million", "twenty five thousand"), ordinals ("14th" is digits; "third",
"largest" are words), fractions ("two-thirds", "half", "one out of every three") and
"eight years ago" against the year a source was published. ``read_numbers`` says where
each number is in the (normalised) text; ``stated_numbers`` is the set a quote states.
"""

from __future__ import annotations

import math
import re
import unicodedata
from typing import Literal, NamedTuple

from hubquery.shares_in_words import out_of_every
from hubquery.words import first_digit, has_digit, letter_runs, word_places

Kind = Literal["digits", "words", "ordinal", "fraction", "years-ago"]

_UNITS = {
    "zero": 0,
    "one": 1,
    "a": 1,
    "an": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "dozen": 12,
}
SCALES = {
    "hundred": 1e2,
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "m": 1e6,
    "mn": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
}
_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "largest": 1,
    "biggest": 1,
}
_FRACTIONS = {
    "half": 1 / 2,
    "third": 1 / 3,
    "thirds": 1 / 3,
    "quarter": 1 / 4,
    "quarters": 1 / 4,
    "fifth": 1 / 5,
    "fifths": 1 / 5,
    "sixth": 1 / 6,
    "sixths": 1 / 6,
    "eighth": 1 / 8,
    "eighths": 1 / 8,
    "tenth": 1 / 10,
    "tenths": 1 / 10,
    "twentieth": 1 / 20,
    "twentieths": 1 / 20,
}


def _trie(words: set[str]) -> str:
    """An alternation of words as a tree of their letters ("s(?:ix(?:th)?|even)"): a
    text is tried letter by letter where a word may begin, not word by word."""
    heads: dict[str, set[str]] = {}
    for word in words:
        heads.setdefault(word[0], set()).add(word[1:])
    branches = []
    for head, tails in sorted(heads.items()):
        rest = tails - {""}
        optional = "?" if "" in tails else ""
        branches.append(re.escape(head) + (f"(?:{_trie(rest)}){optional}" if rest else ""))
    return "|".join(branches)


_SCALE_WORDS = "|".join(sorted(SCALES, key=len, reverse=True))
# (the lookahead turns away every place that is no sign or digit at once, before the test
# of the character before it: see query.lexicon.RANK_BEFORE)
_DIGITS = re.compile(
    rf"(?=[-−\d])(?<![\w.])([-−]?)(\d{{1,3}}(?:,\d{{3}})+|\d{{1,3}}(?:\.\d{{3}})+|\d+(?:\.\d+)?)"
    rf"(?:\s*({_SCALE_WORDS})\b)?",
)
_WORD = re.compile(r"[a-z]+")
_GLUED_LETTER = re.compile(r"[a-gi-rt-wyz](?![a-z\d])")
_HYPHENED_WORD = re.compile(r"(?<![a-z])[a-z]+-\Z")
_LETTER_BEFORE = re.compile(r"[a-z]")
# Words joined to a figure by a hyphen that leave it a figure: "mid-1990s", "top-10".
_NUMBER_PREFIXES = frozenset(
    {"mid", "pre", "post", "top", "under", "over", "early", "late", "end", "year"}
    | {"sub", "non", "circa", "some", "about"}
)
# A word that can begin or be a number in words, an ordinal or a fraction ("a" and "an"
# begin one only before a word of these: "a million", "a third").
_NUMBER_WORD = re.compile(
    r"(?<![a-z])(?:"
    + _trie(
        {w for w in _UNITS if w not in ("a", "an")}
        | {w for w in SCALES if len(w) > 2}
        | set(_ORDINALS)
        | set(_FRACTIONS)
    )
    + r")(?![a-z])"
)
# The same words as a set, for a text's words found at once (``_has_number_word``).
_NUMBER_WORDS = frozenset(
    {w for w in _UNITS if w not in ("a", "an")}
    | {w for w in SCALES if len(w) > 2}
    | set(_ORDINALS)
    | set(_FRACTIONS)
)
# The words a number in words is a run of ("and" after "hundred" aside).
_RUN_WORDS = frozenset(_UNITS) | {w for w in SCALES if len(w) > 2}
# Every word that can begin or be a number, an ordinal or a fraction ("a" included).
_STARTS = frozenset(_UNITS) | frozenset(_ORDINALS) | frozenset(_FRACTIONS)
_DOTTED = re.compile(r"\d{1,3}(?:\.\d{3})+")
_BIG_SCALES = "hundred|thousand|million|billion|trillion"
_COUNT_WORDS = "|".join(w for w in _UNITS if w not in ("a", "an", "dozen"))
# "eight and a half million", "half a million", "three quarters of a billion"
_AND_A_HALF = re.compile(
    rf"\b((?:(?:{_COUNT_WORDS}|a|hundred) )*(?:{_COUNT_WORDS})) and a half ({_BIG_SCALES})\b"
)
_PART_OF = re.compile(
    rf"\b(?:(a|one|two|three) (half|thirds?|quarters?) of an?|(half) an?) ({_BIG_SCALES})\b"
)
_YEARS_AGO = re.compile(r"\b(\w+) years? ago\b")
# "a nickel for every dollar", "five cents of each dollar": a share of the dollar
_CENTS = re.compile(
    r"\b(?:a (nickel|dime|penny)|(\w+) cents?) (?:for|of|on|from|in|out of) (?:every|each) "
    r"(?:u ?s )?dollar\b"
)
_COINS = {"nickel": 5.0, "dime": 10.0, "penny": 1.0}
_DECLINE = re.compile(
    r"\b(?:down|fell|fall(?:en|ing)?|declin\w*|decreas\w*|drop\w*|shr[iau]nk\w*|"
    r"contract\w*|lower|loss|minus|negative)\b"
)


# Quantities named by a plural of a scale ("hundreds of companies"): at least two of it,
# fewer than the next scale a writer would name instead ("thousands", "millions"). The
# source's own "hundreds" (``stated_as``) is read by the same table.
VAGUE_QUANTITIES: dict[str, tuple[float, float]] = {
    "dozens": (24, 100),
    "hundreds": (200, 1e3),
    "thousands": (2e3, 1e6),
    "tens of thousands": (2e4, 1e5),
    "hundreds of thousands": (2e5, 1e6),
    "millions": (2e6, 1e9),
    "tens of millions": (2e7, 1e8),
    "hundreds of millions": (2e8, 1e9),
    "billions": (2e9, 1e12),
}
VAGUE_QUANTITY = re.compile(
    r"\b(?:(?:tens|hundreds) of (?:thousands|millions)|dozens|hundreds|thousands|millions|"
    r"billions)(?= of\b)"
)


class Number(NamedTuple):
    """One reading of a number at ``text[start:end]`` of the normalised text.

    ``values`` has more than one value where the writing is ambiguous ("2.300": a
    thousands separator or a decimal point; the last is the English reading).
    ``rounding`` is half a unit of the last digit written ("21.2 million" → 50,000;
    "6 million" → 500,000; "2,300" → 0: plain integers are read as exact). A fraction's
    value is the fraction itself (1/3), not a percentage."""

    values: tuple[float, ...]
    start: int
    end: int
    kind: Kind
    scaled: bool = False
    rounding: float = 0.0

    @property
    def value(self) -> float:
        return self.values[-1]


def normalise(text: str) -> str:
    """The text numbers are read from: NFKC (full-width digits are digits), lower case."""
    if text.isascii():  # NFKC leaves ASCII as it is
        return text.lower()
    return unicodedata.normalize("NFKC", text).lower()


def read_numbers(text: str, source_year: int | None = None) -> list[Number]:
    """Every reading of a number in ``normalise(text)``, overlapping ones included
    ("six million" is read as 6, as 6,000,000 and, for a decline, nothing more)."""
    text = normalise(text)
    found: list[Number] = []
    # (from the first digit on, its sign before it: not tried at every place before it)
    digit = first_digit(text)
    for match in _DIGITS.finditer(text, max(0, digit - 1)) if digit >= 0 else ():
        sign, digits, scale = match.group(1), match.group(2), match.group(3)
        if not scale and in_a_name(text, match.start(), match.end()):
            continue  # "5G", "3D", "COVID-19": a name, as "G20" and "A380" are
        unit = SCALES[scale] if scale else 1
        factor = unit * (-1 if sign else 1)
        decimals = len(digits.split(".")[1]) if "." in digits and "," not in digits else 0
        rounding = 0.5 * unit * 10**-decimals if scale or decimals else 0.0
        if "," in digits:
            values: tuple[float, ...] = (float(digits.replace(",", "")) * factor,)
        elif _DOTTED.fullmatch(digits):
            # "2.300": a dot as a thousands separator, or a decimal point.
            values = (float(digits.replace(".", "")) * factor, float(digits) * factor)
        else:
            values = (float(digits) * factor,)
        found.append(Number(values, match.start(), match.end(), "digits", bool(scale), rounding))
    spaced = text.replace("-", " ")
    # Most sentences have no number word: their words are not gone through one by one.
    tokens = letter_runs(spaced)
    if _NUMBER_WORDS.isdisjoint(tokens):
        tokens = []
    # (where each word starts, found from the end of the one before: no match object each)
    at = word_places(spaced, tokens) if tokens else []
    # A number in words is a run of number words (only they can make one): each run
    # is read from each of its places, at most six words long.
    run = list(map(_RUN_WORDS.__contains__, tokens))
    for index in range(1, len(tokens) - 1) if "hundred" in tokens else ():
        after = tokens[index + 1]  # "a hundred and twenty": British "and"
        if tokens[index] == "and" and tokens[index - 1] == "hundred":
            run[index] = after in _UNITS and after not in ("a", "an")
    # (only a word of a number, an ordinal or a fraction begins one)
    for start in [i for i, token in enumerate(tokens) if token in _STARTS]:
        word = tokens[start]
        if word in _UNITS:
            last = start + 1
            while last < min(start + 6, len(tokens)) and run[last]:
                last += 1
            if last == start + 1 and word in ("a", "an"):
                continue  # ("a" alone is no number, nor an ordinal or a fraction)
            for end in range(start + 1, last + 1):
                value = _word_number(tokens[start:end])
                if value is not None:
                    scaled = any(t in SCALES for t in tokens[start:end])
                    stop = at[end - 1] + len(tokens[end - 1])
                    found.append(Number((value,), at[start], stop, "words", scaled))
        if word in _ORDINALS:
            found.append(Number((_ORDINALS[word],), at[start], at[start] + len(word), "ordinal"))
        if word in _FRACTIONS:
            before = tokens[start - 1] if start else ""
            count = _UNITS.get(before, 1) if before not in ("a", "an") else 1
            begin = at[start - 1] if before in _UNITS else at[start]
            found.append(
                Number((count * _FRACTIONS[word],), begin, at[start] + len(word), "fraction")
            )
    found += _parts_of_scales(spaced)
    for match in out_of_every(spaced):
        numerator = _number_word(match.group(1))
        denominator = _number_word(match.group(2))
        # "800 in 2021" is a figure and its year, no fraction
        year = denominator is not None and 1800 <= denominator <= 2100 and denominator > 100
        if numerator is not None and denominator and not year:
            found.append(Number((numerator / denominator,), match.start(), match.end(), "fraction"))
    if source_year is not None:
        for match in _YEARS_AGO.finditer(spaced):
            years = _number_word(match.group(1))
            if years is not None:
                found.append(
                    Number((source_year - years,), match.start(), match.end(), "years-ago")
                )
    for coin in _CENTS.finditer(spaced) if " dollar" in spaced else ():
        cents = _COINS[coin.group(1)] if coin.group(1) else _number_word(coin.group(2))
        if cents is not None and 0 < cents < 100:
            found.append(Number((cents / 100,), coin.start(), coin.end(), "fraction"))
    return found


def count_in_words(words: str) -> int | None:
    """A whole count written in digits or as one number word ("12", "twelve", "a dozen");
    None for any other words."""
    if words.isdigit():
        return int(words)
    return 12 if words == "a dozen" else _UNITS.get(words)


def in_a_name(text: str, start: int, end: int) -> bool:
    """Whether the digits at ``text[start:end]`` (``normalise``d) are part of a name:
    glued to a letter ("g20", "a380"), to one letter after ("5g", "3d"; not a decade's
    "s", a multiple's "x" or hours' "h"), or after a word and a hyphen ("covid-19",
    "f-35"; not "mid-1990s", "top-10" or "under-30s")."""
    if _GLUED_LETTER.match(text, end) or (start and _LETTER_BEFORE.match(text, start - 1)):
        return True
    if not text.startswith("-", start - 1):
        return False
    before = _HYPHENED_WORD.search(text, max(0, start - 12), start)
    return before is not None and before.group()[:-1] not in _NUMBER_PREFIXES


def _parts_of_scales(spaced: str) -> list[Number]:
    """ "eight and a half million" (8.5 million, to a quarter of one either way), "a
    quarter of a million" (250,000, give or take a quarter of that)."""
    found = []
    if " and a half " in spaced:
        for match in _AND_A_HALF.finditer(spaced):
            whole = _word_number(match.group(1).split())
            scale = SCALES[match.group(2)]
            if whole is not None:
                value = (whole + 0.5) * scale
                found.append(Number((value,), match.start(), match.end(), "words", True, scale / 4))
    if " of a" in spaced or "half a" in spaced:
        for match in _PART_OF.finditer(spaced):
            count = _UNITS[match.group(1)] if match.group(1) else 1
            part = _FRACTIONS[match.group(2) or match.group(3)]
            scale = SCALES[match.group(4)]
            found.append(
                Number(
                    (count * part * scale,),
                    match.start(),
                    match.end(),
                    "words",
                    True,
                    part * scale / 4,
                )
            )
    return found


def may_state_numbers(text: str) -> bool:
    """False only where ``read_numbers`` finds nothing: no digit, no number word, no
    ordinal or fraction, no coin ("a nickel"), no "hundreds of" (``normalise``d text,
    without "years ago")."""
    return has_digit(text) or _has_number_word(text) or coins_or_vague(text)


def coins_or_vague(text: str) -> bool:
    """``may_state_numbers`` of a text of no digit and no number word."""
    return (
        "nickel" in text
        or "dime" in text
        or "penny" in text
        or (may_name_vague(text) and VAGUE_QUANTITY.search(text) is not None)
    )


def may_name_vague(text: str) -> bool:
    """False only where ``VAGUE_QUANTITY`` finds nothing: none of its words' endings is in
    the text (most sentences of prose, which say "… of …" often, told without the pattern)."""
    return "s of " in text and (
        "dreds of" in text or "sands of" in text or "zens of" in text or "lions of" in text
    )


def _has_number_word(text: str) -> bool:
    """Whether ``_NUMBER_WORD`` is found in the text: whether one of its words (whole, a
    run of letters) is: the words found at once and looked up, not the pattern tried at
    every place."""
    return not _NUMBER_WORDS.isdisjoint(letter_runs(text))


def states_decline(text: str) -> bool:
    """Does the text say a figure went down ("fell 2.8 percent")?"""
    return _DECLINE.search(normalise(text).replace("-", " ")) is not None


def stated_numbers(quote: str, source_year: int | None = None) -> set[float]:
    """Every number a quote states, with fractions also as percentages, and, where the
    quote states a decline, each number also negated."""
    found: set[float] = set()
    fractions: set[float] = set()
    for number in read_numbers(quote, source_year):
        (fractions if number.kind == "fraction" else found).update(number.values)
    found |= fractions
    found |= {fraction * 100 for fraction in fractions}
    if states_decline(quote):  # "down 2.8 percent" states a change of -2.8
        found |= {-number for number in found}
    return found


def states(value: float, numbers: set[float]) -> bool:
    return any(math.isclose(value, n, rel_tol=1e-6, abs_tol=1e-9) for n in numbers)


def _word_number(words: list[str]) -> float | None:
    """``six million`` → 6e6, ``twenty five thousand`` → 25e3; None if not a number."""
    total = current = 0.0
    seen = False
    for index, word in enumerate(words):
        if word == "dozen":  # "two dozen" is 24, "a dozen" 12
            current, seen = max(current, 1) * 12, True
            continue
        if word in _UNITS and word not in ("a", "an"):
            if index and words[index - 1] in ("a", "an"):
                return None  # "a five-year visa" is five: "a" is one only before a scale
            current += _UNITS[word]
            seen = True
        elif word in ("a", "an") and not seen:
            current = 1
        elif word == "and" and index and words[index - 1] == "hundred":
            after = words[index + 1] if index + 1 < len(words) else ""
            if after not in _UNITS or after in ("a", "an"):
                return None
            continue  # "a hundred and twenty": never "a hundred and" alone
        elif word in SCALES and len(word) > 2 and (seen or current):
            current = max(current, 1) * SCALES[word]
            if SCALES[word] >= 1e3:
                total += current
                current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def _number_word(token: str) -> float | None:
    if token.isdigit():
        return float(token)
    return _word_number([token])
