"""The outlet a pasted report names in its own text."""

from __future__ import annotations

import pytest

from digest.ingest.feed import clean_publisher
from digest.ingest.outlets import outlet_in_text, outlet_of_address


@pytest.mark.parametrize(
    ("credits", "paragraphs", "expected"),
    [
        (["By Lina Hadi, BBC News"], ["Text."], ("BBC News", "byline")),
        (["By Al-Monitor Staff"], ["Text."], ("Al-Monitor", "byline")),
        ([], ["Shafaq News/ Two shepherds were killed on Wednesday."], ("Shafaq News", "text")),
        ([], ["A guard was hurt, the camp administration told Rudaw."], None),  # quoted
        ([], ["A guard was hurt on Thursday.", "Rudaw"], ("Rudaw", "text")),
        (["By Lina Hadi"], ["A guard was hurt, he told reporters."], None),
        ([], ["A guard was hurt, a doctor told The Nowhere Courier."], None),  # not known
        ([], ["Kirkuk/ a word after a slash is no outlet."], None),
    ],
)
def test_outlets_named_by_the_text(
    credits: list[str], paragraphs: list[str], expected: tuple[str, str] | None
) -> None:
    assert outlet_in_text(credits, paragraphs) == expected


def test_a_publishers_name_beside_a_date_is_a_date_line_and_the_source() -> None:
    """'Gulf Security Review | 10 March 2026' under a pasted headline; a place beside a date
    ('Kirkuk · 5 March 2024') is not a publisher."""
    from digest.ingest.dates import is_published_line

    stamp = "Gulf Security Review | 10 March 2026"
    assert is_published_line(stamp)
    assert outlet_in_text([], ["Text."], [stamp]) == ("Gulf Security Review", "text")
    assert not is_published_line("Kirkuk · 5 March 2024")


@pytest.mark.parametrize(
    ("domain", "text", "name"),
    [
        ("examplenews.com", "CLICK HERE TO GET THE EXAMPLE NEWS APP", "Example News"),
        ("www.tigrispost.co.uk", "Reporting for Tigris Post, Mosul.", "Tigris Post"),
        ("bbc.com", "Watch BBC News on iPlayer", "BBC News"),
        ("www.kingsreach.co.uk", "told Kingsreach News by phone", "Kingsreach News"),
        ("examplenews.com", "An example, news about the plan", None),
        ("examplenews.com", "Examples of News", None),
        ("ab.com", "AB said", None),
    ],
)
def test_a_domains_name_is_the_one_the_text_spells_it_with(
    domain: str, text: str, name: str | None
) -> None:
    from digest.ingest.outlets import name_for_domain

    assert name_for_domain(domain, [text]) == name


@pytest.mark.parametrize(
    ("name", "url", "expected"),
    [
        # a sister title's name on a group's shared template: the address's publisher
        (
            "Army Times",
            "https://www.militarytimes.com/news/pentagon-congress/2026/11/17/x/",
            "Military Times",
        ),
        # the publisher's initials: its name as the table writes it
        (
            "RFE/RL",
            "https://www.rferl.org/a/iraq-syria-camp/33211.html",
            "Radio Free Europe/Radio Liberty",
        ),
        ("VOA", "https://www.voanews.com/a/x/7788.html", "Voice of America"),
        ("AP", "https://apnews.com/article/x-0123", "Associated Press"),
        ("ANHA", "https://hawarnews.com/en/x", "Hawar News Agency"),  # a logo's capitals
        # the address's own publisher, an outlet the table does not know (a partner's): the
        # metadata's name stands
        ("Military Times", "https://www.militarytimes.com/news/x/", None),
        ("Frontier Wire Service", "https://www.militarytimes.com/news/x/", None),
        ("NEWS", "https://www.voanews.com/a/x.html", "Voice of America"),  # capitals: a logo's
        ("Army Times", "https://example.org/x", None),  # an address the table does not know
        ("Reuters", "https://www.foxnews.com/world/x", None),  # a wire's story on a site
    ],
)
def test_an_addresss_publisher_over_a_sister_titles_name_or_its_initials(
    name: str, url: str, expected: str | None
) -> None:
    assert outlet_of_address(name, url) == expected


def test_initials_someone_wrote_in_an_items_source_stay_as_written() -> None:
    url = "https://apnews.com/article/x-0123"
    assert outlet_of_address("AP", url, initials=False) is None
    assert outlet_of_address("Army Times", "https://www.militarytimes.com/x/", initials=False) == (
        "Military Times"
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Breaking Defense: Jane Example", "Breaking Defense"),  # rss2email's sender
        ("Al-Monitor: Independent, trusted coverage of the Middle East", "Al-Monitor"),  # motto
        ("Example: A Tale of Two Cities", "Example: A Tale of Two Cities"),  # nothing known
    ],
)
def test_a_known_outlets_name_before_a_colon_is_the_publisher(value: str, expected: str) -> None:
    assert clean_publisher(value) == expected


def test_a_name_in_a_script_without_capitals_is_no_logos_capitals() -> None:
    assert outlet_of_address("الجزيرة نت", "https://www.aljazeera.net/news/x") is None
