"""A rank claimed in another ranking than the one its figures are of: another scope
("the world's largest" against a rank in China), or a group of another kind ("fourth
among China's software centres" against the largest city of its province): unsupported,
never judged by them (issue #19: the same metric, subject and basis)."""

from __future__ import annotations

import re

from hubquery.query import lexicon as lx
from hubquery.query.facts import newest_first
from hubquery.query.reader import Reading
from hubquery.query.reader.metric_words import read_metric
from hubquery.query.workings import Judged
from hubquery.records import Fact, Metric, Note

# The group a rank places something in, just after the rank: "fourth among China's
# software centres", "China's fourth-largest aerospace hub" (to a comma, a bracket or a
# word that ends the noun phrase: "the largest city in Shaanxi", "market for luxury goods")
_AMONG = re.compile(r"(?:st|nd|rd|th)?\s*(?:place\s+)?among\s+([^,.;:()—]+)")
_SUPERLATIVE = re.compile(
    r"(?:st|nd|rd|th)?[\s-]*(?:largest|biggest|best|-?ranked)\s+([^,.;:()—]+)"
)
_ORDINAL_END = re.compile(r"^(?:st|nd|rd|th)?[\s-]*")
_PHRASE_END = re.compile(
    r"\s(?:in|by|of|for|with|and|or|after|behind|since|according|when|while|at|to|on|"
    r"from|that|which|who|than|as|because|though|but|yet|is|are|was|were|has|have|had|"
    # (a time said after the group: "until 2019", "last year", "in 2014")
    r"until|till|before|during|between|over|under|into|through|within|last|this|next|now|"
    r"today|ago|again|already|still|(?:19|20)\d\d)\b.*"
)
# Words that name no kind of what is ranked (a place, a company), and where it is ranked
_NO_KIND = lx.stems(
    "the a an its their city cities town towns metropolis centre centres center centers "
    "hub hubs place places location locations one ones company companies firm firms player "
    "players china chinese nation national country world worldwide global globe planet"
)
# A proper name (a place's, "Shaanxi's cities") names no kind; an acronym may ("AI hubs")
_NAME = re.compile(r"\b[A-Z][a-z][\w'’-]*")


def of_another_ranking(
    reading: Reading, metric: Metric, same_unit: list[Fact], hub_id: str
) -> Judged | None:
    """The rank claimed judged unsupported where the claim ranks it in another ranking
    than its figures (``same_unit``: the metric's figures in the claim's unit); None
    otherwise (and for any figure that is no rank)."""
    said = lx.scope(reading.text.lower())
    kept = lx.scope(metric.label.lower()) if said else None
    if said and kept and said != kept:
        return _unsupported(
            f"the claim ranks it {said}; the figures rank it {kept}", same_unit, hub_id
        )
    assert reading.figure is not None
    after = reading.text[reading.figure.number.end :]
    found = _AMONG.match(after) or _SUPERLATIVE.match(after)
    if found is None:
        return None
    group = _PHRASE_END.sub("", found.group(1)).strip()
    if found.re is _AMONG:
        ranked = f"the claim ranks it among {group}"
    else:  # ("China's fourth-largest aerospace hub": as "largest aerospace hub")
        words = _ORDINAL_END.sub("", found.group()[: found.start(1)])
        ranked = f'the claim ranks it as "{words}{group}"'
    # ("among China's cities" against a rank among the cities of its province)
    in_group = lx.scope(group.lower())
    description = metric.description.lower()
    of_metric = lx.scope(description) or ("in its province" if "province" in description else None)
    if in_group and of_metric and in_group != of_metric:
        return _unsupported(
            f"{ranked}, {in_group}; the figures rank it {of_metric}", same_unit, hub_id
        )
    read = read_metric(metric)
    held = lx.stems(" ".join(f"{f.subject or ''} {f.basis or ''}" for f in same_unit))
    kinds = lx.stems(_NAME.sub(" ", group)) - _NO_KIND - read.strong - read.weak - held
    if not {word for word in kinds if not word.isdigit()}:
        return None
    label = metric.label[0].lower() + metric.label[1:]
    return _unsupported(f"{ranked}; the figures give its {label}", same_unit, hub_id)


def _unsupported(said: str, same_unit: list[Fact], hub_id: str) -> Judged:
    note = Note("basis-differs", said, (hub_id,), tuple(f.id for f in same_unit))
    return Judged("unsupported", tuple(newest_first(same_unit)), (note,), False)
