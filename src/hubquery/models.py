"""The dataset's pydantic model: the gate every dataset passes before it is used.

No I/O here. ``Dataset`` checks each record's fields; what spans records (ids,
references, the parent chain, units against metrics, derived values) is checked by
``crosscheck``. Both report problems by their path in the document, so the loader
can turn a path into file:line:column.
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StringConstraints,
    field_validator,
    model_validator,
)

from hubquery.errors import shown
from hubquery.periods import parse_period
from hubquery.vocabulary import (
    STATED_WORDS,
    HubKind,
    Method,
    PeriodOf,
    Qualifier,
    StatedAs,
    Status,
    UnitKind,
)

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN, max_length=200)]
# Generous bounds that no real quote or name reaches, so that a runaway value
# (a pasted article, a 10 MB string) is refused rather than carried everywhere.
Text = Annotated[str, StringConstraints(min_length=1, max_length=2000)]
Name = Annotated[str, StringConstraints(min_length=1, max_length=200)]

# The closed vocabularies live in ``vocabulary`` (standard library only).

# The words a figure may be stated as, and how each is stored, are
# ``vocabulary.STATED_WORDS`` (standard library only, so the views read them too).


def _year_as_text(value: object) -> object:
    """Accept an unquoted YAML year (``period: 2012``) as the string it means."""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value


def _check_date(text: str) -> str:
    if "/" in text:
        raise ValueError("a publication date is a single date, not an interval")
    parse_period(text)
    return text


def _check_period(text: str) -> str:
    _valid_period(text)
    return text


@lru_cache(maxsize=4096)
def _valid_period(text: str) -> None:
    """Datasets repeat a few periods thousands of times: parse each once."""
    parse_period(text)


def _check_range(text: str | None) -> str | None:
    if text is None:  # `date_range: null`, as if left out
        return None
    if "/" not in text:
        raise ValueError("a date range is an interval such as '2018/2019'")
    parse_period(text)
    return text


def _within(inner: str, outer: str) -> bool:
    """True when every day of the period ``inner`` lies in the period ``outer``."""
    a, b = parse_period(inner), parse_period(outer)
    return b.start <= a.start and a.end <= b.end


WHOLE_LIMIT = 1 << 63


def _check_file_name(name: str | None) -> str | None:
    """An article is a file named inside the articles folder, nothing else: no folder,
    no way out of it (``..``, an absolute path), no device (``validate --articles``
    read /etc/shadow and /dev/zero)."""
    if name is None:
        return None
    if "/" in name or "\\" in name or name in (".", "..") or "\x00" in name:
        raise ValueError(
            f"{shown(name)} is not a plain file name in the articles folder (no folders, no '..')"
        )
    return name


def _number(value: object) -> object:
    """Only a real number is a figure: not text, not a boolean, not NaN or infinity."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        kind = {bool: "boolean", str: "string"}.get(type(value), type(value).__name__)
        raise ValueError(f"expected a number, not {kind} {shown(value, 40)}")
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError("a figure must be a finite number")
    if isinstance(value, int) and not -WHOLE_LIMIT <= value < WHOLE_LIMIT:
        # SQLite holds whole numbers in 64 bits; beyond a float, none of the arithmetic works.
        raise ValueError(
            "a whole number beyond 64 bits cannot be kept exactly: write it "
            "with an exponent (1.5e+20)"
        )
    return value


DateText = Annotated[str, BeforeValidator(_year_as_text)]
Number = Annotated[int | float, BeforeValidator(_number)]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Source(Record):
    id: Slug
    title: Text
    publisher: Name | None = None
    author: Name | None = None
    published: DateText
    date_inferred: StrictBool = False
    date_note: Text | None = None
    # The bounds the text sets on an inferred date it does not settle ('2018/2019');
    # ``published`` is then the date within them that "now" and "last year" resolve against.
    date_range: DateText | None = None
    url: Annotated[str, StringConstraints(pattern=r"^https?://\S+$")] | None = None
    article_file: Text | None = None
    note: Text | None = None

    _published = field_validator("published")(_check_date)
    _article_file = field_validator("article_file")(_check_file_name)
    _date_range = field_validator("date_range")(_check_range)

    @model_validator(mode="after")
    def _inferred_dates_say_how(self) -> Source:
        if self.date_inferred and not self.date_note:
            raise ValueError("an inferred publication date needs a date_note saying how")
        if self.date_range is not None:
            if not self.date_inferred:
                raise ValueError("only an inferred publication date has a date_range")
            if not _within(self.published, self.date_range):
                raise ValueError(
                    f"the date_range {self.date_range!r} does not contain the date "
                    f"{self.published!r}"
                )
        return self


class Metric(Record):
    id: Slug
    label: Name
    description: Text
    unit_kind: UnitKind
    aliases: list[Name] = Field(default_factory=list)


class Cited(Record):
    """What a hub is said to be or to hold, with the source and quote that say so: a tag
    or an organisation (served as ``records.CitedName``)."""

    source: Slug
    quote: Text
    note: Text | None = None


class Tag(Cited):
    tag: Slug


class Organisation(Cited):
    name: Name
    # How the quote spells the name when it misspells it ("Merck Cerono" for Merck Serono).
    quoted_as: Name | None = None


class Hub(Record):
    id: Slug
    name: Name
    name_zh: Name | None = None
    aliases: list[Name] = Field(default_factory=list)
    kind: HubKind
    parent: Slug | None = None
    region: Name | None = None
    tags: list[Tag] = Field(default_factory=list)
    organisations: list[Organisation] = Field(default_factory=list)
    note: Text | None = None


class Fact(Record):
    id: Slug
    hub: Slug
    metric: Slug
    subject: Name | None = None
    value: Number
    unit: Name
    qualifier: Qualifier | None = None
    period: DateText
    period_inferred: StrictBool = False
    period_of: PeriodOf = "figure"
    status: Status = "reported"
    basis: Name | None = None
    note: Text | None = None
    source: Slug
    quote: Text | None
    stated_as: StatedAs | None = None
    derived: StrictBool = False
    method: Method | None = None
    inputs: list[Slug] = Field(default_factory=list)

    _period = field_validator("period")(_check_period)

    @model_validator(mode="after")
    def _derivation_is_stated(self) -> Fact:
        if self.derived:
            if self.method is None or len(self.inputs) < 2:
                raise ValueError("a derived figure names its method and at least two inputs")
            if self.quote is not None:
                raise ValueError("a derived figure has no quote of its own (quote: null)")
            if self.stated_as is not None:
                raise ValueError("a derived figure is computed, not stated (no stated_as)")
        else:
            if self.quote is None:
                raise ValueError("a figure needs the quote that states it")
            if self.method is not None or self.inputs:
                raise ValueError("method and inputs belong to derived figures (derived: true)")
        if self.stated_as is not None:
            word = STATED_WORDS[self.stated_as]
            # "eight years ago" is counted back from the source's year (cross_check);
            # "after" from the rank its quote states (validate reads the quote).
            wrong_value = word.reads not in ("years-ago", "ahead-of") and not math.isclose(
                self.value, word.value, rel_tol=1e-9, abs_tol=1e-9
            )
            if wrong_value or self.qualifier not in word.qualifiers:
                hedges = " or ".join(
                    f"qualifier {q!r}" if q else "no qualifier" for q in word.qualifiers
                )
                number = int(word.value) if float(word.value).is_integer() else word.value
                value = {
                    "years-ago": f"the source's year minus {number}",
                    "ahead-of": f"the rank its quote states minus {number}",
                }.get(word.reads, str(number))
                raise ValueError(
                    f"a figure stated as {self.stated_as!r} has value {value} and {hedges}"
                )
        return self


class Dataset(Record):
    format: Literal[1]
    sources: list[Source] = Field(default_factory=list)
    metrics: list[Metric] = Field(default_factory=list)
    hubs: list[Hub] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)
