"""Each figure a reader read, matched with the figures held for the same hub, subject,
metric, unit and basis, and judged by ``judgement.claim_verdict`` (the rules are
there, written once); here only the matching and the notes a writer acts on."""

from __future__ import annotations

import re

from hubquery.judgement.claims import FigureVerdict, claim_interval, claim_verdict, figure_verdict
from hubquery.judgement.figures import period_label, standing
from hubquery.judgement.forms import (
    between_bases,
    in_another_currency,
    in_words,
    long_before,
    of_a_part,
    of_a_whole,
    of_another_month,
    per_other_period,
    ratio_verdict,
)
from hubquery.judgement.levels import change_of_level, year_before
from hubquery.judgement.rates import per_day_of_a_year
from hubquery.periods import sort_end
from hubquery.query import lexicon as lx
from hubquery.query.closed_groups import outside_the_list
from hubquery.query.facts import latest, newest_first
from hubquery.query.levels import added_count, level_of_new
from hubquery.query.other_parts import more_than_is_left
from hubquery.query.paces import (
    as_fast,
    counts_a_year,
    growth_of_another,
    may_be_pace,
    ratio_judged,
    yearly_paces,
)
from hubquery.query.portions import PART_NOTE, part_by_share, share_of_count
from hubquery.query.progress import announced_of, planned, way_to_goal
from hubquery.query.rankings import of_another_ranking
from hubquery.query.ratios import (
    RATIOS,
    difference_of,
    ratio_pairs,
)
from hubquery.query.reader import ClaimReader, Reading
from hubquery.query.scopes import of_a_narrower
from hubquery.query.shown import shown_figure
from hubquery.query.subjects import (
    adds_up,
    designation_named,
    either_basis,
    elsewhere,
    kind_words,
    member_meant,
    of_another_whole,
    of_something_else,
    other_currency,
    part_holding,
    part_judged_as_whole,
    parts_named,
    same_basis,
    wholes,
)
from hubquery.query.tempers import tempered, undated
from hubquery.query.totals import (
    left_by_others,
    list_meant,
    list_members,
    may_sum,
    members_sum,
)
from hubquery.query.workings import (
    Judged,
    month_named,
    multiple_over,
    rose_by,
    span_sum,
    years_since,
)
from hubquery.query.yearly import yearly_growth, yearly_rate
from hubquery.records import Fact, Note
from hubquery.vocabulary import Verdict


def judge(reader: ClaimReader, reading: Reading, shown: str | None = None) -> Judged | None:
    """The verdict on one reading; None for a superlative the dataset has nothing on
    ("the largest city" alone is no figure). ``shown`` is ``shown_figure(reading)``
    where the caller has it (check's loop prints it too: made once, not twice)."""
    if (
        reading.note is not None
        and reading.note.message.startswith(PART_NOTE)
        and (portion := part_by_share(reader, reading))
    ):
        return portion  # ("roughly 300 of its companies are foreign-owned": nearly half of 650)
    if (
        reading.note is not None
        or reading.metric is None
        or reading.hub_id is None
        or reading.figure is None
        or reading.claimed is None
    ):
        if (beyond := more_than_is_left(reader, reading)) is not None:
            return beyond  # ("Korean clients, 80 %" where Japan's part is 80 %)
        note = reading.note or Note("unreadable", "states a number hubquery cannot read")
        return Judged("unsupported", (), (note,), False)
    hub_id, metric, figure = reading.hub_id, reading.metric, reading.figure
    if (
        figure.unit == "times"
        and may_be_pace(reading.text)
        and (paced := as_fast(reader, reading, hub_id))
    ):
        return paced  # ("six times as fast as Silicon Valley": its 30 years over 5)
    if figure.growth and (faster := growth_of_another(reading)) is not None:
        return faster  # ("grew six times as fast as Silicon Valley": no +500 % of its own)
    by = figure.unit != "times" and metric.unit_kind in RATIOS and difference_of(reading)
    if (figure.unit == "times" or by) and metric.unit_kind in RATIOS:  # a ratio (see reread)
        pairs = ratio_pairs(reader, reading, hub_id, difference=bool(by))
        if not by:
            pairs = yearly_paces(reading, pairs)  # ("ten times their earlier yearly pace")
        times = reading.claimed.interval
        if not by and figure.qualifier is None:  # "four times" is a writer's rounding
            times = claim_interval(figure.value, None, approximate=True)
        return ratio_judged(ratio_verdict(times, pairs, difference=by), hub_id)
    if (
        hub_id in list_members(reader)
        and may_sum(reading.text)
        and (listed := list_meant(reader, reading, hub_id))
    ):
        reading, hub_id = reading._replace(hub_id=listed), listed  # ("X and Y together")
    assert reading.claimed is not None
    facts = list(reader.facts_of(hub_id, metric.id, reading.subject))
    if (outside := outside_the_list(reader, reading, hub_id, metric, facts)) is not None:
        return outside  # ("Hangzhou has over 20 million" where the only four are named)
    if (
        reading.claimed.target
        and "way " in reading.text
        and (progress := way_to_goal(reading, facts, hub_id))
    ):
        return progress  # ("more than halfway to its goal": the level over the goal)
    if (metric.unit_kind == "growth" or figure.growth) and (
        yearly := yearly_growth(reader, reading, hub_id, facts)
    ):
        return yearly  # ("36 percent a year between 2010 and 2013": compounded, derived)
    if figure.growth and figure.over and metric.unit_kind in ("money", "count"):
        return multiple_over(reading, figure.over, facts, hub_id, metric.unit_kind)
    if not facts and metric.unit_kind == "year" and reading.subject is None:
        facts = designation_named(reader, reading, hub_id, metric.id)
    if metric.unit_kind == "year" and (
        announced := (facts if metric.id == "year-announced" else [])
        or ([] if facts else announced_of(reader, reading, hub_id))
    ):  # ("opened its pilot zone in 2020" of a zone only announced, in 2022)
        return planned(reading, announced, hub_id, shown or shown_figure(reading))
    if not facts and (member := member_meant(reader, reading, hub_id)):
        return _of_members(reader, reading, member)
    if not facts and reading.subject is None and adds_up(metric):
        for whole in wholes(reader, hub_id):
            held = [f for f in reader.facts_of(whole, metric.id, None) if f.unit == figure.unit]
            if held:
                name = _name(reader, whole)
                if shown is None:
                    shown = shown_figure(reading)
                judged = of_a_part(reading.claimed, held, shown, _name(reader, hub_id), name)
                facts_of = tuple(newest_first(judged.facts))
                return Judged(judged.verdict, facts_of, (_note(judged, hub_id),), judged.derived)
        if below := part_holding(reader, hub_id, metric.id, figure.unit):  # (a whole's floor)
            name, shown = _name(reader, hub_id), shown or shown_figure(reading)
            judged = of_a_whole(reading.claimed, below[1], shown, name, below[0])
            return Judged(judged.verdict, judged.facts, (_note(judged, hub_id),), judged.derived)
    if (
        not facts
        and reading.subject is None
        and (summed := members_sum(reader, reading, hub_id, metric))
    ):
        return summed  # ("between them, Chengdu and Chongqing …": the members' sum)
    if not facts and (others := left_by_others(reader, reading, hub_id, metric, shown)):
        return others  # ("70 percent of the world's iPads" where another place holds 70 %)
    if (
        not facts
        and metric.unit_kind == "share"
        and (of_count := share_of_count(reader, reading, hub_id))
    ):
        return of_count  # ("one in eight of its 2,300 companies had …": its 300 of them)
    if not facts:
        if figure.superlative:
            return None
        if metric.unit_kind == "duration" and (since := years_since(reader, reading, hub_id)):
            return since
        return Judged(
            "unsupported",
            (),
            (
                Note(
                    "missing",
                    f"the dataset has no figure for {metric.label.lower()} of "
                    f"{reading.subject or hub_id}",
                    (hub_id,),
                ),
            ),
            False,
        )
    same_unit = [f for f in facts if f.unit == figure.unit or figure.unit is None]
    if not same_unit and (mislabelled := other_currency(figure, facts, hub_id)):
        return Judged("contradicted", tuple(mislabelled[0]), (mislabelled[1],), False)
    if not same_unit:
        units = ", ".join(sorted({f.unit for f in facts}))
        return Judged(
            "unsupported",
            tuple(newest_first(facts)),
            (
                Note(
                    "unit-differs",
                    f"the claim is in {figure.unit}; the dataset's figures are in "
                    f"{units}, and hubquery does not convert currencies",
                    (hub_id,),
                    tuple(f.id for f in facts),
                ),
            ),
            False,
        )
    if figure.unit == "rank" and (ranked := of_another_ranking(reading, metric, same_unit, hub_id)):
        return ranked  # ("the world's largest" against a rank in China)
    if metric.id.startswith("new-") and (level := level_of_new(reading, metric, facts, hub_id)):
        return level  # ("is home to 3,000 robotics firms" of a count of new ones only)
    if (narrower := of_a_narrower(reader, reading, hub_id, metric, same_unit)) is not None:
        return narrower  # ("the whole metro", "invention patents granted": not the figure's)
    notes: list[Note] = []
    own = reading.words - reader.metric_words(metric)
    # The basis the reader kept as the figure's own of several the sentence names first
    # ("US$X in signed contracts …, against US$Y actually conducted": the first's words
    # stand before the second's)
    matched = None
    if reading.bases and len(reading.bases) < len(lx.bases(reading.text)):
        matched = same_basis(frozenset(reading.bases), same_unit)
    matched = matched or same_basis(own, same_unit)
    if (
        matched is not None
        and (place := reader.names.hub(hub_id)) is not None
        and own & (kind := kind_words(place.kind))
    ):
        matched = same_basis(own - kind, same_unit)  # ("the park's": the place, no basis)
    unnamed = matched is None and not reading.bases  # (the claim names no basis)
    tied = sorted({f.basis for f in matched if f.basis}) if matched else []
    support_only: list[Fact] = []
    if matched is None:
        matched = same_unit
        # A claim that names no basis is about the figure without one, where one is held:
        # a figure of a named basis ("registered") may support it, never contradict it.
        if any(f.basis is None for f in same_unit):
            support_only = [f for f in same_unit if f.basis]
        stated = reading.bases
        bases = sorted({f.basis for f in same_unit if f.basis})
        if stated and bases:
            notes.append(
                Note(
                    "basis-differs",
                    f"the claim says "
                    f"{'/'.join(sorted(stated.values()))}; the figures count "
                    f"{'; '.join(bases)}",
                    (hub_id,),
                    tuple(f.id for f in same_unit),
                )
            )
    if (  # (a span the source splits)
        figure.over
        and not figure.growth
        and len(matched) > 1
        and (summed := span_sum(reading, matched, hub_id))
    ):
        return summed
    if shown is None:
        shown = shown_figure(reading)
    if (
        not reading.claimed.target
        and all(f.status == "target" for f in matched)
        and not reader.metric_words(metric) & reading.words
    ):  # "founded in 2020" of a place whose one year held is a deadline: not that
        goals = "; ".join(f"{f.display} ({period_label(f)})" for f in matched)
        said = (
            f"the dataset holds only a goal of {metric.label.lower()} for {hub_id}, {goals}; "
            "the claim names neither it nor a goal"
        )
        goal_note = Note("status-differs", said, (hub_id,), tuple(f.id for f in matched))
        return Judged("unsupported", tuple(matched), (goal_note,), False)
    if reading.claimed.target and _FROM.search(reading.text[: figure.number.start][-40:]):
        # ("lifting its revenue from CN¥480 billion" to meet a goal: a level held before it)
        start = reading.claimed._replace(target=False, earlier=True, first_year=None)
        reading = reading._replace(claimed=start._replace(last_year=None, years_back=None))
    assert reading.claimed is not None
    matched = counts_a_year(reading, matched)  # ("about 40 a year" of 170 in four years)
    if (metric.unit_kind in ("count", "money") and rose_by(reading)) or (
        metric.unit_kind == "count"
        and not lx.FLOW_METRIC.search(metric.id)  # (a count of new ones is judged as held)
        and added_count(reading)
    ):
        # ("rose by US$1 billion", "added more than 150 AI companies": the year's change)
        growths = reader.facts_of(hub_id, f"{metric.id}-growth", reading.subject)
        judged = change_of_level(reading.claimed, matched, growths, shown)
    else:
        judged = claim_verdict(reading.claimed, matched, shown, support_only)
    judged = tempered(reader, reading, judged, matched, shown)  # (what else it claims)
    if len(tied) > 1 and judged.verdict != "unsupported":
        judged = either_basis(judged, reading, matched, tied, shown)
    if judged.kind == "period-differs" and figure.unit in ("USD", "CNY"):
        judged = in_another_currency(judged, reading.claimed, facts, figure.unit, shown)
    if judged.kind == "period-differs" and (
        worked := year_before(
            reading.claimed, same_unit, reader.facts_of(hub_id, f"{metric.id}-growth", None), shown
        )
    ):
        judged = worked
    if figure.only and judged.verdict == "supported":
        # "Only one in ten" is no more than about one in ten: a source's "no more than
        # 10 %" supports it, its "no more than 20 %" does not; else it is about 10 %.
        about = claim_interval(figure.value, None, metric.unit_kind, approximate=True)
        if not all(
            (high := f.interval().high) is not None and about.admits(high) for f in judged.facts
        ):
            claimed = reading.claimed._replace(interval=about)
            judged = claim_verdict(claimed, matched, shown, support_only)
    if figure.number.kind == "fraction" and figure.qualifier is None and not figure.growth:
        judged = in_words(judged, figure.value, shown)
    if figure.converted and figure.converted.startswith("a rate per") and figure.number.value:
        factor = figure.value / figure.number.value
        judged = per_other_period(judged, reading.claimed, matched, shown, factor, figure.converted)
    elif judged.verdict != "unsupported":  # ("670 a day in 2021": a year's change, per day)
        judged = per_day_of_a_year(judged, reading.claimed, matched, shown, figure.after, metric.id)
    if judged.verdict != "unsupported" and (
        part := part_judged_as_whole(reader, reading, hub_id, metric)
    ):
        judged = of_a_part(
            reading.claimed, matched, shown, _name(reader, part), _name(reader, hub_id)
        )
    if judged.verdict == "supported" and (month := month_named(reading)) is not None:
        judged = of_another_month(judged, *month, of_a_year=figure.unit == "year")
    if judged.verdict == "contradicted" and unnamed:
        judged = between_bases(judged, reading.claimed, matched, shown)
    if judged.verdict == "contradicted" and undated(reading.text, judged.facts):
        judged = long_before(judged, reading.claimed, shown)  # (a sentence naming no time)
    if judged.verdict == "contradicted" and elsewhere(reader, reading, hub_id):
        judged = judged._replace(
            verdict="unsupported",
            kind="subject-differs",
            reason=f"{judged.reason}, of {reading.subject} in {hub_id}; the claim names no "
            f"place, and the dataset holds {reading.subject} in other places too",
        )
    if judged.verdict == "contradicted" and (other := of_something_else(reader, reading, metric)):
        judged = judged._replace(
            verdict="unsupported", kind="metric-differs", reason=f"{judged.reason}; {other}"
        )
    if (
        judged.verdict != "unsupported"
        and metric.unit_kind == "share"
        and (unlike := of_another_whole(reader, reading, metric) or yearly_rate(reading))
    ):
        judged = judged._replace(
            verdict="unsupported", kind="metric-differs", reason=f"{judged.reason}; {unlike}"
        )
    if judged.verdict == "contradicted" and (parts := parts_named(reader, reading, hub_id)):
        judged = judged._replace(
            verdict="unsupported",
            kind="subject-differs",
            reason=f"{judged.reason}, of {hub_id} as a whole; the claim is of its {parts}",
        )
    if judged.verdict != "supported":
        notes[:0] = [_note(judged, hub_id)]
    elif judged.derived:  # the figure shown is no source's: say so, and how it is made
        notes[:0] = [
            Note(
                "derived",
                judged.reason,
                (hub_id,),
                tuple(f.id for f in judged.facts if f.derived) or tuple(f.id for f in judged.facts),
            )
        ]
    if judged.verdict == "supported" and all(f.status == "threshold" for f in judged.facts):
        notes.append(
            Note(
                "threshold",
                standing(judged.facts[0]).reason or "",
                (hub_id,),
                tuple(f.id for f in judged.facts),
            )
        )
    if figure.converted:
        notes.append(Note("converted", f"the claim's {figure.converted}", (hub_id,)))
    if judged.verdict == "supported" and reading.period is None:
        newer = latest(matched, judged.facts[0].unit)
        if (
            newer is not None
            and newer not in judged.facts
            and sort_end(newer.period) > max(sort_end(f.period) for f in judged.facts)
            and figure_verdict(reading.claimed.interval, newer) != "supported"
        ):
            notes.append(
                Note(
                    "newer-figure",
                    f"a newer figure differs: {newer.display} "
                    f"({period_label(newer)}, {newer.source.id})",
                    (hub_id,),
                    (newer.id,),
                )
            )
    return Judged(judged.verdict, tuple(newest_first(judged.facts)), tuple(notes), judged.derived)


# A figure a move starts from: "from CN¥480 billion", "from about 480 billion".
_FROM = re.compile(
    r"\bfrom (?:(?:about|around|roughly|some|nearly|almost|just|over|under|more than|less "
    r"than) )?(?:CN¥|US\$|RMB ?|¥|\$)?$",
    re.IGNORECASE,
)


def _of_members(reader: ClaimReader, reading: Reading, members: list[str]) -> Judged:
    """The claim judged for each place it is of: contradicted when one contradicts it,
    supported when all support it, else unsupported."""
    judged = [j for m in members if (j := judge(reader, reading._replace(hub_id=m)))]
    if not judged:
        note = Note("missing", "the dataset has no figure of the places it is of", tuple(members))
        return Judged("unsupported", (), (note,), False)
    verdicts = {j.verdict for j in judged}
    verdict: Verdict = next(
        (v for v in ("contradicted", "unsupported") if v in verdicts), "supported"
    )
    worst = [j for j in judged if j.verdict == verdict]
    return Judged(
        verdict,
        tuple(f for j in worst for f in j.facts),
        tuple(n for j in worst for n in j.notes),
        any(j.derived for j in worst),
    )


def _name(reader: ClaimReader, hub_id: str) -> str:
    hub = reader.names.hub(hub_id)
    return hub.name if hub else hub_id


def _note(judged: FigureVerdict, hub_id: str) -> Note:
    kinds = {"disjoint": "contradicted", "superseded": "newer-figure", "established": "supported"}
    return Note(
        kinds.get(judged.kind, judged.kind),
        judged.reason,
        (hub_id,),
        tuple(f.id for f in judged.facts),
    )
