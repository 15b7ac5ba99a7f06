"""E-mail newsletters and alerts saved or pasted with their headers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from digest.content.articles import read_article
from digest.ingest import IngestOutcome, ingest_paths
from digest.ingest.mail import read_mail, strip_newsletter_furniture

ALERT = """From: Ninawa Desk <alerts@ninawadesk.example>
To: team@briefing.example
Subject: ALERT: Gunmen kill four at Tal Afar checkpoint
Date: Tue, 3 Feb 2026 21:40:00 +0300

View in browser

NINAWA DESK | EVENING ALERT
Tuesday, February 3, 2026

Gunmen kill four at Tal Afar checkpoint

TAL AFAR, Iraq — Gunmen believed to belong to Islamic State killed four members of a local
police unit at a checkpoint west of Tal Afar on Tuesday evening, two security officials said.

The attackers fled towards the desert after a short exchange of fire, the officials said,
and a search of nearby villages began at once.

Sponsored: Subscribe to our weekly risk map

Forward to a colleague | Manage preferences | Unsubscribe

Ninawa Desk, 12 River Road, Mosul
"""

FORWARD = """From: Sara Noor <sara@briefing.example>
To: desk@briefing.example
Subject: Fwd: Camp returns resume
Date: Mon, 9 Feb 2026 08:00:00 +0100

For the Thursday issue.

---------- Forwarded message ---------
From: Returns Monitor <news@returns.example>
Date: Fri, 6 Feb 2026 at 10:15
Subject: Camp returns resume
To: <sara@briefing.example>

Camp returns resume

Iraq resumed the return of families from the al-Hol camp on Friday after a pause of two
months, moving 120 families to a reception centre south of Mosul, officials said.

Unsubscribe
"""


def ingest_one(tmp_path: Path, name: str, text: str) -> IngestOutcome:
    """Ingest one saved message into a new site's content folder."""
    inbox = tmp_path / name
    inbox.write_text(text, encoding="utf-8")
    (outcome,) = ingest_paths([str(inbox)], tmp_path / "content").outcomes
    return outcome


def html_mail(sender: str, subject: str, html: str) -> str:
    """A saved message whose one part is HTML, sent on 6 February 2026."""
    return (
        f"From: {sender}\nSubject: {subject}\nDate: Fri, 6 Feb 2026 10:15:00 +0000\n"
        f"MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n{html}\n"
    )


def test_an_alert_is_read_from_its_headers_without_its_furniture() -> None:
    mail = read_mail(ALERT)
    assert mail is not None
    assert mail.subject == "Gunmen kill four at Tal Afar checkpoint"  # 'ALERT:' taken off
    assert mail.sender == "Ninawa Desk"
    assert mail.date == dt.date(2026, 2, 3)
    assert mail.body.startswith("TAL AFAR, Iraq — Gunmen")
    for furniture in ("View in browser", "EVENING ALERT", "Sponsored", "Unsubscribe", "River"):
        assert furniture not in mail.body


def test_a_forward_is_read_as_the_message_it_forwards() -> None:
    mail = read_mail(FORWARD)
    assert mail is not None
    assert (mail.subject, mail.sender, mail.date) == (
        "Camp returns resume",
        "Returns Monitor",
        dt.date(2026, 2, 6),
    )
    assert "For the Thursday issue" not in mail.body
    assert mail.body.startswith("Iraq resumed the return")


def test_text_without_a_header_block_is_not_mail() -> None:
    assert read_mail("From: the start the plan was clear.\n\nIt went on.") is None
    assert read_mail("Gunmen kill four\n\nFrom: officials\nSubject: nothing") is None
    assert read_mail("Subject: a note\nDate: Mon, 2 Mar 2026 07:30:12 +0000\n\nText.") is None


def test_a_saved_mime_message_gives_its_plain_part() -> None:
    message = (
        "From: Ninawa Desk <alerts@ninawadesk.example>\nSubject: Curfew in Tal Afar\n"
        "Date: Wed, 4 Feb 2026 06:00:00 +0300\nMIME-Version: 1.0\n"
        'Content-Type: multipart/alternative; boundary="b"\n\n--b\n'
        "Content-Type: text/plain; charset=utf-8\n\nCurfew in Tal Afar\n\nAuthorities "
        "imposed a curfew in Tal Afar on Wednesday.\n--b\nContent-Type: text/html; "
        "charset=utf-8\n\n<p>Authorities imposed a curfew.</p>\n--b--\n"
    )
    mail = read_mail(message)
    assert mail is not None and not mail.html
    assert mail.body == "Authorities imposed a curfew in Tal Afar on Wednesday."


def test_an_unsubscribe_line_inside_the_article_is_kept() -> None:
    body = "\n\n".join(
        ["Headline", "Readers who unsubscribe lose access, the firm said.", *["More."] * 6]
    )
    assert "Readers who unsubscribe" in strip_newsletter_furniture(body, "Headline")


def test_ingesting_an_alert_gives_its_subject_sender_and_date(tmp_path: Path) -> None:
    outcome = ingest_one(tmp_path, "alert.txt", ALERT)
    assert outcome.status == "ingested", outcome.message
    article = read_article(next((tmp_path / "content" / "articles").rglob("*.md")))
    assert article.title == "Gunmen kill four at Tal Afar checkpoint"
    assert article.source == "Ninawa Desk"
    assert article.date == dt.date(2026, 2, 3)
    assert "Unsubscribe" not in article.body and "View in browser" not in article.body


def test_an_html_only_message_is_read_as_a_page_with_the_headers_metadata(tmp_path: Path) -> None:
    message = html_mail(
        "Returns Monitor <news@returns.example>",
        "Camp returns resume",
        "<html><head><title>Returns Monitor weekly</title></head><body><p><a href='#'>View in "
        "browser</a></p><h1>Camp returns resume</h1><p>Iraq resumed the return of families from "
        "the al-Hol camp on Friday after a pause of two months, moving 120 families to a "
        "reception centre south of Mosul, officials said. The families were screened before "
        "they left, and more convoys are planned.</p><p>Aid groups welcomed the move but said the "
        "centre was already crowded, and asked for more funding to house the families who are "
        "waiting.</p></body></html>",
    )
    outcome = ingest_one(tmp_path, "returns.eml", message)
    assert outcome.status == "ingested", outcome.message
    article = read_article(next((tmp_path / "content" / "articles").rglob("*.md")))
    assert (article.title, article.source, article.date) == (
        "Camp returns resume",
        "Returns Monitor",
        dt.date(2026, 2, 6),
    )
    assert "120 families" in article.body and "<p>" not in article.body


WEBMAIL = """Camp returns resume
Inbox

Sara Noor <sara@briefing.example>
Mon, Feb 9, 2026, 8:00 AM (2 days ago)
to me

Iraq resumed the return of families from the al-Hol camp on Friday after a pause of two
months, moving 120 families to a reception centre south of Mosul, officials said.
"""

REPLY = """From: Omar Saleh <omar@review.example>
Sent: Tuesday, March 10, 2026 8:02 AM
To: Desk <desk@briefing.example>
Subject: RE: anything on the Anbar raid?

Hi all, our piece went up this morning, pasted below.

Omar

__________________________________________

Commandos kill nine militants in Anbar raid

Iraqi commandos backed by coalition aircraft killed nine Islamic State militants in a
two-day operation in the western desert of Anbar, the Iraqi military said on Monday. The
raid targeted caves near the Syrian border that officials said sheltered fighters and
weapons, and two soldiers were wounded when a booby-trapped tunnel exploded. Troops seized
explosive belts, rocket launchers and motorcycles, the military said, and the search of the
valley went on.

-----Original Message-----
From: Desk <desk@briefing.example>
Subject: anything on the Anbar raid?
"""


def test_a_webmail_page_copy_is_read_as_mail() -> None:
    mail = read_mail(WEBMAIL)
    assert mail is not None
    assert (mail.subject, mail.sender, mail.date) == (
        "Camp returns resume",
        "Sara Noor",
        dt.date(2026, 2, 9),
    )
    assert mail.body.startswith("Iraq resumed") and "to me" not in mail.body


def test_a_reply_gives_the_article_it_pastes_not_its_note_or_its_history() -> None:
    mail = read_mail(REPLY)
    assert mail is not None
    assert mail.subject is None and mail.sender is None  # a conversation's, a person's
    assert mail.body.startswith("Commandos kill nine militants in Anbar raid")
    assert "Hi all" not in mail.body and "Original Message" not in mail.body


def test_html_email_laid_out_in_tables_is_read_as_text(tmp_path: Path) -> None:
    message = html_mail(
        "Returns Monitor <news@returns.example>",
        "Camp returns resume",
        "<table><tr><td><a href='#'>View this email in your browser</a></td></tr><tr><td><b>"
        "Returns Monitor</b> · Issue 9</td></tr><tr><td><h2>Camp returns resume</h2><p>Iraq "
        "resumed the return of families from the al-Hol camp on Friday after a pause of two "
        "months, moving 120 families to a reception centre south of Mosul, officials said.</p>"
        "<p>Aid groups welcomed the move but said the centre was crowded and asked for more "
        "funding for the families still waiting.</p></td></tr><tr><td>Unsubscribe | Manage "
        "preferences</td></tr></table>",
    )
    article = read_article(ingest_one(tmp_path, "returns.eml", message).path)
    assert "|" not in article.body and "120 families" in article.body
    assert "View this email" not in article.body and "Unsubscribe" not in article.body


def test_an_e_mails_script_handlers_and_links_never_reach_the_article(tmp_path: Path) -> None:
    """Untrusted e-mail: a subject with tags, an HTML part with a script, event handlers, a
    `javascript:` link and an iframe, laid out in nested tables without <html>."""
    html = html_mail(
        "Evil <x@evil.example>",
        "<b>Camp</b> returns resume",
        "<table><tr><td><script>alert(1)</script><h2 onclick='alert(2)'>Camp returns resume</h2>"
        "<p>Iraq resumed the return of families from the al-Hol camp on Friday after a pause of "
        "two months, moving 120 families to a reception centre south of Mosul, officials said. "
        "<a href='javascript:alert(3)'>more</a></p><iframe src='https://evil.example'></iframe>"
        "<p>Aid groups welcomed the move but said the centre was crowded and asked for more "
        "funding.</p><img src=x onerror='alert(4)'></td></tr></table>",
    )
    outcome = ingest_one(tmp_path, "evil.eml", html)
    assert outcome.status == "ingested", outcome.message
    text = outcome.path.read_text(encoding="utf-8")
    assert "title: Camp returns resume" in text
    for bad in ("<script", "alert(1)", "onclick", "javascript:", "<iframe", "onerror", "<b>"):
        assert bad not in text


@pytest.mark.parametrize(
    ("sender", "subject", "title", "source"),
    [
        (
            "Defence Media <media@defence.example>",
            "MEDIA RELEASE: Troops join exercise [SEC=UNOFFICIAL]",
            "Troops join exercise",
            "Defence Media",
        ),
        (
            "Policy Institute <info@policy.example>",
            "PolicyWatch 4219: Returns strain a camp",
            "Returns strain a camp",
            "Policy Institute",
        ),
        (
            "Crisis Desk <news@crisis.example>",
            "Commentary: Drones push a war to the sea",
            "Drones push a war to the sea",
            "Crisis Desk",
        ),
        # a page shared from a phone: the site's name after the headline is the publisher
        (
            "Nadia Kerr <nadia.kerr@icloud.example>",
            "Rail strike: Walkouts hit Christmas week - BBC News",
            "Rail strike: Walkouts hit Christmas week",
            "BBC News",
        ),
        # a publisher's alerts under a short name: the outlet as its address's table names it
        (
            "AP News Alerts <alerts@apnews.com>",
            "Police arrest three over plot",
            "Police arrest three over plot",
            "Associated Press",
        ),
        # a year is no series number, and a headline's own label stays
        (
            "Returns Monitor <news@returns.example>",
            "Syria 2026: Camp returns resume",
            "Syria 2026: Camp returns resume",
            "Returns Monitor",
        ),
    ],
)
def test_a_subjects_labels_and_markings_are_not_the_headline(sender, subject, title, source):
    mail = read_mail(
        f"From: {sender}\nSubject: {subject}\nDate: Mon, 9 Feb 2026 08:00:00 +0100\n\n"
        "Iraq resumed the return of families from the al-Hol camp on Friday, officials said.\n"
    )
    assert mail is not None
    assert (mail.subject, mail.sender) == (title, source)


MAILCHIMP_TEXT = """From: "Kirkuk Wire" <news@kirkukwire.example>
Subject: Breaking: Gunmen kill two soldiers near Daquq
Date: Thu, 19 Nov 2026 06:12:00 +0000

** Breaking: Gunmen kill two soldiers near Daquq
------------------------------------------------------------
View this email in your browser (https://us21.campaign-archive.example/?id=1)

** Gunmen kill two soldiers near Daquq
------------------------------------------------------------

19-11-2026

DAQUQ, Iraq - Gunmen killed two soldiers and wounded three at an army post south of Daquq late
on Wednesday, a security source said on Thursday, in the latest attack blamed on Islamic State
remnants hiding in the valleys between Kirkuk and Salahaddin provinces.

The attackers opened fire with rifles before setting off a roadside bomb as a patrol arrived to
help, the source said. A search of the area began on Thursday morning.
"""


def test_a_mailchimp_plain_text_headings_underline_is_not_a_rule(tmp_path: Path) -> None:
    outcome = ingest_one(tmp_path, "daquq.eml", MAILCHIMP_TEXT)
    assert outcome.status == "ingested", outcome.message
    article = read_article(next((tmp_path / "content" / "articles").rglob("*.md")))
    assert article.title == "Gunmen kill two soldiers near Daquq"
    assert article.body.lstrip().startswith("DAQUQ, Iraq - Gunmen killed two soldiers")


def test_a_publishers_message_is_of_the_publishers_day_a_colleagues_of_their_own() -> None:
    # stamped 19:30 UTC on the 19th: 06:30 on the 20th in Canberra, where the office is
    stamp = "Date: Thu, 19 Nov 2026 19:30:12 +0000\n\nTroops join an exercise, officials said.\n"
    office = read_mail(f"From: Defence Media <media@defence.gov.au>\nSubject: Troops\n{stamp}")
    colleague = read_mail(f"From: Nadia Kerr <nadia.kerr@defence.gov.au>\nSubject: Troops\n{stamp}")
    assert office is not None and colleague is not None
    assert office.date == dt.date(2026, 11, 20)
    assert colleague.date == dt.date(2026, 11, 19)
