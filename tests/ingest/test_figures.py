"""Key figures: numbers with what they count and where."""

from __future__ import annotations

import pytest

from digest.ingest.figures import find_figures


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Eight fighters were killed in Raqqa on Monday.",
         {"value": 8, "what": "fighters killed", "where": "Raqqa"}),
        ("Police said 23 prisoners escaped from the jail.",
         {"value": 23, "what": "prisoners escaped"}),
        ("Some 1,250 inmates managed to escape.", {"value": 1250, "what": "inmates escaped"}),
        ("The raid killed 14 ISIS militants near Tikrit.",
         {"value": 14, "what": "ISIS militants killed", "where": "Tikrit"}),
        ("The group claimed 61 attacks in June.", {"value": 61, "what": "attacks"}),
        ("About 2,500 US troops remain.", {"value": 2500, "what": "US troops"}),
        ("Two of its members were arrested.", {"value": 2, "what": "members arrested"}),
        ("The blast killed a guard and wounded nine.", {"value": 9, "what": "wounded"}),
        ("Nine soldiers lost their lives.", {"value": 9, "what": "soldiers killed"}),
        ("At least 30 civilians were wounded in Idlib.",
         {"value": 30, "what": "civilians wounded", "where": "Idlib"}),
    ],
)  # fmt: skip
def test_figures(sentence: str, expected: dict) -> None:
    assert find_figures(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "The budget was $ 400 million.",
        "Attacks rose by 25 percent.",
        "In 2019 the group was defeated.",
        "Three years after the battle, the town is quiet.",
        "One soldier was killed.",
        "Kurdistan 24 reported the news.",
        "Between 14- to 18,000 people.",
    ],
)
def test_not_figures(sentence: str) -> None:
    assert [f for f in find_figures(sentence) if f["value"] in (400, 25, 2019, 3, 1, 24, 14)] == []


def test_repeated_figures_are_listed_once_and_capped() -> None:
    text = " ".join(f"{n} fighters were killed." for n in range(2, 30)) + " 2 fighters were killed."
    figures = find_figures(text)
    assert len(figures) == 12
    assert figures[0] == {"value": 2, "what": "fighters killed"}
