"""The names a clause leads with or is measured against: a leading frame of comparison
("Behind Beijing and Shanghai, …") names what the clause is not about; a place the
clause is set in ("in Dalian, NIIT …") is not what it leads with."""

from __future__ import annotations

import re

from hubquery.query.reader.mentions import Mention

# ("under the 13th Five-Year Plan, Shenzhen …": a frame, the edition's ordinal blanked)
_SET_IN = {"in", "at", "from", "across", "outside", "inside", "near", "under"}
# "Behind Beijing and Shanghai, Chengdu is third", "Unlike Dalian, Xi'an …": a leading
# frame of comparison names what the clause is measured against, not what it is about
_FRAME = re.compile(
    r"\W*(?:behind|after|ahead of|like|unlike|besides|apart from|aside from|alongside|"
    r"along with|as with|as in|(?:just|much) like|similar to|in contrast (?:to|with)|"
    r"as opposed to|compared (?:with|to)|following|other than|trailing|next to)\s"
    # (a list of names, "Beijing, Shanghai and Shenzhen,", else up to the first comma)
    r"(?:(?P<list>(?:(?:\s*[\w'’.-]+){0,3}\s*,)+(?:\s*[\w'’.-]+){0,3}\s+and\b"
    r"(?:\s*[\w'’.-]+){0,3}\s*,)|[^,;:]*,)"
    r"(?!\s*(?:which|who|whose|where|with|home to)\b)"  # ("Like Dalian, which has …, …")
)


def framed(mentions: list[Mention], text: str, figure_start: int) -> list[Mention]:
    """The names of a leading frame of comparison ("Behind Beijing and Shanghai, …")
    when the figure and another name come after it: the clause is not about them."""
    frame = _FRAME.match(text)
    end = frame.end() if frame else len(text)
    if frame and frame.group("list") and figure_start < end:  # (the list is the figure's)
        end = text.find(",", frame.start("list")) + 1
    if figure_start < end:
        return []
    inside = [m for m in mentions if m.end <= end]
    return inside if len(inside) < len(mentions) else []


def leading(mentions: list[Mention], text: str) -> Mention | None:
    """The first name of a clause that is not a place the clause is set in ("in Dalian,
    NIIT …" leads with NIIT)."""
    for mention in mentions:
        before = text[max(0, mention.start - 24) : mention.start]
        words = before.split()[-2:] if before[-1:].isspace() else []
        if words[-1:] in (["the"], ["its"], ["their"]):  # ("under its five-year plan, …")
            words.pop()
        if not (words and words[-1] in _SET_IN):
            return mention
    return None
