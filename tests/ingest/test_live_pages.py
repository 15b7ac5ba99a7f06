"""A live page saved whole: its entries are its body, in the page's order.

The extractor keeps some entries of a live blog and drops others (one opening with a bold
minute mark, one holding an embedded post); a careful copy keeps every entry's heading and
text and none of the times, share bars, embedded posts or the plea below them.
"""

from __future__ import annotations

from digest.ingest.model import RawInput
from digest.ingest.page import live_entries
from digest.ingest.readers import read_html

_ENTRIES = [
    (
        "Full-time: Riverside 3-2 Harbour Town",
        [
            "That is the end of a wild afternoon. Riverside come from two goals down to win, and "
            "the home end is still singing long after the whistle.",
            "Harbour Town will wonder how they lost this after leading at the break.",
        ],
    ),
    (
        "",
        [
            "<strong>88 min:</strong> Riverside win a free-kick on the edge of the box. "
            "The wall is set, the crowd holds its breath, and the shot flies over."
        ],
    ),
    (
        "GOAL! Riverside 3-2 Harbour Town (Amadi 81)",
        [
            "A header from a corner, powered in at the near post. The keeper got a hand to it "
            "but could not keep it out.",
            '<blockquote class="twitter-tweet"><p>WHAT A COMEBACK</p>— Riverside FC (@rfc) '
            '<a href="https://twitter.com/rfc/status/1">March 2, 2025</a></blockquote>',
        ],
    ),
    (
        "Half-time: Riverside 0-2 Harbour Town",
        [
            "Harbour Town have been sharper in every department and lead deservedly after "
            "two well-worked goals inside the first half hour.",
        ],
    ),
    (
        "Team news",
        [
            "Riverside make one change from last week, with the young winger Tobi Amadi "
            "starting in place of the injured captain.",
        ],
    ),
]


def _entry(number: int, heading: str, paragraphs: list[str]) -> str:
    blocks = "".join(p if p.startswith("<blockquote") else f"<p>{p}</p>" for p in paragraphs)
    title = f'<h2 class="block-title">{heading}</h2>' if heading else ""
    return (
        f'<article id="block-{number}" class="block x1q2"><header>'
        f'<a href="?page=with:block-{number}"><time datetime="2025-03-02T16:{number:02d}:00Z">'
        f"16.{number:02d} GMT</time></a>{title}</header>"
        f'<div class="block-body">{blocks}</div>'
        '<footer><button class="share">Share</button></footer></article>'
    )


PAGE = (
    "<html><head><title>Riverside 3-2 Harbour Town: league – as it happened | Example Sport"
    '</title><meta property="og:url" content="https://sport.example.com/live/2025/mar/02/'
    'riverside-harbour-town"></head><body><header><a href="/">Example Sport</a></header><main>'
    "<h1>Riverside 3-2 Harbour Town: league – as it happened</h1>"
    + "".join(_entry(n, h, ps) for n, (h, ps) in enumerate(_ENTRIES, start=10))
    + '<div class="epic"><h2>Before you go</h2><p>We are paid for by readers like you, so '
    "nobody tells us what to write. Please consider giving what you can today.</p></div>"
    "</main></body></html>"
)


def test_every_entry_is_read_in_order_without_its_time_share_bar_or_embedded_post() -> None:
    entries = live_entries(PAGE)
    assert entries[0] == "Full-time: Riverside 3-2 Harbour Town"
    assert "88 min: Riverside win a free-kick" in entries[3]
    assert entries[-1].startswith("Riverside make one change")
    text = "\n".join(entries)
    assert "GMT" not in text and "Share" not in text and "COMEBACK" not in text


def test_a_live_page_keeps_every_entry_but_not_the_plea_after_them() -> None:
    raw = RawInput(source="live.html", name="live.html", data=PAGE.encode())
    body = read_html(raw, PAGE).body
    for heading, paragraphs in _ENTRIES:
        if heading:
            assert heading in body
        for paragraph in paragraphs:
            if not paragraph.startswith("<blockquote"):
                opening = paragraph.split(". ")[0]
                assert opening.replace("<strong>", "").replace("</strong>", "") in body
    assert "paid for by readers" not in body and "COMEBACK" not in body


def test_a_page_that_is_not_live_has_no_entries() -> None:
    assert live_entries(PAGE.replace("as it happened", "match report").replace("/live/", "/")) == []
