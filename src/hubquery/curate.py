"""The curator's checks (`validate`): a dataset loads, and every quote states its figure.

Beyond what loading checks, each quote must state its figure (``quotes``) and,
given the articles' folder, be found in its article. The result is a
``ValidationReport``, shown like every other command's result.
"""

from __future__ import annotations

from typing import NamedTuple

from hubquery.errors import DatasetError
from hubquery.problems import Problem


class ValidationReport(NamedTuple):
    """What `validate` found: the counts of a valid dataset, or every problem in file
    order. The counts are null when the dataset could not be read or parsed."""

    file: str
    valid: bool
    hub_count: int | None
    fact_count: int | None
    source_count: int | None
    metric_count: int | None
    problems: tuple[Problem, ...]


def validation_report(path: str | None, articles: str | None = None) -> ValidationReport:
    """Validate a dataset as a curator would: beyond loading, each quote must state
    its figure and, given the articles' folder, be found in its article."""
    from hubquery import load, quotes, yamlfile

    dataset_file = load.locate_dataset(path)
    try:
        content = load.read_bytes(dataset_file)
        dataset = load.parse(content, dataset_file.label)
        issues = list(quotes.figure_problems(dataset))
        if articles is not None:
            from pathlib import Path

            folder = Path(articles)
            if not folder.is_dir():
                raise DatasetError.single(articles, "no such folder of article texts")
            issues += quotes.article_problems(dataset, folder)
        if issues:
            raise load.located_error(
                issues, yamlfile.decode(content, dataset_file.label), dataset_file.label
            )
    except DatasetError as error:
        return ValidationReport(
            dataset_file.label, False, None, None, None, None, tuple(error.problems)
        )
    return ValidationReport(
        dataset_file.label,
        True,
        len(dataset.hubs),
        len(dataset.facts),
        len(dataset.sources),
        len(dataset.metrics),
        (),
    )
