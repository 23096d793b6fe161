"""References in the forms people paste and import: APA, Chicago and MLA lines,
Markdown footnotes, CSL-JSON, BibTeX and RIS.

A source whose date was inferred is ``circa`` in CSL-JSON (``"circa": true`` in the
date) and flagged in the others ("ca. 2014", a note saying how it was dated). A
figure's reference carries the figure as a sentence and the quote that states it
(CSL ``note``, BibTeX ``note``, RIS ``N1``); a derived figure's references are those
of the figures it was computed from, saying so.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from hubquery.display import quoted
from hubquery.query.cite import Citation, Reference
from hubquery.records import Source

STYLES = ("apa", "chicago", "mla", "harvard")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


class Date(NamedTuple):
    """One end of a source's date, as precise as it was published: 2022, 2022-05 or
    2022-05-27."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def parts(self) -> list[int]:
        """CSL's date-parts: [year], [year, month] or [year, month, day]."""
        return [part for part in self if part is not None]


def dates(published: str) -> list[Date]:
    """``2022-05-27`` → one date; a range ``2012-01/2012-10`` → its two ends."""
    return [Date(*(int(part) for part in end.split("-"))) for end in published.split("/")]


def _name(author: str) -> tuple[str, str]:
    """(family, given): the last word is the family name ("Marilyn Geewax")."""
    words = author.split()
    return (words[-1], " ".join(words[:-1])) if len(words) > 1 else (author, "")


def _date(source: Source, style: str) -> str:
    shown = " – ".join(_one_date(end, style) for end in dates(source.published))
    if source.date_inferred:
        shown = ("c. " if style == "mla" else "ca. ") + shown
    return shown


def _one_date(date: Date, style: str) -> str:
    if date.month is None:
        return str(date.year)
    month = _MONTHS[date.month - 1]
    if date.day is None:
        return f"{date.year}, {month}" if style == "apa" else f"{month} {date.year}"
    if style == "apa":
        return f"{date.year}, {month} {date.day}"
    if style == "mla":
        return f"{date.day} {month[:3] + '.' if len(month) > 4 else month} {date.year}"
    return f"{month} {date.day}, {date.year}"


def reference_line(source: Source, style: str = "apa") -> str:
    """One source as a reference list entry in the style asked for."""
    family, given = _name(source.author) if source.author else ("", "")
    date = _date(source, style)
    url = f" {source.url}" if source.url else ""
    if style == "apa":
        initials = " ".join(f"{g[0]}." for g in given.split())
        who = f"{family}, {initials}" if initials else family
        title = source.title.rstrip(".")
        head = f"{who} ({date}). {title}." if who else f"{title}. ({date})."
        publisher = f" {source.publisher}." if source.publisher else ""
        return head + publisher + url
    who = f"{family}, {given}. " if given else (f"{family}. " if family else "")
    title = quoted(source.title.rstrip(".") + ".")
    if style == "chicago":
        where = f" {source.publisher}," if source.publisher else ""
        return f"{who}{title}{where} {date}." + (f"{url}." if url else "")
    if style == "mla":
        where = f" {source.publisher}," if source.publisher else ""
        return f"{who}{title}{where} {date}" + (f",{url}." if url else ".")
    if style == "harvard":
        return harvard_line(source)
    raise ValueError(f"unknown style {style!r}")


def harvard_line(source: Source) -> str:
    """Harvard author-date (Cite Them Right): ``Geewax, M. (2010) ‘Title’, NPR. Available
    at: URL.``; an inferred year is ``(c. 2014)``, a day and month follow the publisher."""
    ends = dates(source.published)
    year = "–".join(str(y) for y in dict.fromkeys(end.year for end in ends))
    if source.date_inferred:
        year = f"c. {year}"
    if source.author:
        family, given = _name(source.author)
        initials = " ".join(f"{g[0]}." for g in given.split())
        who = f"{family}, {initials}" if initials else family
    else:
        who = source.publisher or ""
    title = quoted(source.title.rstrip("."), single=True)
    head = f"{who} ({year}) {title}" if who else f"{title} ({year})"
    first = ends[0]
    when = ""
    if first.month is not None:
        month = _MONTHS[first.month - 1]
        when = f" {first.day} {month}" if first.day is not None else f" {month}"
    where = f", {source.publisher}" if source.publisher and source.author else ""
    where += f",{when}" if when and where else (f",{when}" if when else "")
    url = f" Available at: {source.url}." if source.url else ""
    return f"{head}{where}.{url}"


def _fact_note(reference: Reference) -> str:
    """The figure and its quote, for a reference's note field."""
    parts = (
        [f"{reference.derivation}; cited here as one of its inputs."]
        if reference.derivation
        else []
    )
    if reference.statement:
        parts.append(f"Figure: {reference.statement}.")
    if reference.fact is not None and reference.fact.quote:
        parts.append(f"Quote: {quoted(reference.fact.quote)}")
    note = _figure_note(reference)
    if note:
        parts.append(f"Note: {note}")
    return " ".join(parts)


def _figure_note(reference: Reference) -> str:
    """The curator's note on the figure cited, which goes wherever the figure goes."""
    return reference.fact.note if reference.fact is not None and reference.fact.note else ""


def _dating(source: Source) -> str:
    if not source.date_inferred:
        return ""
    how = f": {source.date_note}" if source.date_note else ""
    return f"Date inferred (circa {source.published}){how}"


def human(citation: Citation, style: str = "apa") -> str:
    """Each reference as a reader pastes it: the figure, the reference, the quote."""
    blocks = []
    derived: str | None = None
    for reference in citation.references:
        lines = []
        if reference.derivation and reference.derivation != derived:
            lines.append(f"{reference.derivation}. It rests on:")
        derived = reference.derivation
        if reference.statement:
            lines.append(reference.statement + ".")
        lines.append(reference_line(reference.source, style))
        if reference.fact is not None and reference.fact.quote:
            lines.append(quoted(reference.fact.quote))
        if _figure_note(reference):
            lines.append(f"Note: {_figure_note(reference)}")
        if reference.source.date_inferred and reference.source.date_note:
            lines.append(f"(Date inferred: {reference.source.date_note})")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def markdown(citation: Citation, style: str = "apa") -> str:
    """The figures with footnotes (Pandoc and GitHub Markdown), for pasting; a
    bibliography (one reference per source) as a list."""
    if citation.kind == "bibliography":
        return "".join(
            f"- {_md(reference_line(reference.source, style))}\n"
            for reference in citation.references
        )
    body, notes = [], []
    derived: str | None = None
    for reference in citation.references:
        mark = f"[^{reference.key}]"
        if reference.derivation and reference.derivation != derived:
            body.append(f"{_md(reference.derivation)}; it rests on:")
        derived = reference.derivation
        if reference.statement:
            body.append(f"{_md(reference.statement)}.{mark}")
        else:
            body.append(f"{_md(reference.source.title)}{mark}")
        quote = (
            " " + quoted(_md(reference.fact.quote))
            if reference.fact is not None and reference.fact.quote
            else ""
        )
        note = f" Note: {_md(_figure_note(reference))}" if _figure_note(reference) else ""
        notes.append(f"{mark}: {_md(reference_line(reference.source, style))}{quote}{note}")
    return "\n\n".join(body) + "\n\n" + "\n".join(notes) + "\n"


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def _md(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def csl_json(citation: Citation) -> list[dict[str, Any]]:
    """CSL-JSON items (valid against the CSL data schema), one per reference."""
    return [_csl(reference) for reference in citation.references]


def _csl(reference: Reference) -> dict[str, Any]:
    source = reference.source
    item: dict[str, Any] = {
        "id": reference.key,
        "type": "article-newspaper" if source.publisher else "article",
        "title": source.title,
    }
    if source.author:
        family, given = _name(source.author)
        item["author"] = [{"family": family, "given": given} if given else {"literal": family}]
    if source.publisher:
        item["container-title"] = source.publisher
        item["publisher"] = source.publisher
    issued: dict[str, Any] = {"date-parts": [end.parts for end in dates(source.published)]}
    if source.date_inferred:
        issued["circa"] = True
    item["issued"] = issued
    if source.url:
        item["URL"] = source.url
    note = " ".join(part for part in (_fact_note(reference), _dating(source)) if part)
    if note:
        item["note"] = note
    return item


def bibtex(citation: Citation) -> str:
    """BibTeX entries (biblatex reads them too): ``@article`` for a newspaper or
    broadcaster's piece, ``@misc`` otherwise."""
    return "\n".join(_bibtex(reference) for reference in citation.references)


def _bibtex(reference: Reference) -> str:
    source = reference.source
    fields: list[tuple[str, str]] = []
    if source.author:
        family, given = _name(source.author)
        fields.append(("author", f"{family}, {given}" if given else family))
    fields.append(("title", "{" + _tex(source.title) + "}"))
    if source.publisher:
        fields.append(("journal", _tex(source.publisher)))
    first = dates(source.published)[0]
    fields.append(("year", str(first.year)))
    if first.month is not None:  # BibTeX's month macros (jan … dec), unbraced
        fields.append(("month", _BIBTEX_MONTHS[first.month - 1]))
    fields.append(("date", source.published))
    if source.url:
        fields.append(("url", source.url))
    note = " ".join(part for part in (_fact_note(reference), _dating(source)) if part)
    if note:
        fields.append(("note", _tex(note)))
    kind = "article" if source.publisher else "misc"
    body = ",\n".join(
        f"  {name} = {value}" if name == "month" else f"  {name} = {{{value}}}"
        for name, value in fields
    )
    return f"@{kind}{{{reference.key},\n{body}\n}}\n"


_BIBTEX_MONTHS = (
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
)
_TEX_SPECIAL = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}


def _tex(text: str) -> str:
    return "".join(_TEX_SPECIAL.get(ch, ch) for ch in " ".join(text.split()))


def ris(citation: Citation) -> str:
    """RIS records (Zotero, Mendeley, EndNote): ``NEWS`` for a newspaper's piece, ``ELEC``
    otherwise; the figure and quote in ``N1``, an inferred date flagged in a second ``N1``."""
    return "".join(_ris(reference) for reference in citation.references)


def _ris(reference: Reference) -> str:
    source = reference.source
    tags: list[tuple[str, str]] = [
        ("TY", "NEWS" if source.publisher else "ELEC"),
        ("ID", reference.key),
        ("TI", source.title),
    ]
    if source.author:
        family, given = _name(source.author)
        tags.append(("AU", f"{family}, {given}" if given else family))
    first = dates(source.published)[0]
    tags.append(("PY", str(first.year)))
    # RIS's DA is year/month/day/ with the unknown parts empty: 2022/05//.
    month, day = ("" if part is None else f"{part:02d}" for part in (first.month, first.day))
    tags.append(("DA", f"{first.year}/{month}/{day}/"))
    if source.publisher:
        tags += [("T2", source.publisher), ("PB", source.publisher)]
    if source.url:
        tags.append(("UR", source.url))
    for note in (_fact_note(reference), _dating(source)):
        if note:
            tags.append(("N1", note))
    tags.append(("ER", ""))
    return "".join(f"{tag}  - {_one_line(value)}".rstrip() + "\n" for tag, value in tags) + "\n"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def render(citation: Citation, fmt: str, style: str) -> str:
    """The citation in ``fmt`` (not JSON: the view writes that)."""
    if fmt == "csl-json":
        from hubquery.render.data import dumps

        return dumps(csl_json(citation))
    from hubquery.render.values import safe

    writers = {
        "bibtex": lambda: bibtex(citation),
        "ris": lambda: ris(citation),
        "markdown": lambda: markdown(citation, style),
        "text": lambda: human(citation, style),
    }
    return safe(writers[fmt]())
