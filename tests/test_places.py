"""The gazetteer of the map of the week: digest/data/places.yaml and a site's `places:`."""

from __future__ import annotations

import json

import pytest

from digest.config import PlaceDef, config_from_mapping, load_config
from digest.errors import DigestError
from digest.site.places import make_gazetteer, place_key, shipped_places, site_gazetteer


@pytest.mark.parametrize(
    ("spelling", "key"),
    [
        ("Al-Ḥawl", "hawl"),
        ("al Hawl", "hawl"),
        ("Deir ez-Zor", "deir ez zor"),
        ("Qa’im", "qaim"),
        ("Şanlıurfa", "sanliurfa"),
        ("Al", "al"),  # an article alone stays
    ],
)
def test_place_key_forgets_case_accents_hyphens_and_the_article(spelling, key):
    assert place_key(spelling) == key


@pytest.mark.parametrize(
    "spelling", ["Deir ez-Zor", "Dayr az Zawr", "Deir Ezzor", "deir al-zour", "DEIR EZ ZOR"]
)
def test_transliterations_locate_one_place(spelling):
    found = site_gazetteer(()).locate(spelling)
    assert found is not None and found.name == "Deir ez-Zor"
    assert (round(found.lat), round(found.lon)) == (35, 40)


def test_camp_and_town_of_al_hol_are_apart_and_unknown_names_are_not_guessed():
    gazetteer = site_gazetteer(())
    assert gazetteer.locate("al-Hawl camp").kind == "camp"
    assert gazetteer.locate("Al-Hol").kind == "town"
    assert gazetteer.locate("Moscow") is None
    assert gazetteer.locate("Mosu") is None  # no fuzzy match


def test_shipped_gazetteer_is_the_region_with_distinct_names():
    places = shipped_places()
    assert len(places) >= 250
    kinds = {place.kind for place in places}
    assert {"governorate", "city", "town", "camp", "prison", "country"} <= kinds
    names = [place_key(place.name) for place in places]
    assert len(names) == len(set(names))
    for place in places:
        if place.kind != "country":
            assert 20 <= place.lat <= 42 and 28 <= place.lon <= 52, place.name
    baghdad = site_gazetteer(()).locate("Baghdad")
    assert abs(baghdad.lat - 33.3) < 0.1 and abs(baghdad.lon - 44.4) < 0.1


def test_a_site_adds_and_corrects_places_in_digest_yaml(tmp_path):
    config = config_from_mapping(
        {
            "places": [
                {"name": "Tell Brak", "lat": 36.67, "lon": 41.06, "aliases": ["Tal Barak"]},
                {"name": "Baghdad", "lat": 33.0, "lon": 44.0, "kind": "city"},
            ]
        },
        tmp_path,
    )
    gazetteer = site_gazetteer(config.places)
    assert gazetteer.locate("Tal Barak").name == "Tell Brak"
    assert (gazetteer.locate("Baghdad").lat, gazetteer.locate("Bagdad").lat) == (33.0, 33.0)
    assert sum(p.name == "Baghdad" for p in gazetteer.places) == 1


def test_later_layers_win_and_a_name_beats_an_alias():
    a = PlaceDef("Roj", 1.0, 1.0)
    b = PlaceDef("Roj camp", 2.0, 2.0, aliases=("Roj",))
    assert make_gazetteer([b, a]).locate("Roj") is a
    c = PlaceDef("Roj", 3.0, 3.0)
    assert make_gazetteer([a, b], [c]).locate("Roj") is c


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"name": "X", "lat": 91, "lon": 0}, "lat and lon"),
        ({"name": "X", "lat": "north", "lon": 0}, "lat and lon"),
        ({"lat": 1, "lon": 1}, "name must be text"),
        ({"name": "X", "lat": 1, "lon": 1, "aliases": "Y"}, "aliases must be a list"),
        ({"name": "X", "lat": 1, "lon": 1, "colour": "red"}, "unknown key 'colour'"),
    ],
)
def test_bad_places_are_reported_with_the_file(tmp_path, entry, message):
    path = tmp_path / "digest.yaml"
    path.write_text(json.dumps({"places": [entry]}), encoding="utf-8")
    with pytest.raises(DigestError) as caught:
        load_config(path)
    text = str(caught.value)
    assert "digest.yaml" in text and "places" in text and message in text
