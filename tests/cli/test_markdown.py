"""--format markdown is the table a person sees, for a writer to paste; flat formats say
what of a profile they leave out."""

from __future__ import annotations

import pytest

from tests.conftest import Run

DLSP = """\
**Dalian Software Park 大连软件园** · science-park

- **Part of:** China › Liaoning › Dalian
- **Region:** Northeast China
- **Also:** DLSP

| Figure | Value | Period | Src |
| --- | ---: | --- | --- |
| Year established | 1998 | 1998 | \\[1\\] |
| Year established | 1999 | 1999 | \\[2\\] |

**Sources differ**

- Year established (conflict): 1998 \\[1\\] vs 1999 \\[2\\]

**Sources**

- \\[1\\] Marilyn Geewax, “Chinese Aim To Build The Next Silicon Valley”, NPR, 2010 (date inferred) (npr-2010)
- \\[2\\] Daniel Allen, “GreatLeapForward.com”, 2014 (date inferred) (allen-2014)
"""


def test_markdown_is_the_table_with_numbered_references(run: Run, mini: str) -> None:
    result = run("show", "dlsp", "--data", mini, "--format", "markdown")
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == DLSP


def test_markdown_quotes_go_under_their_figure(run: Run, mini: str) -> None:
    out = run("show", "dlsp", "--data", mini, "--format", "markdown", "--quotes").stdout
    assert "| Year established<br>“In 1998, government officials spurred the creation of" in out


def test_markdown_list_shows_display_values_not_raw_columns(run: Run, mini: str) -> None:
    out = run("list", "--sort", "population", "--data", mini, "--format", "markdown").stdout
    assert out.startswith(
        "| \\# | Hub | Kind | Part of | Region | Tags | Population |\n"
        "| ---: | --- | --- | --- | --- | --- | ---: |\n"
        "| 1? | Chengdu | city | Sichuan | Southwest China | electronics | "
        "21.192 million people 2021-12 \\[1\\] |\n"
    )
    assert "\n\n**Sources**\n\n- \\[1\\] “China's inland rides waves" in out


def test_markdown_compare_has_one_column_per_hub_and_its_notes(run: Run, mini: str) -> None:
    out = run(
        "compare", "chengdu", "chongqing", "-m", "laptops", "--data", mini, "--format", "markdown"
    ).stdout
    assert out.startswith(
        "| Metric | Chengdu | Chongqing |\n| --- | --- | --- |\n"
        "| Share of world laptops (produced) | nearly 20 % 2022-05 \\[1\\] | — |\n"
        "| Share of world laptops (sold) | — | one out of every three (≈33 %) 2022-05 \\[1\\] |\n"
    )
    assert "- ! Definitions differ (Chengdu: produced; Chongqing: sold)" in out
    assert "█" not in out


def test_export_markdown_keeps_the_raw_columns(run: Run, mini: str) -> None:
    out = run("export", "--data", mini, "--format", "markdown").stdout
    assert out.startswith("| id | hub_id | metric_id |")


@pytest.mark.parametrize("fmt", ["csv", "tsv", "jsonl"])
def test_flat_formats_of_a_profile_say_what_they_leave_out(run: Run, mini: str, fmt: str) -> None:
    result = run("show", "dalian", "--data", mini, "--format", fmt)
    assert result.exit_code == 0
    name = {"csv": "CSV", "tsv": "TSV", "jsonl": "JSON Lines"}[fmt]
    assert result.stderr == (
        f"Note: {name} has one row per figure and leaves out the profile (name, kind, place in "
        "the hierarchy, region, aliases), tags, organisations and the notes comparing its "
        "figures; "
        "the table and --json have them.\n"
    )
    assert run("show", "dalian", "--data", mini, "--json").stderr == ""
