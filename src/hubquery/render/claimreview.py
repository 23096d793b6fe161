"""Claims as schema.org ``ClaimReview`` JSON-LD (`check --format claimreview`).

One review per claim: ``claimReviewed`` is the writer's sentence, ``reviewRating``
carries the verdict as ``alternateName`` and the notes as ``ratingExplanation``,
``itemReviewed`` is the ``Claim`` (with what it is about), ``author`` is hubquery,
and ``citation`` lists each figure the verdict rests on as the article that states it,
with the quote as its ``text``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hubquery.query.check import Claim
    from hubquery.records import Fact

AUTHOR = {"@type": "Organization", "name": "hubquery"}


def claim_reviews(claims: Sequence[Claim]) -> list[dict[str, Any]]:
    return [_review(claim) for claim in claims]


def _review(claim: Claim) -> dict[str, Any]:
    explanation = " ".join(note.message for note in claim.notes)
    about = [name for name in (claim.subject, claim.hub_id, claim.metric_id) if name]
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": claim.verdict}
    if explanation:
        rating["ratingExplanation"] = explanation
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": claim.text,
        "reviewRating": rating,
        "itemReviewed": {
            "@type": "Claim",
            "text": claim.text,
            "about": [{"@type": "Thing", "identifier": name} for name in about],
        },
        "author": AUTHOR,
        "citation": [_cited(fact) for fact in claim.facts],
    }


def _cited(fact: Fact) -> dict[str, Any]:
    source = fact.source
    work: dict[str, Any] = {
        "@type": "CreativeWork",
        "identifier": source.id,
        "name": source.title,
        "datePublished": source.published,
    }
    if source.author:
        work["author"] = {"@type": "Person", "name": source.author}
    if source.publisher:
        work["publisher"] = {"@type": "Organization", "name": source.publisher}
    if source.url:
        work["url"] = source.url
    if fact.quote:
        work["text"] = fact.quote
    work["description"] = f"{fact.display} ({fact.period_label}), hubquery fact {fact.id}"
    return work
