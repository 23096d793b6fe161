"""What a reading shows a writer: the claimed figure as a note prints it ("more than
2,000 companies") and what was read ("2,000 companies · hefei · ai-companies · 2021")."""

from __future__ import annotations

from hubquery.display import format_value, share_in_words
from hubquery.query.reader import Reading


def shown_figure(reading: Reading) -> str:
    """The claimed figure as a note prints it: "more than 2,000 companies"."""
    figure = reading.figure
    if figure is None:
        return "?"
    if figure.years is not None:
        return "–".join(map(str, figure.years))
    unit = figure.unit or (reading.metric.unit_kind if reading.metric else "")
    value = format_value(figure.value, unit or "") if unit else _plain_text(figure.value)
    words = share_in_words(figure.value) if figure.approximate and unit == "percent" else None
    if words:  # "two in three (≈67 %)" says it is approximate itself
        value = words
    elif figure.approximate and figure.qualifier is None:
        value = f"about {value}"
    return f"{figure.qualifier} {value}" if figure.qualifier else value


def _plain_text(value: float) -> str:
    from hubquery.display import plain_number

    return plain_number(value)


def read_as(reading: Reading, shown: str | None = None) -> str:
    """What the reader read, for a writer to check: "2,000 companies · hefei ·
    ai-companies · 2021" (``shown``: ``shown_figure(reading)``, where the caller has it)."""
    if reading.figure is None:
        parts = ["no figure read"]
    else:
        parts = [shown if shown is not None else shown_figure(reading)]
    if reading.claimed is not None and reading.claimed.excluded:
        parts[0] = f"not {parts[0]}"
    about = reading.hub_id or "no place"
    if reading.subject:
        about = f"{reading.subject} ({about})"
    parts.append(about)
    parts.append(reading.metric.id if reading.metric else "no metric")
    if reading.period:
        parts.append(reading.period)
    claimed = reading.claimed
    if claimed is not None and claimed.now:
        parts.append("now")
    if claimed is not None and claimed.target:
        parts.append("as a goal")
    return " · ".join(parts)
