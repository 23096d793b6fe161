"""Figures and dataset text as a reader sees them.

``CN¥135 bn``, ``70 %``, ``nearly 1,000 companies``; control characters escaped.
"""

from __future__ import annotations

import re

from hubquery.records import Fact, Source

CURRENCY_SYMBOLS = {
    "CNY": "CN¥", "USD": "US$", "EUR": "€", "GBP": "£", "JPY": "JP¥", "INR": "₹",
    "KRW": "₩", "HKD": "HK$", "TWD": "NT$", "SGD": "S$",
}
_SCALES = ((1e12, "tn"), (1e9, "bn"), (1e6, "m"))

# C0 and C1 controls and the Unicode bidirectional controls: never let data
# steer the terminal; show each as a visible escape instead.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# What JSON and YAML writers leave raw but a terminal may still act on: C1
# controls (one-byte CSI …), bidirectional controls, and line/paragraph separators.
UNSAFE_IN_TEXT = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def escape_unsafe(text: str) -> str:
    """``\\uXXXX`` for each character of UNSAFE_IN_TEXT (valid in JSON and YAML double quotes)."""
    return UNSAFE_IN_TEXT.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def safe(text: str) -> str:
    """Text with control characters shown as escapes (``\\x1b``), never executed."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100
                        else f"\\u{ord(m.group()):04x}", text)


def plain_number(value: float) -> str:
    """A number with thousands separators and no more decimals than it has (max 3)."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.3f}".rstrip("0").rstrip(".")


def scaled_number(value: float) -> str:
    """Large numbers in m / bn / tn, keeping every significant digit up to six."""
    for factor, word in _SCALES:
        if abs(value) >= factor:
            return f"{value / factor:.6g} {word}"
    return plain_number(value)


def format_value(value: float, unit: str, kind: str | None = None) -> str:
    """A figure with its unit, e.g. ``US$21.7 bn``, ``70 %``, ``+23.2 %``, ``480 km²``."""
    if unit == "percent":
        sign = "+" if kind == "growth" and value > 0 else ""
        return f"{sign}{plain_number(round(value, 2))} %"
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


def format_fact(fact: Fact, kind: str | None = None) -> str:
    """The value as a sentence fragment: ``nearly 120,000 people``, ``target CN¥1 tn``."""
    text = format_value(fact.value, fact.unit, kind)
    if fact.qualifier:
        text = f"{fact.qualifier} {text}"
    if fact.status == "target":
        text += " (target)"
    return text


def cite_source(source: Source) -> str:
    """A reference line: author, “title”, publisher, date."""
    parts = []
    if source.author:
        parts.append(source.author)
    parts.append(f"“{source.title}”")
    if source.publisher:
        parts.append(source.publisher)
    date = source.published + (" (date inferred)" if source.date_inferred else "")
    parts.append(date)
    text = ", ".join(parts)
    if source.url:
        text += f". {source.url}"
    return text
