"""The gazetteer and entity matching."""

from __future__ import annotations

import pytest

from digest.errors import DigestError
from digest.ingest.entities import GAZETTEER_PATH, find_entities, load_gazetteer, parse_gazetteer


def test_gazetteer_file_is_valid_and_has_every_kind() -> None:
    gazetteer = load_gazetteer(GAZETTEER_PATH)
    for kind in ("people", "places", "organisations"):
        assert len(gazetteer.names[kind]) >= 10
        assert len(set(gazetteer.names[kind])) == len(gazetteer.names[kind])


def test_aliases_map_to_canonical_names_in_order_of_mention() -> None:
    text = (
        "Officials in Irbil said Daesh cells near Deir al-Zor and Hasakeh answer to the group; "
        "the SDF and Syrian Democratic Forces statements, and Al-Kazemi, agreed."
    )
    found = find_entities(text)
    assert found["places"] == ["Erbil", "Deir ez-Zor", "Hasakah"]
    assert found["organisations"] == ["ISIS", "Syrian Democratic Forces"]
    assert found["people"] == ["Mustafa al-Kadhimi"]


def test_whole_words_and_case() -> None:
    found = find_entities("Syrians and Iraqis; the iraq border; SYRIA; Baghdadi; Syria.")
    assert found["places"] == ["Syria"]
    assert found["people"] == ["Abu Bakr al-Baghdadi"]


def test_longest_name_wins() -> None:
    assert find_entities("The Syrian Democratic Forces said")["places"] == []


def test_apostrophe_variants() -> None:
    found = find_entities("Asa’ib Ahl al-Haq and Asa'ib Ahl al-Haq")
    assert found["organisations"] == ["Asa'ib Ahl al-Haq"]


def test_a_name_with_the_arabic_article_in_any_case_or_joiner() -> None:
    """'al-Sukhnah' in the gazetteer is also 'Al-Sukhnah' opening a sentence and 'al Sukhnah'."""
    found = find_entities("Al-Sukhnah and al Sukhnah and Al Anbar; Roj camp is not al-Hol.")
    assert found["places"] == ["Sukhnah", "Anbar", "Roj", "Al-Hol"]


def test_gazetteer_is_extensible() -> None:
    gazetteer = parse_gazetteer(
        {
            "places": [{"name": "Qayyarah", "aliases": ["Qayara"]}],
            "people": [],
            "organisations": [],
        },
        "test",
    )
    assert find_entities("Near Qayara airbase", gazetteer)["places"] == ["Qayyarah"]
    assert gazetteer.canonical("QAYARA", "places") == "Qayyarah"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "must be a mapping"),
        ({"places": {"name": "x"}}, "places: must be a list"),
        ({"places": [{"aliases": ["x"]}]}, "entry 1 needs a 'name'"),
        ({"places": [{"name": "x", "aliases": "y"}]}, "aliases must be a list"),
        ({"rivers": []}, "unknown gazetteer kind"),
    ],
)
def test_bad_gazetteer(data: object, message: str) -> None:
    with pytest.raises(DigestError, match=message):
        parse_gazetteer(data, "gazetteer.yaml")
