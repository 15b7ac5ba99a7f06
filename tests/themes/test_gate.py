"""The relevance gate: the scope from digest.yaml, names found, and themes kept out."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from digest.config import Cue, ThemeDef, ThemeModel, ThemeWeights, load_config
from digest.errors import DigestError
from digest.topics.classifier import OUT_OF_SCOPE, Classifier, taxonomy_fingerprint
from tests.test_themes import make_article

INVENTED = Path(__file__).parent / "invented.yaml"


def scope_of(tmp_path: Path, text: str):
    path = tmp_path / "digest.yaml"
    path.write_text(text)
    return load_config(path)


def test_the_default_scope_has_the_subject_the_region_and_places_elsewhere():
    scope = load_config(None).scope

    assert {"ISIS", "Islamic State", "Daesh", "ISIL", "IS"} <= set(scope.subject)
    assert scope.region == ("Iraq", "Syria")
    region, elsewhere = set(scope.region_names), set(scope.elsewhere)
    # the gazetteer's places with their transliterations, by `country`
    assert {"Deir ez-Zor", "Dayr az Zawr", "Deir Ezzor", "al-Hol", "al-Hawl"} <= region
    assert {"Raqqa", "ar-Raqqah", "Mosul", "Ghwayran", "Roj", "Abu Kamal"} <= region
    assert {"Venezuela", "Nigeria", "Somalia", "Afghanistan", "Brooklyn", "Greenland"} <= (
        elsewhere
    )
    assert {"Amman", "Tehran", "Turkey"} <= elsewhere  # gazetteer places of other countries
    assert "Washington" not in region | elsewhere  # where statements come from: neither
    assert not region & elsewhere


def test_a_site_sets_its_own_scope_in_digest_yaml(tmp_path):
    places = tmp_path / "places.yaml"
    places.write_text(
        yaml.safe_dump(
            {
                "places": [
                    {"name": "Goma", "country": "Congo"},
                    {"name": "Kigali", "country": "Rwanda"},
                ]
            }
        )
    )
    config = scope_of(
        tmp_path,
        "scope:\n  subject: [M23, March 23 Movement]\n  region: [Congo]\n"
        "  region_names: [Kivu]\n  gazetteer: places.yaml\n",
    )

    assert config.scope.subject == ("M23", "March 23 Movement")
    assert set(config.scope.region_names) == {"Congo", "Kivu", "Goma"}
    assert "Kigali" in config.scope.elsewhere
    assert "Venezuela" in config.scope.elsewhere  # a key left out keeps its default


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("scope:\n  subjects: [x]\n", "scope: unknown scope key (did you mean 'subject'?"),
        ("scope:\n  subject: ISIS\n", "scope: subject: must be a list of names"),
        ("scope:\n  gazetteer: missing.yaml\n", "scope: gazetteer: cannot read"),
        ("theme_model: nope.json\n", "theme_model: cannot read"),
    ],
)
def test_a_bad_scope_or_model_is_one_line_naming_the_key(tmp_path, text, message):
    with pytest.raises(DigestError) as raised:
        scope_of(tmp_path, text)

    assert message in str(raised.value.problems[0]), raised.value.problems


def test_a_model_file_that_is_not_a_model_says_refit(tmp_path):
    (tmp_path / "m.json").write_text('{"format": 1, "themes": {"attacks": {"bias": 1}}}')

    with pytest.raises(DigestError) as raised:
        scope_of(tmp_path, "theme_model: m.json\n")

    assert "not a theme model" in str(raised.value.problems[0])
    assert "digest themes fit" in str(raised.value.problems[0])


def cue_classifier(requires=("subject", "region")) -> Classifier:
    theme = ThemeDef("t", "T", "", (Cue("strike*", 5.0),), threshold=1.0, requires=requires)
    return Classifier([theme], None, load_config(None).scope)


def verdict(classifier: Classifier, article):
    result = classifier.classify(article)
    return result.themes, result.scores[0], result.scope


def test_an_article_outside_the_region_gets_no_theme_and_says_why():
    themes, score, scope = verdict(
        cue_classifier(),
        make_article(
            "US strikes Islamic State fighters in Nigeria",
            body="The strikes in Sokoto state hit camps of the group, Nigerian officials said.",
        ),
    )

    assert themes == ()
    assert score.status == OUT_OF_SCOPE
    assert score.reason.startswith("no place in the region is named (elsewhere: ")
    assert "Nigeria" in score.reason and scope.subject > 0


def test_the_region_must_be_the_larger_share_of_the_places_named():
    plot = make_article(
        "Michigan man charged in ISIS plot against a Detroit church",
        body="He had hoped to travel to Syria, prosecutors in Michigan said. The strike was "
        "foiled by the FBI in Dearborn.",
    )
    themes, score, scope = verdict(cue_classifier(), plot)

    assert themes == () and scope.region > 0
    assert "set outside the region: Michigan x2" in score.reason
    assert "against Syria" in score.reason

    raid = make_article(
        "US strike kills ISIS leader in Syria",
        body="The strike near Raqqa followed months of tracking, officials in Washington said.",
    )
    assert verdict(cue_classifier(), raid)[0] == ("t",)


def test_an_affiliate_elsewhere_is_the_subject_and_a_place_outside_the_region_at_once():
    # an invented wire item: an affiliate's attack far away, with the core's Syria in passing
    blast = make_article(
        "Islamic State Khorasan Province claims bombing at a rally",
        body="ISKP said the bomber had once fought with the group in Syria. Officials in "
        "Khyber Pakhtunkhwa said the wounded were taken to Peshawar.",
    )
    themes, score, scope = verdict(cue_classifier(), blast)

    assert themes == () and scope.subject > 0 and scope.region > 0
    assert score.status == OUT_OF_SCOPE
    named = {name for kind, name, _count in scope.names if kind == "elsewhere"}
    assert {"Islamic State Khorasan Province", "ISKP", "Peshawar"} <= named

    # the core in Syria, with its affiliate named in passing, stays in
    raid = make_article(
        "US strike kills ISIS leader near Raqqa",
        body="The raid in Syria near Raqqa and Deir ez-Zor came a week after ISIS-K, the "
        "group's Afghan branch, claimed a bombing.",
    )
    assert verdict(cue_classifier(), raid)[0] == ("t",)


def test_a_theme_may_require_only_the_region():
    article = make_article(
        "Rocket strike hits US base in Iraq", body="No one was hurt at Ain al-Asad."
    )

    assert verdict(cue_classifier(), article)[0] == ()
    assert verdict(cue_classifier(requires=("region",)), article)[0] == ("t",)
    assert verdict(cue_classifier(requires=()), make_article("Strike in Caracas"))[0] == ("t",)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Officials said IS fighters attacked a checkpoint in Mosul.", True),
        ("The group, known as IS, was driven from Mosul.", True),
        ("ISIS-held villages near Mosul; Daesh remnants.", True),
        ("FA-KES style: ISILs fighters shelled Mosul.", True),
        ("What is left of Mosul is a city that is rebuilding.", False),
        ("MOSUL IS REBUILDING AFTER THE WAR.", False),
        ("Isis Jones, a teacher in Mosul, said so.", True),  # lower precision, accepted
    ],
)
def test_subject_names_and_the_short_IS(text, subject):
    scope = Classifier([], None, load_config(None).scope).classify(make_article("x", body=text))

    assert (scope.scope.subject > 0) is subject


def test_the_longest_name_wins_so_the_subjects_full_name_is_not_also_two_places():
    article = make_article(
        "x", body="A member of the Islamic State of Iraq and Syria was arrested."
    )
    scope = Classifier([], None, load_config(None).scope).classify(article).scope

    assert scope.subject > 0 and scope.region == 0


def test_al_hol_names_the_subject_and_the_region():
    article = make_article("Families leave al-Hawl camp", body="They went home.")
    scope = Classifier([], None, load_config(None).scope).classify(article).scope

    assert scope.subject >= 3 and scope.region >= 3


def test_the_fingerprint_follows_the_scope_and_the_model():
    config = load_config(None)
    themes, model, scope = config.themes, config.theme_model, config.scope
    base = taxonomy_fingerprint(themes, model, scope)

    assert base == taxonomy_fingerprint(themes, model, scope)
    assert base != taxonomy_fingerprint(themes, None, scope)
    assert base != taxonomy_fingerprint(themes, model, None)
    other_scope = type(scope)(scope.subject, scope.region, scope.region_names, ("Mars",))
    assert base != taxonomy_fingerprint(themes, model, other_scope)
    first = model.themes[0]
    nudged = ThemeWeights(first.theme, first.bias + 0.1, first.threshold, first.weights)
    other = ThemeModel(
        (nudged, *model.themes[1:]), model.subject_min, model.region_share, model.region_points
    )
    assert base != taxonomy_fingerprint(themes, other, scope)
    renamed = ThemeModel(
        model.themes, model.subject_min, model.region_share, model.region_points,
        model.secondary_share, "elsewhere.json",
    )  # fmt: skip
    assert base == taxonomy_fingerprint(themes, renamed, scope)  # the file's name is not in it


def test_the_build_fast_path_decides_as_explain_does_with_the_gate_and_the_model():
    items = yaml.safe_load(INVENTED.read_text())
    classifier = Classifier.for_config(load_config(None))
    articles = [make_article(item["title"], body=item["body"]) for item in items]
    articles += [
        make_article("THE IS GROUP IS BACK", body="Officials in Mosul said IS fighters struck."),
        make_article("Detainees", body="al-Hol " * 40),
        make_article(""),
    ]

    decided = [classifier.themes_of(article) for article in articles]

    assert decided == [classifier.classify(article).themes for article in articles]
    assert any(decided) and not all(decided)


@pytest.mark.parametrize(
    ("named", "themes"),
    [
        ("IS fighters", ("attacks",)),  # the short name, written so, in the body only
        ("Daesh fighters", ("attacks",)),
        ("fighters of the so-called Islamic State", ("attacks",)),
        ("gunmen", ()),  # the subject named nowhere: the build reads no further
        ("gunmen, who is", ()),
    ],
)
def test_the_build_reads_no_further_than_the_subject_only_where_it_is_named_nowhere(named, themes):
    classifier = Classifier.for_config(load_config(None))
    article = make_article(
        "Checkpoint attack kills four soldiers near Mosul",
        body=f"Officials said {named} attacked an army checkpoint south of Mosul overnight, "
        "killing four soldiers and wounding six, in the deadliest attack in Nineveh this year.",
    )

    assert classifier.themes_of(article) == classifier.classify(article).themes == themes
