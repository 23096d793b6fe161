"""Where a draft's lines may be split apart (``draft.fresh_lines``): the passages of the
lines cut at every such line, each run of lines split afresh, are the draft's."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from hubquery.query.draft import draft_lines, fresh_lines, passages, passages_of_lines
from tests.conftest import ROOT, SEEDS, TESTS

# Markdown of every kind the splitter reads apart: front matter, fences (open, closed,
# indented too far), tables, headings, items, quotes, indented code, comments over lines.
LINES = [
    "",
    "   ",
    "---",
    "+++",
    "```",
    "~~~",
    "    ```",
    "```python",
    "| Hub | Population |",
    "|---|---|",
    "| Dalian | 6 million |",
    "Dalian | 7 million",
    "# Dalian has 6 million residents",
    "## Why?",
    "- Hefei had 1,000 AI companies in 2021.",
    "1. Item one of 2 items.",
    "> Quoted: 300 firms.",
    "    indented 4,000 code",
    "\tindented 5 code",
    "<!-- a comment",
    "that ends --> here 12 words.",
    "<!-- whole 7 -->",
    "Remember when nobody had heard of Dalian?",
    "Its software sector pulled in US$3 billion in 2015.",
    "Dalian is the 15th largest outsourcing destination.",
    "A sentence that runs on",
    "over two lines with 40 numbers, *emphasis* and [a link](http://x).",
]


def _cut_everywhere(draft: str) -> list[object]:
    lines = draft_lines(draft)
    starts = [0, *fresh_lines(lines)]
    return [
        passage
        for begin, end in itertools.pairwise([*starts, len(lines)])
        for passage in passages_of_lines(lines, begin, end)
    ]


@given(st.lists(st.sampled_from(LINES), max_size=40))
def test_lines_cut_at_every_fresh_line_give_the_draft_s_passages(chosen: list[str]) -> None:
    draft = "\n".join(chosen)
    assert _cut_everywhere(draft) == passages(draft)


def test_the_project_s_own_markdown_cut_at_every_fresh_line_gives_its_passages() -> None:
    texts = [
        path.read_text(encoding="utf-8")
        for path in [
            ROOT / "README.md",
            ROOT / "CHANGELOG.md",
            *sorted((ROOT / "docs").glob("*.md")),
            *sorted(SEEDS.glob("0*.txt")),
        ]
    ]
    texts.append(
        "\n".join(
            line.split("\t", 1)[0]
            for path in sorted((TESTS / "data").glob("claims*.tsv"))
            for line in path.read_text(encoding="utf-8").splitlines()
        )
    )
    for text in texts:
        assert _cut_everywhere(text) == passages(text)
    readme = draft_lines((ROOT / "README.md").read_text(encoding="utf-8"))
    assert len(list(fresh_lines(readme))) > 100


def test_no_fresh_line_inside_front_matter_or_a_fence() -> None:
    lines = ["---", "", "title: x", "---", "", "```", "", "```", "", "text"]
    assert list(fresh_lines(lines)) == [4, 8]
