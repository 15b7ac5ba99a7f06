"""A post on a social network copied whole: only the article in it is kept (ingest/social.py).

The posts below are invented, in the shapes a browser's selection gives."""

from __future__ import annotations

from digest.ingest.plaintext import clean_plain_text
from digest.ingest.social import read_social_post, read_x_post

LEDE = (
    "Example News/ Two soldiers were killed and three others wounded late on Monday when "
    "gunmen attacked an army post north of the town, a security source told Example News."
)
MORE = "The source said the attackers withdrew towards the hills after an hour of fighting."

PAGE_POST = f"""Example News
3d · 🌎
{LEDE}
{MORE}
EXAMPLENEWS.COM
Gunmen kill two soldiers in attack on army post
All reactions:
96
14 comments
5 shares
Like
Comment
Share
Most relevant
Jane Commenter
Rest in peace.
2d
Reply
"""

THREAD = f"""r/examplenews
•
6 hr. ago
some_poster
Gunmen kill two soldiers in attack on army post
examplenews.com
Open
Upvote
88
Downvote
Go to comments
Share
some_poster
OP
•
6h ago
Here is the text, the site is down:
Gunmen kill two soldiers in attack on army post
By Sam Example, Example News
{LEDE}
{MORE}
Reply
Award
Share
another_user
•
5h ago
Same place as last month.
Reply
"""


def test_a_page_s_post_gives_the_linked_article_s_headline_and_the_post_s_text() -> None:
    clean = clean_plain_text(PAGE_POST)
    assert clean.title == "Gunmen kill two soldiers in attack on army post"
    assert [block.text for block in clean.blocks] == [LEDE, MORE]
    assert clean.site_name == "Example News"


def test_a_thread_gives_the_article_quoted_in_it_without_buttons_or_comments() -> None:
    clean = clean_plain_text(THREAD)
    assert clean.title == "Gunmen kill two soldiers in attack on army post"
    text = " ".join(block.text for block in clean.blocks)
    assert LEDE in text and MORE in text
    for furniture in ("some_poster", "Upvote", "Here is the text", "Award", "Same place"):
        assert furniture not in text
    assert any("Sam Example" in credit for credit in clean.credits)


def test_a_page_copied_from_a_news_site_is_no_post() -> None:
    page = (
        "Example News\n2 hours ago\nGunmen kill two soldiers in attack on army post\n"
        f"{LEDE}\n{MORE}\nShare\nComment\n12 comments\n"
    )
    assert read_social_post(page.split("\n")) is None


def test_a_person_s_post_passing_on_an_outlet_s_report_is_the_outlet_s() -> None:
    lines = [
        "Jane Example",
        "@janeexample_news",
        "Two police officers were killed by sniper fire near Kirkuk on Saturday evening, Shafaq "
        "News reports, citing a security source.",
        "9:12 PM · Nov 28, 2026 · 3,104 Views",
        "4 Reposts  11 Likes",
    ]
    post = read_x_post(lines)
    assert post is not None and post.page == "Shafaq News"
    own = [
        "Jane Example",
        "@janeexample_news",
        "Two police officers were killed near Kirkuk.",
        *lines[3:],
    ]
    assert read_x_post(own).page == "Jane Example"
