"""Write a synthetic hubquery dataset of a chosen size, valid and realistic in shape.

    python bench/make_dataset.py --hubs 2000 --facts-per-hub 20 --out /tmp/hubs-40k.yaml
    python bench/make_dataset.py --hubs 5000 --facts-per-hub 20 --quote-chars 2000 --out …

Hub ids are hub-00000, hub-00001, …; the first tenth of a percent are countries,
the next one percent provinces, the rest cities, each in a parent of the level
above. Every fact's quote states its value, so `hubquery validate` passes.
Optionally writes the same facts as JSON Lines (--jsonl) for comparisons with jq.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterator
from pathlib import Path

METRICS = [
    ("companies", "Companies", "Companies registered in the place.", "count", "companies"),
    ("population", "Population", "People living in the place.", "count", "people"),
    ("gdp", "GDP", "Gross domestic product of the place.", "money", "USD"),
    ("it-revenue", "IT revenue", "Revenue of the information technology industry.", "money", "CNY"),
    ("patents", "Patents granted", "Invention patents granted in the place.", "count", "patents"),
    ("startups", "New start-ups", "Companies founded in the period.", "count", "companies"),
    ("employees", "IT employees", "People employed by IT companies.", "count", "people"),
    ("students", "Students", "University students in the place.", "count", "students"),
    ("area", "Area", "Land area of the place.", "area", "km2"),
    ("gdp-growth", "GDP growth", "Growth of GDP from the previous year.", "growth", "percent"),
    ("export-share", "Export share", "Share of output that is exported.", "share", "percent"),
    ("rd-spend", "R&D spending", "Spending on research and development.", "money", "USD"),
    (
        "ai-companies",
        "AI companies",
        "Companies working on artificial intelligence.",
        "count",
        "companies",
    ),
    ("incubators", "Incubators", "Business incubators in the place.", "count", "incubators"),
    ("universities", "Universities", "Universities in the place.", "count", "universities"),
    ("national-rank", "National rank", "Rank among the country's hubs.", "rank", "rank"),
    ("year-established", "Year established", "Year the place was founded.", "year", "year"),
    (
        "venture-capital",
        "Venture capital",
        "Venture capital invested in the period.",
        "money",
        "USD",
    ),
    (
        "laptop-share",
        "Laptop share",
        "Share of the world's laptops made in the place.",
        "share",
        "percent",
    ),
    ("robots", "Industrial robots", "Industrial robots installed.", "count", "robots"),
]
TAGS = [
    "ai",
    "robotics",
    "outsourcing",
    "software",
    "e-commerce",
    "aerospace",
    "biotech",
    "electronics",
    "semiconductors",
    "iot",
]
WORDS = [
    "northern",
    "southern",
    "coastal",
    "inland",
    "river",
    "valley",
    "lake",
    "harbour",
    "mountain",
    "plain",
    "new",
    "old",
    "upper",
    "lower",
    "great",
    "west",
    "east",
    "bay",
    "garden",
    "silver",
    "golden",
]


def _name(rng: random.Random, index: int) -> str:
    return f"{rng.choice(WORDS).title()} {rng.choice(WORDS).title()} {index:05d}"


def _value(rng: random.Random, kind: str, unit: str) -> int | float:
    if kind == "share":
        return round(rng.uniform(0.5, 95), 1)
    if kind == "growth":
        return round(rng.uniform(-5, 30), 1)
    if kind == "rank":
        return rng.randint(1, 200)
    if kind == "year":
        return rng.randint(1950, 2020)
    if kind == "area":
        return rng.randint(3, 20000)
    if kind == "money":
        return rng.randint(1, 999) * 10**6
    return rng.randint(10, 5_000_000)


def _stated(value: int | float, kind: str, unit: str) -> str:
    if kind == "growth":
        return f"{'up' if value >= 0 else 'down'} {abs(value)} percent"
    if kind == "share":
        return f"{value} percent"
    if kind == "money":
        return f"{value // 10**6:,} million {'yuan' if unit == 'CNY' else 'US dollars'}"
    if kind == "rank":
        return f"number {value}"
    if kind == "area":
        return f"{value:,} square kilometres"
    return f"{value:,}"


def _padded(quote: str, chars: int, rng: random.Random) -> str:
    """The quote followed by words of the place until it is ``chars`` characters long."""
    words = [quote]
    length = len(quote)
    while length < chars:
        word = rng.choice(WORDS)
        words.append(word)
        length += len(word) + 1
    return " ".join(words)[: max(chars, len(quote))]


def facts(
    hubs: int, per_hub: int, seed: int = 7, quote_chars: int = 0
) -> Iterator[dict[str, object]]:
    rng = random.Random(seed)
    for hub in range(hubs):
        for n in range(per_hub):
            ident, label, _, kind, unit = METRICS[n % len(METRICS)]
            year = 2000 + (n // len(METRICS)) % 24
            value = _value(rng, kind, unit)
            if kind == "year":
                year = int(value)
            source = f"source-{(hub * per_hub + n) % 500:03d}"
            quote = (
                f"According to figures published by the local bureau, {label.lower()} in "
                f"Hub {hub:05d} stood at {_stated(value, kind, unit)} in {year}, "
                f"the report said."
            )
            if quote_chars:
                quote = _padded(quote, quote_chars, rng)
            yield {
                "id": f"f-{hub:05d}-{n:03d}",
                "hub": f"hub-{hub:05d}",
                "metric": ident,
                "value": value,
                "unit": unit,
                "period": str(year),
                "source": source,
                "quote": quote,
            }


def parent_of(index: int, hubs: int) -> int | None:
    countries = max(1, hubs // 1000)
    provinces = max(1, hubs // 100)
    if index < countries:
        return None
    if index < countries + provinces:
        return index % countries
    return countries + index % provinces


def write(
    hubs: int, per_hub: int, out: Path, jsonl: Path | None = None, quote_chars: int = 0
) -> None:
    rng = random.Random(11)
    dump = json.dumps  # JSON strings are valid YAML scalars, and quick to write
    countries = max(1, hubs // 1000)
    with out.open("w", encoding="utf-8") as f:
        f.write("format: 1\nsources:\n")
        for i in range(500):
            title = dump(f"Report number {i} on innovation hubs")
            f.write(
                f"- id: source-{i:03d}\n  title: {title}\n"
                f"  publisher: {dump(f'Bureau of Statistics {i % 40}')}\n"
                f"  author: {dump(f'Analyst {i % 97}')}\n  published: '{2000 + i % 24}'\n"
            )
        f.write("metrics:\n")
        for ident, label, description, kind, _ in METRICS:
            f.write(
                f"- id: {ident}\n  label: {dump(label)}\n  description: {dump(description)}\n"
                f"  unit_kind: {kind}\n  aliases: [{ident.replace('-', '')}x]\n"
            )
        f.write("hubs:\n")
        for i in range(hubs):
            parent = parent_of(i, hubs)
            kind = (
                "country"
                if parent is None
                else "province"
                if i < countries + max(1, hubs // 100)
                else "city"
            )
            tag = TAGS[i % len(TAGS)]
            f.write(
                f"- id: hub-{i:05d}\n  name: {dump(_name(rng, i))}\n"
                f"  aliases: [{dump(f'H{i:05d}')}]\n  kind: {kind}\n"
            )
            if parent is not None:
                f.write(f"  parent: hub-{parent:05d}\n")
            f.write(
                f"  tags:\n  - tag: {tag}\n    source: source-{i % 500:03d}\n"
                f"    quote: {dump(f'Hub {i:05d} is known for its {tag} industry.')}\n"
            )
        f.write("facts:\n")
        lines = jsonl.open("w", encoding="utf-8") if jsonl else None
        try:
            for fact in facts(hubs, per_hub, quote_chars=quote_chars):
                f.write("- " + "\n  ".join(f"{k}: {dump(v)}" for k, v in fact.items()) + "\n")
                if lines is not None:
                    lines.write(dump(fact, ensure_ascii=False) + "\n")
        finally:
            if lines is not None:
                lines.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--hubs", type=int, required=True)
    parser.add_argument("--facts-per-hub", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--jsonl", type=Path, help="also write the facts as JSON Lines here")
    parser.add_argument(
        "--quote-chars", type=int, default=0, help="each quote padded with words to this length"
    )
    args = parser.parse_args()
    write(args.hubs, args.facts_per_hub, args.out, args.jsonl, args.quote_chars)


if __name__ == "__main__":
    main()
