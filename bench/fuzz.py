"""The fuzz run of issue 24: mutated datasets, --where conditions, check texts and
--output paths, each run through the real entry point in a process of its own (forked
from one that has imported hubquery already, so that a case costs its own work, not
start-up). No case may exit 70, print a traceback, take 10 s or a GiB, or let a control
character reach the terminal.

    .venv/bin/python bench/hostile.py --fuzz [--seed N] [--scale 1.0] [--only dataset,where]

Datasets are mutated where their meaning is: the YAML of tests/data/mini.yaml is parsed,
its records changed (a field dropped, retyped, swapped with another record's, a number
made extreme, a string made hostile, a period made wrong, a reference pointed at nothing,
a record duplicated or shared through a YAML alias, whole sections replaced) and the
result written back as YAML; some get byte-level damage on top (flipped bytes, a cut, a
repeated key, CRLF, a BOM). Most mutations keep the YAML well formed, so the
validation and the queries behind it are what is attacked, not only the YAML parser.
A dataset case ends valid (exit 0), rejected (exit 1 with one located line; validate:
one line per problem and a last "Error:" line) or as a failure.
"""

from __future__ import annotations

import copy
import datetime
import os
import random
import re
import shutil
import signal
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

# A case's time is its CPU time: on a machine shared with other work, wall time
# measures the neighbours, and a test sample of this run must not fail on load. Wall
# time is reported beside it, and a case that waits (a FIFO, a lock) is stopped and
# failed after HANG_SECONDS of wall time.
CASE_SECONDS = 10
HANG_SECONDS = 6 * CASE_SECONDS
CASE_BYTES = 1 << 30
FUZZ_COUNTS = {"dataset": 2000, "where": 2000, "check": 500, "output": 500}
HERE = Path(__file__).parent
MINI = HERE.parent / "tests" / "data" / "mini.yaml"

# What must never reach a terminal: C0 controls but tab and newline (a carriage return
# only before a newline), DEL, and C1 controls (U+009B is a CSI on its own).
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# What tables, CSV, TSV and Markdown escape (JSON and YAML keep it exact).
INVISIBLE = re.compile("[\u2028\u2029\u200b-\u200f\u202a-\u202e\u2066-\u2069\U000e0000-\U000e007f]")


# Datasets


class Raw(str):
    """A scalar written as it is, unquoted (numbers beyond a float or Python's digit
    limit: the fuzzer itself must not need to convert them)."""


class _Dumper(yaml.SafeDumper):
    pass


_Dumper.add_representer(
    Raw, lambda dumper, value: dumper.represent_scalar("tag:yaml.org,2002:int", str(value))
)

SECTIONS = ("sources", "metrics", "hubs", "facts")
EXTREME_NUMBERS = [
    Raw("9" * 5000),
    Raw("-" + "9" * 400),
    Raw("1" + "0" * 4400),
    Raw("1e309"),
    Raw("-1e400"),
    Raw("1e-400"),
    Raw(".nan"),
    Raw(".inf"),
    Raw("-.inf"),
    Raw("0"),
    Raw("-0.0"),
    Raw("9223372036854775808"),
    Raw("18446744073709551616"),
    Raw("4.9e-324"),
    Raw("1.7976931348623157e308"),
    Raw("0x1F"),
    Raw("0o17"),
    Raw("1_000"),
    Raw("33.333333333333336"),
    -1,
    0.1,
    2.5,
    2020,
    True,
]
HOSTILE_TEXT = [
    "\x1b]0;owned\x07",
    "\x1b[2J\x1b[H",
    "Dalian\x1b[31m red",
    "line\u2028separator",
    "para\u2029graph",
    "zero\u200bwidth",
    "tag\U000e0041\U000e0042",
    "\u202eevil",
    "\x9b2J C1",
    "\x85next line",
    "bell\x07",
    "a" * 100_000,
    "word " * 20_000,
    "../../etc/passwd",
    "/dev/zero",
    '=HYPERLINK("http://x")',
    "+cmd|' /C calc'!A0",
    "| a | b |\n|---|---|",
    "[x](javascript:alert(1))",
    "<script>alert(1)</script>",
    "%s%n{0}{}",
    "*emphasis* _under_ `code`",
    "   ",
    "",
    "\t\n\r",
    "大连 🏙️ Ｄａｌｉａｎ",
    "Dalian",
    "dalian",
    "null",
    "~",
]
WRONG_PERIODS = [
    "2020-13",
    "2020-02-30",
    "2020/2010",
    "2020-01-01/2019-12-31",
    "0000",
    "10000",
    "-2020",
    "2020-W60",
    "2020-Q5",
    "c. 2020",
    " 2020",
    "2020/",
    "/2020",
    "../2020",
    "2020-01-01T00:00",
    "P1Y",
    "2020-1",
    "2020-01/2020-02-30",
    "1999/2020",
    "2019-12/2020-01",
    "9999-12-31",
    "0001-01-01",
    2020,
    2020.5,
    datetime.date(2020, 1, 1),
    datetime.date(1, 1, 1),
    None,
]
RETYPED: list[Any] = [
    0,
    1.5,
    -1,
    True,
    False,
    None,
    "",
    "text",
    [],
    ["a", 1, None],
    {},
    {"a": 1},
    [[[[]]]],
    datetime.date(2020, 1, 1),
    Raw("1" + "0" * 30),
]
ARTICLE_FILES = ["../x.txt", "/etc/passwd", "/dev/zero", "a/b.txt", "..", ".", "", "x" * 300]
UNITS = ["people", "percent", "CNY", "USD", "year", "km2", "companies", "nosuch", "", "%"]
VOCABULARY = {
    "qualifier": ["about", "nearly", "more than", "at least", "less than", "at most", "bogus"],
    "status": ["reported", "target", "aspiration", "threshold", "bogus"],
    "period_of": ["figure", "report", "bogus"],
    "method": ["difference", "sum", "ratio", "percent-change", "bogus"],
    "stated_as": ["six million", "one out of every three", "largest", "only", "first", "bogus"],
    "kind": ["country", "region", "province", "city", "district", "science-park", "town"],
    "unit_kind": ["count", "share", "money", "year", "area", "bogus"],
    "basis": ["sold", "produced", "bogus"],
}


def _records(doc: Any, sections: tuple[str, ...] = SECTIONS) -> list[tuple[str, dict[str, Any]]]:
    if not isinstance(doc, dict):
        return []
    return [
        (section, record)
        for section in sections
        if isinstance(doc.get(section), list)
        for record in doc[section]
        if isinstance(record, dict)
    ]


def _ids(doc: Any, section: str) -> list[str]:
    return [r["id"] for _, r in _records(doc, (section,)) if isinstance(r.get("id"), str)]


def _pick(doc: Any, rng: random.Random, *sections: str) -> dict[str, Any] | None:
    found = _records(doc, sections or SECTIONS)
    return rng.choice(found)[1] if found else None


def _string_fields(record: dict[str, Any]) -> list[str]:
    return [k for k, v in record.items() if isinstance(v, str)]


def drop_field(doc: Any, rng: random.Random) -> None:
    record = _pick(doc, rng)
    if record:
        del record[rng.choice(list(record))]


def duplicate_record(doc: Any, rng: random.Random) -> None:
    found = _records(doc)
    if found:
        section, record = rng.choice(found)
        twin = copy.deepcopy(record)
        if rng.random() < 0.5 and isinstance(twin.get("id"), str):
            twin["id"] = f"{twin['id']}-twin"  # a distinct record with the same content
        doc[section].append(twin)


def share_through_alias(doc: Any, rng: random.Random) -> None:
    """The same object in two places: the YAML written has an anchor and an alias."""
    found = _records(doc)
    if len(found) < 2:
        return
    (_, one), (section, other) = rng.sample(found, 2)
    field = rng.choice(list(one) or ["id"])
    if rng.random() < 0.3:
        doc[section].append(other)  # a whole record twice (its id too)
    elif field in one:
        other[field] = one[field] if isinstance(one[field], (list, dict)) else [one[field]] * 3


def retype_field(doc: Any, rng: random.Random) -> None:
    record = _pick(doc, rng)
    if record:
        record[rng.choice(list(record))] = copy.deepcopy(rng.choice(RETYPED))


def swap_values(doc: Any, rng: random.Random) -> None:
    """Two records of a section exchange a field (a quote, a value, a hub), or one record
    two of its fields."""
    section = rng.choice(SECTIONS)
    found = [r for _, r in _records(doc, (section,))]
    if len(found) >= 2 and rng.random() < 0.7:
        one, other = rng.sample(found, 2)
        shared = sorted(set(one) & set(other))
        if shared:
            field = rng.choice(shared)
            one[field], other[field] = other[field], one[field]
    elif found:
        record = rng.choice(found)
        if len(record) >= 2:
            a, b = rng.sample(sorted(record), 2)
            record[a], record[b] = record[b], record[a]


def extreme_number(doc: Any, rng: random.Random) -> None:
    record = _pick(doc, rng, "facts")
    if record:
        record["value"] = rng.choice(EXTREME_NUMBERS)
        if rng.random() < 0.3:
            record["quote"] = f"there are {record['value']} of them"


SOFT_FIELDS = ("name", "title", "note", "description", "label", "region", "publisher",
               "author", "subject", "date_note", "name_zh")  # fmt: skip


def hostile_string(doc: Any, rng: random.Random) -> None:
    """A hostile text where a user reads it: mostly names, titles and notes (which a
    dataset may hold), sometimes ids, keys and quotes (which it may not)."""
    record = _pick(doc, rng)
    if not record:
        return
    text = rng.choice(HOSTILE_TEXT)
    where = rng.random()
    if where < 0.1:  # a hostile key
        record[text[:60] or "''"] = "x"
    elif where < 0.25:
        aliases = record.get("aliases")
        record["aliases"] = [*(aliases if isinstance(aliases, list) else []), text]
    elif where < 0.75:
        field = rng.choice([f for f in SOFT_FIELDS if f in record] or ["note"])
        value = record.get(field)
        record[field] = f"{value} {text}" if isinstance(value, str) and rng.random() < 0.5 else text
    else:
        field = rng.choice(_string_fields(record) or ["note"])
        value = record.get(field)
        record[field] = f"{value}{text}" if isinstance(value, str) and rng.random() < 0.5 else text


def wrong_period(doc: Any, rng: random.Random) -> None:
    record = _pick(doc, rng, "facts", "sources")
    if record is None:
        return
    field = "period" if "hub" in record or "period" in record else "published"
    if rng.random() < 0.2 and field == "published":
        field = "date_range"
        record["date_inferred"] = True
        record.setdefault("date_note", "Inferred.")
    record[field] = rng.choice(WRONG_PERIODS)


def unknown_reference(doc: Any, rng: random.Random) -> None:
    hubs, sources, metrics = _ids(doc, "hubs"), _ids(doc, "sources"), _ids(doc, "metrics")
    targets = ["nosuch", "", "Dalian", *sources[:1], *hubs[:1], *metrics[:1]]
    how = rng.randrange(5)
    if how == 0 and (fact := _pick(doc, rng, "facts")):
        fact[rng.choice(["hub", "metric", "source"])] = rng.choice(targets)
    elif how == 1 and (hub := _pick(doc, rng, "hubs")):
        hub["parent"] = rng.choice([*targets, hub.get("id"), *hubs])  # itself: a cycle
    elif how == 2 and len(hubs) >= 2:
        one, other = rng.sample([r for _, r in _records(doc, ("hubs",))], 2)
        one["parent"], other["parent"] = other.get("id"), one.get("id")  # a cycle of two
    elif how == 3 and (hub := _pick(doc, rng, "hubs")):
        hub.setdefault("tags", []).append(
            {"tag": "x", "source": rng.choice(targets), "quote": "Dalian"}
        )
    elif how == 4 and (fact := _pick(doc, rng, "facts")):
        fact.update(derived=True, quote=None, method="sum", inputs=[rng.choice(targets)] * 2)
        fact.pop("stated_as", None)


def wrong_vocabulary(doc: Any, rng: random.Random) -> None:
    record = _pick(doc, rng)
    if record is None:
        return
    if "unit" in record and rng.random() < 0.4:
        record["unit"] = rng.choice(UNITS)
        return
    field = rng.choice([f for f in VOCABULARY if f in record] or list(VOCABULARY))
    record[field] = rng.choice(VOCABULARY[field])


def hostile_article_file(doc: Any, rng: random.Random) -> None:
    record = _pick(doc, rng, "sources")
    if record:
        record["article_file"] = rng.choice(ARTICLE_FILES)


def unknown_field(doc: Any, rng: random.Random) -> None:
    record = _pick(doc, rng)
    if record is not None:
        record[rng.choice(["bogus", "Id", "value ", "hub_id", "extra"])] = 1


def many_records(doc: Any, rng: random.Random) -> None:
    """Hundreds or thousands of valid facts: size, not hostility (each a distinct id)."""
    facts = [r for _, r in _records(doc, ("facts",))]
    if facts:
        fact = rng.choice(facts)
        for i in range(rng.choice((100, 500, 3000))):
            doc["facts"].append({**copy.deepcopy(fact), "id": f"copy-{i}"})


def replace_section(doc: Any, rng: random.Random) -> None:
    if not isinstance(doc, dict):
        return
    key = rng.choice([*SECTIONS, "format"])
    how = rng.randrange(4)
    if how == 0:
        doc.pop(key, None)
    elif how == 1:
        doc[key] = rng.choice([[], {}, "text", None, 2, [None], ["x"], {"id": "x"}])
    elif how == 2:
        doc["format"] = rng.choice([2, "1", 1.0, True, None, 0, Raw("1" * 5000)])
    else:
        doc[rng.choice(["extra", "Facts", "hubs "])] = []


MUTATIONS: list[Callable[[Any, random.Random], None]] = [
    drop_field,
    duplicate_record,
    share_through_alias,
    retype_field,
    swap_values,
    extreme_number,
    hostile_string,
    hostile_string,
    wrong_period,
    unknown_reference,
    wrong_vocabulary,
    hostile_article_file,
    unknown_field,
    many_records,
    replace_section,
]


def _damage(data: bytes, rng: random.Random) -> bytes:
    """Byte-level damage on top of a well-formed file."""
    how = rng.randrange(7)
    lines = data.splitlines(keepends=True) or [b"\n"]
    at = rng.randrange(len(lines))
    if how == 0:
        flipped = bytearray(data or b"\n")
        for _ in range(rng.randint(1, 20)):
            flipped[rng.randrange(len(flipped))] = rng.randrange(256)
        return bytes(flipped)
    if how == 1:
        return data[: rng.randrange(len(data) + 1)]
    if how == 2:  # a key given twice
        return b"".join([*lines[: at + 1], lines[at], *lines[at + 1 :]])
    if how == 3:
        return b"".join([*lines[:at], *lines[at + 1 :]])
    if how == 4:
        return data.replace(b"\n", b"\r\n")
    if how == 5:
        return b"\xef\xbb\xbf" + data
    return b"".join([*lines[:at], b"\t" + lines[at], *lines[at + 1 :]])


def mutated_dataset(base: dict[str, Any], rng: random.Random) -> tuple[bytes, str]:
    """A mutation of ``base`` as YAML bytes, and the names of what was done to it."""
    doc: Any = copy.deepcopy(base)
    done = []
    for _ in range(rng.choice((1, 1, 1, 1, 1, 1, 2, 2, 3, 5))):
        mutate = rng.choice(MUTATIONS)
        mutate(doc, rng)
        done.append(mutate.__name__)
    text = yaml.dump(
        doc,
        Dumper=_Dumper,
        allow_unicode=rng.random() < 0.7,
        sort_keys=False,
        default_flow_style=rng.choice([False, False, None]),
        width=rng.choice([80, 1_000_000]),
    )
    data = text.encode("utf-8")
    if rng.random() < 0.15:
        data = _damage(data, rng)
        done.append("bytes")
    return data, "+".join(done)


def _quotes(value: Any) -> list[str]:
    if isinstance(value, dict):
        found = [value["quote"]] if isinstance(value.get("quote"), str) else []
        return found + [q for v in value.values() for q in _quotes(v)]
    return [q for v in value for q in _quotes(v)] if isinstance(value, list) else []


def dataset_command(data: bytes, path: Path, rng: random.Random) -> list[str | bytes]:
    """A command a user would run on the dataset, naming its first hub and metric."""
    try:
        doc = yaml.safe_load(data)
    except (yaml.YAMLError, ValueError):
        doc = None
    hubs = [h for h in _ids(doc, "hubs") if h.strip()] or ["dalian"]
    metrics = [m for m in _ids(doc, "metrics") if m.strip()] or ["population"]
    hub, metric = rng.choice(hubs), rng.choice(metrics)
    command: list[str | bytes] = rng.choice(
        [
            ["show", hub, "--json"],
            ["show", hub],
            ["show", hub, "--quotes", "--format", "markdown"],
            ["validate", str(path)],
            ["export", "--format", "csv"],
            ["export", "--format", "tsv"],
            ["list"],
            ["list", "--sort", metric, "--format", "markdown"],
            ["rank", "--metric", metric],
            ["history", hub],
            ["compare", hub, rng.choice(hubs)],
            ["search", "Dalian"],
            ["sources"],
            ["metrics"],
        ]
    )
    if command[0] == "validate" and rng.random() < 0.3:
        # The articles, each holding every quote of the unmutated dataset.
        quotes = "\n".join(_quotes(yaml.safe_load(MINI.read_text("utf-8"))))
        for name in ("npr.txt", "chinadaily.txt", "allen.txt"):
            (path.parent / name).write_text(quotes, encoding="utf-8")
        return [*command, "--articles", str(path.parent)]
    return command if command[0] == "validate" else [*command, "--data", str(path)]


# --where conditions

WHERE_METRICS = [
    "population",
    "pop",
    "residents",
    "laptop-share",
    "laptops",
    "year-established",
    "founded",
    "outsourcing",
    "outsourcing-revenue",
    "Population",
    "nosuch",
    "",
    "大连",
    "pop\x1b[2J",
    "population\u2028",
]
WHERE_OPS = [">", ">=", "<", "<=", "=", "==", "!=", "=>", "<>", "!", "", "> >", "≥"]
WHERE_NUMBERS = [
    "5",
    "5m",
    "5 million",
    "2.5bn",
    "US$1bn",
    "100bn RMB",
    "1,000",
    "1,000,000",
    "20%",
    "20 %",
    "20 percent",
    "1998",
    "-3",
    "0",
    ".5",
    "5.",
    "1e3",
    "1e999",
    "9" * 400,
    "9" * 5000,
    "nan",
    "inf",
    "six million",
    "5mm",
    "5 m m",
    "$",
    "",
    "1,1,1,1,1,1,1,1",
    "1." * 500,
]
WHERE_UNITS = ["", "", "people", "percent", "yuan", "RMB", "USD", "km²", "years", "x" * 300]
WHERE_PIECES = [" ", "\t", ">", "=", "5", "1,000", "e", "m", "bn", "$", "%", ".", ",", "x", "'"]


# Most conditions are typed well, so that they reach the query (the store, the hedges,
# the units) rather than stop at a usage error: a metric of the dataset by its id, an
# alias or its label, in any case; an operator; a number near one of its figures in any
# form the parser reads; the unit or a word for it, or none where the metric has one.
WELL_TYPED = 0.7
WELL_OPS = [">", ">=", "<", "<=", "=", "!=", "=="]
UNIT_WORDS = {
    "percent": ["percent", "%", "pct", "Percent"],
    "CNY": ["CNY", "RMB", "yuan", "renminbi", "CN¥", "¥"],
    "USD": ["USD", "US$", "$", "dollars"],
    "km2": ["km2", "km²", "sq km"],
}
SCALE_WORDS = [("", 1), ("k", 1e3), ("m", 1e6), (" million", 1e6), ("bn", 1e9), (" billion", 1e9)]


class WhereWords:
    """What a well-typed condition is made of: each metric's names and, per unit its
    figures are in, their values (from the dataset the conditions are asked of)."""

    def __init__(self, doc: Any) -> None:
        self.names: dict[str, list[str]] = {}
        self.values: dict[str, dict[str, list[float]]] = {}
        for metric in doc.get("metrics") or []:
            names = [metric["id"], *(metric.get("aliases") or []), metric.get("label") or ""]
            self.names[metric["id"]] = [n for n in names if n]
        for fact in doc.get("facts") or []:
            value = fact.get("value")
            if fact.get("metric") in self.names and isinstance(value, (int, float)):
                units = self.values.setdefault(fact["metric"], {})
                units.setdefault(str(fact.get("unit")), []).append(float(value))


WHERE_VERDICTS = {0: "answered", 1: "refused by the query", 2: "usage error"}


def well_typed_condition(words: WhereWords, rng: random.Random) -> str:
    """A condition a careful user types: it reaches the query."""
    metric = rng.choice(sorted(words.values))
    name = rng.choice(words.names[metric])
    name = rng.choice([name, name, name.lower(), name.upper()])
    units = words.values[metric]
    unit = rng.choice(sorted(units))
    value = rng.choice(units[unit]) * rng.choice([0.5, 0.9, 1, 1, 1.1, 2])
    if rng.random() < 0.1:
        value = -value
    suffix, factor = rng.choice([s for s in SCALE_WORDS if abs(value) >= s[1]] or [("", 1)])
    shown = value / factor
    number = rng.choice(
        [
            f"{shown:g}",
            f"{round(shown)}",
            f"{round(shown):,}",
            f"{shown:.2f}",
            f"{shown:.3e}" if not suffix else f"{shown:g}",
        ]
    )
    words_for_unit = UNIT_WORDS.get(unit, [unit])
    said = rng.choice(words_for_unit) if len(units) > 1 or rng.random() < 0.5 else ""
    space = rng.choice(["", " ", " "])
    if said in ("US$", "$", "CN¥", "¥") and rng.random() < 0.5:
        return f"{name}{space}{rng.choice(WELL_OPS)}{space}{said}{number}{suffix}"
    return f"{name}{space}{rng.choice(WELL_OPS)}{space}{number}{suffix} {said}".rstrip()


def where_condition(rng: random.Random) -> str:
    """A condition as a user might type it, often slightly or badly wrong."""

    def space() -> str:
        return rng.choice(["", " ", " ", " ", "  ", "\t", " " * 2000])

    if rng.random() < 0.1:  # runs of the pieces that make a backtracking pattern slow
        return "".join(
            rng.choice(WHERE_PIECES) * rng.choice((1, 2, 10, 100, 2000))
            for _ in range(rng.randint(1, 12))
        )[:20_000]
    text = (
        f"{space()}{rng.choice(WHERE_METRICS)}{space()}{rng.choice(WHERE_OPS)}{space()}"
        f"{rng.choice(WHERE_NUMBERS)}{space()}{rng.choice(WHERE_UNITS)}{space()}"
    )
    if rng.random() < 0.3:  # a slip: a piece inserted, deleted or repeated
        at = rng.randrange(len(text) + 1)
        how = rng.randrange(3)
        if how == 0:
            text = text[:at] + rng.choice(WHERE_PIECES) * rng.choice((1, 50)) + text[at:]
        elif how == 1:
            text = text[:at] + text[at + rng.randint(1, 5) :]
        else:
            text = text[:at] + text[at : at + 3] * rng.choice((2, 500)) + text[at:]
    return text


# check texts

CLAIM_HUBS = ["Dalian", "Chengdu", "Chongqing", "大连", "DLSP", "Dalian Software Park",
              "Beijing", "Nowhere", "Dalian's", "the city"]  # fmt: skip
CLAIM_VERBS = ["has", "had", "is home to", "counts", "reached", "grew to", "fell to", "makes"]
CLAIM_NUMBERS = ["6 million", "six million", "21.192 million", "20%", "nearly 20 percent",
                 "one out of every three", "135 billion renminbi", "US$21.7 billion", "1998",
                 "1,000,000", "9" * 400, "1e999", "-5", "0", "two-thirds", "a third",
                 "more than 20 million", "about 7m", "1,1,1,1,1,1,1,1,1,1,1"]  # fmt: skip
CLAIM_NOUNS = ["residents", "people", "inhabitants", "of the world's laptops", "companies",
               "in revenue", ""]  # fmt: skip
CLAIM_PERIODS = ["", " in 2010", " in 2014", " by the end of 2021", " since 1999",
                 " in 99999", " in 2022-05", " last year"]  # fmt: skip
CLAIM_ENDS = [".", ". ", ".\n", "\n\n", ", and "]
CHECK_PIECES = ["[", "](", "**", "_", "`", "<!--", "-->", "# ", "> ", "- ", "| a | 1 |\n",
                "---\n", "```\n", "    ", ".", ". ", "\n", "\n\n", "1.", "%", "$",
                "\x1b[2J", "\u2028", "\u200b", "大连", "1,1,1,", "(", ")"]  # fmt: skip


def check_text(rng: random.Random) -> str:
    """A draft: claims about the dataset's hubs (right, wrong, hedged, absurd) in prose
    and Markdown, with runs of the pieces that make a backtracking pattern slow."""
    parts = []
    for _ in range(rng.randint(1, 40)):
        roll = rng.random()
        if roll < 0.6:
            parts.append(
                f"{rng.choice(CLAIM_HUBS)} {rng.choice(CLAIM_VERBS)} "
                f"{rng.choice(CLAIM_NUMBERS)} {rng.choice(CLAIM_NOUNS)}"
                f"{rng.choice(CLAIM_PERIODS)}{rng.choice(CLAIM_ENDS)}"
            )
        elif roll < 0.8:
            parts.append(rng.choice(["# Heading\n", "> ", "- ", "* ", "1. ", "| x | y |\n",
                                     "```\ncode 6 million\n```\n", "[link](http://x) ",
                                     "<!-- 6 million -->", "**6 million** "]))  # fmt: skip
        else:
            parts.append(rng.choice(CHECK_PIECES) * rng.choice((1, 2, 10, 100, 2000)))
    text = "".join(parts)
    if rng.random() < 0.1:  # long: up to and beyond the 1 MiB a draft may hold
        text = (text * (1 + (1_200_000 // max(len(text), 1))))[: rng.choice((200_000, 1_100_000))]
    return text


# --output paths


def output_path(folder: Path, rng: random.Random) -> list[str | bytes]:
    """An export's --output path (and its options) of every awkward kind."""
    kind = rng.randrange(12)
    name = rng.choice(["x.csv", "x.db", "x.json", "pkg", ".x", "x" * 300, "\x1b[2J.csv",
                       "caf\udce9.csv", "a b.csv", "-", "x\u2028.csv"])  # fmt: skip
    if kind == 0:
        path = ""
    elif kind == 1:
        path = f"/nonexistent/{name}"
    elif kind == 2:
        path = f"{folder}/{name}/"
    elif kind == 3:
        path = str(folder)
    elif kind == 4:
        fifo = folder / f"fifo{rng.randrange(10**9)}"
        os.mkfifo(fifo)
        path = str(fifo)
    elif kind == 5:
        path = rng.choice(["/dev/null", "/dev/stdout", "/dev/full", "/proc/self/fd/1"])
    elif kind == 6:
        path = f"/sys/{name}"
    elif kind == 7:  # an existing file
        existing = folder / f"old{rng.randrange(10**9)}.csv"
        existing.write_text("old")
        path = str(existing)
    else:
        path = str(folder / name)
    fmt = rng.choice(["jsonl", "csv", "tsv", "yaml", "json", "markdown", "sqlite", "datapackage"])
    options = ["--format", fmt, *(["--force"] if rng.random() < 0.5 else [])]
    if fmt == "sqlite" and rng.random() < 0.5:
        options += ["--metadata", rng.choice([path, f"{folder}/m.json", "/no/dir/m.json"])]
    return ["export", "-o", os.fsencode(path), *options]


# Running a case


class Outcome:
    """How one case ended: its status, time, peak memory and what it printed."""

    __slots__ = ("cpu", "peak", "seconds", "status", "stderr", "stdout")

    def __init__(
        self, status: int, seconds: float, cpu: float, peak: int, stdout: str, stderr: str
    ) -> None:
        self.status = status
        self.seconds = seconds
        self.cpu = cpu
        self.peak = peak
        self.stdout = stdout
        self.stderr = stderr


def run_case(
    argv: list[str | bytes], cache: Path, stdin: bytes = b"", cwd: Path | None = None
) -> Outcome:
    """Run the CLI as a user does, in a forked child with the limits of the run."""
    import resource

    with (
        tempfile.TemporaryFile() as out_file,
        tempfile.TemporaryFile() as err_file,
        tempfile.TemporaryFile() as in_file,
    ):
        in_file.write(stdin)
        in_file.seek(0)
        started = time.perf_counter()
        pid = os.fork()
        if pid == 0:  # the child: the CLI as a user runs it, then nothing else
            try:
                os.environ["HUBQUERY_CACHE_DIR"] = str(cache)
                if cwd is not None:
                    os.chdir(cwd)
                os.dup2(out_file.fileno(), 1)
                os.dup2(err_file.fileno(), 2)
                os.dup2(in_file.fileno(), 0)
                resource.setrlimit(resource.RLIMIT_AS, (CASE_BYTES, CASE_BYTES))
                resource.setrlimit(resource.RLIMIT_CPU, (CASE_SECONDS, CASE_SECONDS + 1))
                signal.alarm(HANG_SECONDS)
                sys.argv = ["hubquery", *(os.fsdecode(a) for a in argv)]
                from hubquery.process import main

                main()
            except SystemExit as end:
                os._exit(end.code if isinstance(end.code, int) else 1)
            except BaseException:
                os._exit(99)
            os._exit(0)
        _, status, usage = os.wait4(pid, 0)
        seconds = time.perf_counter() - started
        out_file.seek(0)
        err_file.seek(0)
        stdout = out_file.read(4 << 20).decode("utf-8", "replace")
        stderr = err_file.read(1 << 20).decode("utf-8", "replace")
    return Outcome(
        os.waitstatus_to_exitcode(status),
        seconds,
        usage.ru_utime + usage.ru_stime,
        usage.ru_maxrss * 1024,
        stdout,
        stderr,
    )


def faults(outcome: Outcome, exact: bool) -> list[str]:
    """What is wrong with how a case ended (nothing, for a pass). ``exact``: stdout is
    JSON or YAML, which keep invisible characters as they are."""
    found = []
    if outcome.status in (70, 99) or outcome.status < 0:
        found.append(f"status {outcome.status}")
    if "Traceback" in outcome.stderr:
        found.append("a traceback")
    if outcome.cpu >= CASE_SECONDS:
        found.append(f"{outcome.cpu:.1f} s of CPU")
    if outcome.seconds >= HANG_SECONDS:
        found.append(f"waited {outcome.seconds:.0f} s")
    if outcome.peak >= CASE_BYTES:
        found.append(f"{outcome.peak >> 20} MB")
    for name, text in (("stdout", outcome.stdout), ("stderr", outcome.stderr)):
        if CONTROL.search(text.replace("\r\n", "\n")):
            found.append(f"a control character on {name}")
        if (name == "stderr" or not exact) and INVISIBLE.search(text):
            found.append(f"an invisible character on {name}")
    return found


def _well_formed(data: bytes) -> bool:
    """Whether a mutated dataset is still YAML of the right shape: a mapping whose
    sections are lists of mappings (what validation, not the parser, must judge)."""
    try:
        doc = yaml.safe_load(data)
    except (yaml.YAMLError, ValueError):
        return False
    return isinstance(doc, dict) and all(
        isinstance(doc.get(s), list) and all(isinstance(r, dict) for r in doc[s]) for s in SECTIONS
    )


def dataset_verdict(outcome: Outcome, validate: bool) -> str:
    """valid, rejected (one located line; validate: a line per problem, then the count)
    or unclear (exit 1 without that shape), for a case without faults."""
    if outcome.status == 0:
        return "valid"
    lines = outcome.stderr.splitlines()
    if outcome.status == 2:
        return "usage"
    if outcome.status == 1 and lines and lines[-1].startswith("Error: "):
        return "rejected" if validate or len(lines) == 1 else "unclear"
    return "unclear"


def fuzz(
    counts: dict[str, int], seed: int = 24, report: Callable[[str], None] = print
) -> dict[str, dict[str, Any]]:
    """Run the fuzz cases; returns, for each kind, its count, worst time and memory and
    how its cases ended. A failing case is reported and raises AssertionError at the end."""
    import hubquery.cli
    import hubquery.compile
    import hubquery.models  # noqa: F401

    rng = random.Random(seed)
    mini_text = MINI.read_text("utf-8")
    mini = yaml.safe_load(mini_text)
    where_words = WhereWords(mini)
    failures: list[str] = []
    summary: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        dataset_path = root / "mini.yaml"
        dataset_path.write_text(mini_text, encoding="utf-8")
        shared_cache = root / "cache"
        for kind, count in counts.items():
            worst_seconds = worst_cpu = worst_bytes = 0.0
            statuses: dict[int, int] = {}
            verdicts: dict[str, int] = {}
            for index in range(count):
                case = root / f"{kind}-{index}"
                case.mkdir()
                cache, stdin, exact, validate = case / "cache", b"", False, False
                if kind == "dataset":
                    data_bytes, done = mutated_dataset(mini, rng)
                    data = case / "hubs.yaml"
                    data.write_bytes(data_bytes)
                    argv = dataset_command(data_bytes, data, rng)
                    validate = argv[0] == "validate"
                    if _well_formed(data_bytes):
                        verdicts["well-formed"] = verdicts.get("well-formed", 0) + 1
                    shown = f"{done}: {data_bytes[:150]!r}"
                elif kind == "where":
                    how_many = range(rng.choice((1, 1, 2, 3)))
                    if rng.random() < WELL_TYPED:
                        conditions = [well_typed_condition(where_words, rng) for _ in how_many]
                        verdicts["typed well"] = verdicts.get("typed well", 0) + 1
                    else:
                        conditions = [where_condition(rng) for _ in how_many]
                    command = rng.choice(
                        [
                            ["list"],
                            ["export"],
                            ["list", "--format", "csv"],
                            ["list", "--maybe"],
                            ["list", "--json"],
                        ]
                    )
                    argv = [*command, "--data", str(dataset_path)]
                    for condition in conditions:
                        argv += ["--where", condition]
                    cache = shared_cache
                    exact = command == ["export"]
                    shown = repr([c[:100] for c in conditions])
                elif kind == "check":
                    text = check_text(rng)
                    draft = case / "draft.md"
                    draft.write_text(text, encoding="utf-8")
                    argv = ["check", "--data", str(dataset_path), "--file", str(draft)]
                    if rng.random() < 0.2:
                        argv[-1], stdin = "-", text.encode("utf-8")
                    cache = shared_cache
                    shown = repr(text[:150])
                else:
                    argv = [*output_path(case, rng), "--data", str(dataset_path)]
                    shown = repr(argv)
                outcome = run_case(argv, cache, stdin, cwd=case)
                statuses[outcome.status] = statuses.get(outcome.status, 0) + 1
                worst_seconds = max(worst_seconds, outcome.seconds)
                worst_cpu = max(worst_cpu, outcome.cpu)
                worst_bytes = max(worst_bytes, outcome.peak)
                exact = exact or "--json" in argv
                found = faults(outcome, exact)
                if kind == "dataset" and not found:
                    verdict = dataset_verdict(outcome, validate)
                    if verdict == "unclear":
                        found.append("exit 1 without a one-line error")
                elif kind == "where" and not found:
                    # 0: answered; 1: read, and refused by the query (a metric or unit
                    # the dataset does not have); 2: not read (a usage error)
                    verdict = WHERE_VERDICTS.get(outcome.status, "passed")
                else:
                    verdict = "failed" if found else "passed"
                verdicts["failed" if found else verdict] = (
                    verdicts.get("failed" if found else verdict, 0) + 1
                )
                if found:
                    failures.append(
                        f"{kind} #{index}: {', '.join(found)} "
                        f"({outcome.cpu:.1f} s CPU, {outcome.seconds:.1f} s): "
                        f"{outcome.stderr.strip()[-300:]!r} for {argv[:3]!r} {shown}"
                    )
                    report(failures[-1])
                shutil.rmtree(case, ignore_errors=True)
            summary[kind] = {
                "cases": count,
                "worst seconds": worst_seconds,
                "worst CPU seconds": worst_cpu,
                "worst MB": worst_bytes / (1 << 20),
                "statuses": statuses,
                "verdicts": verdicts,
            }
            report(
                f"{kind:<8} {count:>5} cases  worst {worst_cpu:5.2f} s CPU "
                f"({worst_seconds:5.2f} s wall)  "
                f"{worst_bytes / (1 << 20):6.0f} MB  exit statuses "
                + ", ".join(f"{s}: {n}" for s, n in sorted(statuses.items()))
                + "  ("
                + ", ".join(f"{v}: {n}" for v, n in sorted(verdicts.items()))
                + ")"
            )
    assert not failures, f"{len(failures)} fuzz cases failed"
    return summary


def main(arguments: list[str]) -> None:
    seed = int(arguments[arguments.index("--seed") + 1]) if "--seed" in arguments else 24
    scale = float(arguments[arguments.index("--scale") + 1]) if "--scale" in arguments else 1
    only = arguments[arguments.index("--only") + 1].split(",") if "--only" in arguments else None
    counts = {
        kind: max(1, round(count * scale))
        for kind, count in FUZZ_COUNTS.items()
        if only is None or kind in only
    }
    started = time.perf_counter()
    try:
        fuzz(counts, seed)
    except AssertionError as error:
        print(f"FAILED: {error} (seed {seed})")
        sys.exit(1)
    print(
        f"all cases passed in {time.perf_counter() - started:.0f} s (seed {seed}): no exit 70, "
        f"no traceback, no control character printed, each under {CASE_SECONDS} s of CPU and "
        f"{CASE_BYTES >> 30} GiB"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
