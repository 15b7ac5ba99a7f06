"""The plain-text cleaner: paragraphs, noise removal, credits, headline shapes, subheadings.

Pasted and scraped articles carry furniture that is not the article. The cleaner removes it by
rules that each name one kind of noise (see `NOISE_RULES`), so a removal can be explained:

- paste-site headers (`JustPaste.it`, `Pastebin`), ad placeholders (`[ad_1]`, `Advertisement`),
  bare image file names (`406c31...15.png`), share/print buttons, lines that are only spaces;
- a trailer such as `Popular posts from this blog` or `Related articles`, with everything after it;
- rights lines (`All publishing rights and copyrights reserved to X`, `© 2020 X`); the holder is
  kept as a hint for `source`;
- credit lines (`Editing by ...`, `(Additional reporting by ...)`, a `By ...` byline): moved from
  the body to `credits`;
- the headline repeated as the first paragraph, or at the start of it (`<headline>. The ...`),
  with what stands before it there (a label such as `UPDATED`, a `by ...` byline, kept as a
  credit);
- a date line at the top (`Tue 05 Jul 2016`, `Published October 3 2016`, `25-12-2014`), with an
  agency credit beside it (`AFP Friday 22 Jul 2016`, `21 November 2016 SANA ...`);
- a closing source credit (`(Source: X)`, `Source X and agencies`, `--Reuters`) or publisher
  footer, with what trails it (`Twitter`, `Related News ...`); the name is kept for `source`;
- a site name pasted with the headline (`... | Jordan Times`, `National News Agency - ...`),
  kept for `source` when nothing better names the publisher.

The title and the text's other parts are read by `plaintext.clean_plain_text`.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from digest.ingest.dates import (
    AGO_LINE,
    COUNTER,
    DATE_PATTERN,
    STAMP_PARTS,
    WIRE_STAMP,
    is_published_line,
    split_leading_date,
    unglue_date_line,
)
from digest.ingest.feed import known_name, known_spelling, publisher_names, unquoted_name
from digest.ingest.text import (
    comparison_key,
    count_words,
    markdown_to_plain,
    normalise_line,
    unshouted,
)

MAX_HEADLINE_WORDS = 26
MAX_HEADLINE_CHARS = 180
# A sentence made a title (no headline given: a flash, a post, a statement) is kept whole, as an
# editor would quote it, up to this length; longer ones are cut at a word with an ellipsis. From
# 110: blind trials' labels keep 113-234 characters of a flash's or a post's first sentence.
MAX_TITLE_CHARS = 250
# Longer than this, a sentence opening with a subordinate clause gives its main clause.
MAX_CLAUSE_TITLE_CHARS = 110

_PASTE_SITE = re.compile(
    r"^(?:justpaste\.it|pastebin(?:\.com)?|controlc(?:\.com)?|rentry\.(?:co|org)|paste\.ee"
    r"|hastebin(?:\.com)?|privatebin|dpaste(?:\.org|\.com)?|telegra\.ph|notepad\.pw)$",
    re.IGNORECASE,
)
_AD_PLACEHOLDER = re.compile(r"\\?\[ad\\?_?\d*\\?\]", re.IGNORECASE)
_AD_LINE = re.compile(
    r"^(?:advertisements?|publicidade|publicidad|publicité|anzeige|werbung|إعلان|reklam|reklama"
    r"|pubblicità|광고|広告|广告|廣告|реклама|διαφήμιση|reclame|advertentie|iklan|reklāma"
    r"|sponsored(?: content)?|scroll to continue with content"
    r"|video loading|video unavailable|click to play|tap to play|(?:play|watch) video"
    r"|continue reading below|story continues below(?: (?:advertisement|this ad))?"
    # a print edition's jump lines: '(Continued on Page A12)', 'See IRAQ, Page 6'
    r"|\(?(?:continued|cont'?d\.?) (?:on|from) (?:page|p\.) ?[a-z]?\d{1,3}\)?\.?"
    r"|\(?see (?-i:[A-Z][A-Z '’-]{1,30}),? (?:page|p\.) ?[a-z]?\d{1,3}\)?\.?)$",
    re.IGNORECASE,
)
_IMAGE_FILE = re.compile(
    r"^(?:https?://\S+/)?[\w.%~()+-]+\.(?:png|jpe?g|gif|webp|svg|bmp|tiff?|avif|heic)(?:\?\S*)?$",
    re.IGNORECASE,
)
_REMOTE_IMAGE = re.compile(r"^!\[[^\]]*\]\(\s*https?://[^)]*\)$")
# A row of linked icons and nothing else: a feed's share buttons ('[![](…/fblike20.png)](…)').
_IMAGE_LINKS = re.compile(r"^(?:\[!\[[^\]]*\]\([^)\s]*\)\]\([^)]*\)\s*)+$")
_BUTTON = (
    r"(?:share\d?(?: this(?: article| story)?)?|tweet|print|email|e-mail|whatsapp|facebook|twitter"
    r"|x|telegram|linkedin|share (?:on|this via|via) (?:facebook|twitter|x|whatsapp|telegram"
    r"|linkedin|email|e-mail|reddit)|other ways to share"  # Human Rights Watch's row
    r"|follow us(?: on \w+(?: and \w+)?)?|click here to (?:subscribe|read more)\.?"
    r"|follow @\w{2,30} on (?:twitter|x|instagram|facebook|threads)"  # 'follow @etribune on X'
    # news apps' lines: Apple News's 'Suggest More Stories Like This', Yahoo's 'Story
    # continues', Substack's box and counters, Flipboard's 'Flipped by ESPN into NFL' and its
    # 'Like   Comment   Flip   Share' row
    r"|suggest (?:more|fewer) stories like this|story continues|type your email\.{0,3}"
    r"|\d[\d,]* likes?(?:\s*·\s*\d[\d,]* restacks?)?"
    r"|flip|like|comment|flipped by [\w .&'’-]{2,40}?(?: into [\w .&'’-]{2,40})?"
    # sites' and releases' own lines: France 24's newsletter box (glued to its text),
    # MailOnline's share line (the headline after it), ISW's 'Data Cutoff: …', the WSJ's
    # 'Write to X at x@wsj.com', a release's heading
    r"|daily newsletter(?:(?:(?-i:[A-Z])|\s).{0,80})?"
    r"|share or comment on this article\b.{0,200}|data cut-?off:.{0,60}"
    r"|write to [\w .'’-]{2,60} at [\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?"
    r"|advertisement\s*[-–]\s*scroll to continue|for immediate release"
    r"|(?:press |news |media )?release (?:no\.?|number|#)\s*:?\s*[\w/-]{2,24}"  # CENTCOM's
    # what a page's toolbar leaves in a paste: a reading time, a comment count, a player
    r"|listen to this article(?:\W+[\d:]+ min(?:utes?)?)?(?:\W+learn more)?"
    r"|press play to listen to this article|voiced by artificial intelligence\.?"
    r"|corrections and clarifications|submit a news tip|report (?:an )?(?:error|typo)"
    r"|subscribe to:\s*post comments(?: \(atom\))?"  # Blogger's footer
    r"|(?:new\s*)?you can now listen to [\w'’ .-]{2,40} articles!?"  # Fox News's player
    r"|click the alert icon to follow topics:?|go deeper:.{2,120}"  # Haaretz's, Axios's links
    r"|\d[\d,.]*k? shares|view all \d[\d,]* comments"
    r"|(?:[·•|]\s*)?\d+ min(?:ute)?s? read"
    r"|save|copy link|printer[- ]friendly(?: version)?|print this (?:article|page|story)"
    r"|like this:|like loading\.{3}|loading\.{3}"  # WordPress's like button, in a paste
    # a news site's video and alert plugs: 'Watch CBS News', 'Be the first to know'
    r"|watch (?:cbs news|live|now|video|the video|the full (?:interview|episode))"
    r"|be the first to know|get browser notifications for breaking news\b.{0,60}"
    # NPR's player and the Telegraph's toolbar: 'Listen · 3:52', 'Download', 'Embed', 'Heard on
    # All Things Considered', 'Gift this article free', 'Comment speech bubble icon'
    r"|listen\s*·\s*\d{1,2}:\d{2}|download|embed|transcript|toggle caption|hide caption"
    r"|copy/paste the (?:article )?(?:video )?embed (?:link|code) below:?|copied"  # Euronews's
    r"|heard on(?: (?-i:[A-Z])[\w ]{2,40})?|gift this article(?: free)?|comment speech bubble icon"
    # The National's player, a page's text-size buttons: 'Listen In English', 'A+ A-'
    r"|listen in (?:english|arabic|french)|powered by (?:automated|machine) translation"
    r"|a\s?\+(?:\s*a\s?-)?|a\s?-"
    r"|share"
    # an exporter's or a reader's own lines: 'Saved from Feedly', 'Open original', 'Clipped from
    # telegraph.co.uk', 'Rendered with Quarto', 'Open in Zotero', 'View Highlight'
    r"|(?:saved|clipped|shared|sent) (?:from|by|with|via) [\w.-]{2,30}|rendered with \w{2,20}"
    r"|open original|open in \w{2,20}|view highlight|exported \d+ messages?(?:\(s\))?"
    r"|(?:view|show|hide) comments(?: \(\d[\d,]*\))?"
    r"|advertisement(?:\s*·\s*scroll to continue)?|scroll to continue"
    r"|sign me up|purchase licensing rights(?:, opens new tab)?"
    r"|\d[\d,]* comments?|comments? \(\d[\d,]*\)|comments?\s*:\s*\d[\d,]*"
    # a page's counters and rate strips: '1873 reads', 'Visits: 1,204', 'Просмотров: 1 284'
    rf"|{COUNTER}"
    r"|\d[\d,]* words|words?(?: count)?\s*:\s*\d[\d,]*"  # a database's 'Words: 287'
    r"|(?-i:[A-Z]{3})\s*:\s*\d[\d,.]*\s*(?-i:[A-Z]{3})|email this (?:story|article|page)"
    # a news aggregator's and a multilingual site's links: 'Full coverage', 'Read in Arabic',
    # 'Add CBS News on Google'
    r"|ad feedback|back to top|full coverage|full story|add [\w .&'’-]{2,40} on google"
    r"|terms and privacy policy|privacy dashboard|promoted"  # Yahoo's footer, NDTV's label
    r"|article content"  # Postmedia's label between its paragraphs
    r"|share full article|gift (?:this )?article|skip advertisement|more about:?"
    r"|reporting from [\w .,'’-]{2,40}"
    r"|list of \d+ items|end of list"
    r"|read (?:this (?:article|story) )?in (?:arabic|english|french|kurdish|turkish|persian|farsi"
    r"|german|spanish|russian|hebrew|chinese)"
    r"|lire en français|leer en español|auf deutsch lesen|ler em português|leggi in italiano"
    r"|time to \d{1,3} min\.?|reading time:? \d{1,3} min(?:utes?)?\.?"  # Le Monde's reading time
    # a feed reader's and a phone browser's controls: 'Mark as read', 'Open original', 'Open in
    # app', 'Read on aljazeera.com', 'Keep reading'
    r"|mark as (?:read|unread)|save (?:for later|to (?:board|pocket|list))"
    r"|show key events only|please (?:turn on|enable) javascript\b.{0,60}"  # a live page's
    r"|open (?:original|in (?:app|browser)|in (?:the )?\w+ app(?: for the full experience)?)"
    r"|open in app for the full experience|visit (?:website|site)|keep reading"
    r"|(?:read|view) original|read on (?-i:[A-Z])\w{2,20}"  # a read-later app's: 'Read on Omnivore'
    r"|open in (?-i:[A-Z])\w{2,20}|original"  # '[Open in Matter](…) · [Original](…)'
    r"|read (?:the full (?:story|article) |more )?(?:on|at) [\w-]+(?:\.[\w-]+)+"
    r"|read the latest\s*[»›]?"
    r"|was this (?:article|story|page) helpful\??|(?:yes|no)\s*/\s*(?:yes|no)"
    r"|download (?:the |this )?(?:pdf|full report|report|brief)(?: \(pdf\))?"
    # a paginated article's pager, a gallery's switch, a player's note, a poll's count, a
    # Persian site's story number ('کد خبر: ۴۵۸۲۱۳')
    r"|page \d+ of \d+|next page|previous page|view (?:as )?gallery|open gallery"
    r"|audio (?:generated|produced) by (?:text-to-speech|ai|artificial intelligence)\.?"
    r"|\d[\d,]* votes?(?: so far| cast)?|(?:کد خبر|شناسه خبر|news id)\s*[:：]\s*[\d۰-۹]+"
    # a phone's mail signature, an AMP page's and an audio player's lines
    r"|sent from my [\w -]{2,30}|sent from (?:yahoo )?mail for [\w -]{2,20}"
    r"|get outlook for (?:ios|android)"
    r"|view (?:the )?(?:non-amp|full|desktop|mobile) (?:version|site)"
    r"|your browser does not support the (?:audio|video) (?:element|tag)\.?"
    r"|\d{1,2} min(?:s|utes)?|loading(?:\.{3}|…)|sponsor message"
    r"|(?:previous|next) (?:article|story|post)\s*:.{0,120}|(?:send|e-?mail) to a friend"
    r"|article continues below(?: this)? (?:ad|advertisement)"
    r"|read more(?-i:(?=[A-Z])).{0,160}"  # 'Read moreIslamic State is …': a link glued on
    # a note that the story changed, saying nothing of how
    r"|\(?this (?:story|article|report) (?:has been|was|is being) updated(?: (?:with|to add)"
    r" (?:new|additional|more) (?:information|details|reporting))?\.?\)?"
    r"|(?:view/)?print page as pdf|illustrative:.{0,300}"
    r"|if you (?:purchase|buy) a product\b.{0,120}\bcompensation\.?"
    # a newscast's lines: its presenter, a bulletin's time and end marks; a page's alert note
    r"|(?:from|this is) [\w .&'’-]{2,40}, i'?m [\w .'’-]{2,40}\.?"
    r"|\[(?:ends?|\d{3,4}(?:\s?(?:gmt|utc|[a-z]{2,4}))?)\]"
    r"|this is a (?:breaking|developing) (?:news )?story\b.{0,120}"
    # a newsletter box's edges, a feedback link, a section's skip link, a comments count
    r"|skip past newsletter promotion|after newsletter promotion|send us your feedback"
    r"|skip next section[\w ]{0,30}|tap here|join the conversation|\d{1,5} comments?"
    r"|subscribe(?: now)?|sign (?:me )?up(?: now)?|support (?:now|us)|learn more)"  # a box's button
)
_BUTTONS = re.compile(rf"^{_BUTTON}$", re.IGNORECASE)


def is_button(line: str) -> bool:
    """A page's control alone on its line: 'Share', 'Gift Article', '214 Comments'."""
    return _BUTTONS.match(line.strip()) is not None


_UPDATED_AT = re.compile(
    r"^(?:last )?updated(?: at)?:?\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5})?$",
    re.IGNORECASE,
)
# A print view's or a saved copy's stamp: 'Printed on March 5, 2027 at 8:14 a.m.'
_PRINTED_ON = re.compile(
    r"^(?:printed|downloaded|retrieved|accessed|saved)(?: on| at|:)\s.{0,40}\d.{0,20}$",
    re.IGNORECASE,
)
# A row of them: 'Printer friendly version Email this story', 'Visits: 1,204 | Comments: 0'.
_BUTTON_ROW = re.compile(rf"^(?:{_BUTTON}(?:\s*[|·•]\s*|\s+|$))+$", re.IGNORECASE)
MAX_ROW_WORDS = 14
# 'Share this article: Facebook | Twitter', a row of network names, 'Tags: a, b', 'Read more: X',
# an app plug: short lines that point elsewhere (at most `MAX_POINTER_WORDS` words).
_NETWORKS = (
    r"(?:facebook|twitter|x|whatsapp|telegram|linkedin|email|e-mail|reddit|print"
    r"|copy link(?: copied)?|pinterest|flipboard|bluesky|threads)"
)
_SHARE_LINE = re.compile(
    rf"^(?:share(?: this| the)?(?: article| story| post| page| news| update| report| analysis)?"
    rf"\s*(?:[:|-]|on\b)"
    rf"|(?:compartir|compartilh(?:ar|e)|partager|(?:artikel |beitrag )?teilen|شارك)"
    rf"(?:\s+(?:en|no|em|sur|auf|على))?\s*[:|-]?\s*(?:{_NETWORKS}\b.*)?$"
    rf"|(?:share|tweet|{_NETWORKS})(?:(?:\s*[|,/·•]\s*|\s+)(?:share|tweet|{_NETWORKS})\b)+\s*$)",
    re.IGNORECASE,
)
# A topic's tag alone on its line, as Daily Sabah lists them: '#PKK', '#Turkish Armed Forces'.
_HASHTAG_LINE = re.compile(r"^#[^\W\d_][\w'’-]*(?: [\w'’-]+){0,4}$")
# A chat message's time, a live page's entry time: '21:37', '13.38 GMT'.
_CLOCK_LINE = re.compile(
    r"^\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?$"
    r"|^\d{1,2}[:.]\d{2}\s+(?:GMT|BST|UTC|CET|CEST|EST|EDT|AEST|AEDT|IST|AST)$"
)
# A live page's key events as the copy runs them together: '- 2h agoUkraine and Russia swap …'.
_KEY_EVENT = re.compile(r"^(?:[-*]\s+)?\d{1,2}\s?[hm] ago(?=[A-Z])")
# A writer's handle alone under the byline, as Rudaw sets it: '@hawrebt'.
_HANDLE_LINE = re.compile(r"^@[A-Za-z0-9_]{2,30}$")
_TAGS_LINE = re.compile(
    r"^(?:tags|topics?|filed under|categories|category|keywords|related topics|found in)\s*:"
    r"|^#\w+(?:\s+#\w+)+$",  # a line of hashtags: '#Shingal #Sinjar #Turkey #YBS'
    re.I,
)
# A WordPress feed's footer, in the languages of its translations.
_FIRST_ON_WORDS = (
    r"(?:appeared first on|se publicó primero en|apareceu primeiro em|est apparu en premier sur"
    r"|erschien zuerst auf|è apparso per la prima volta su)"
)
_POINTER_LINE = re.compile(
    r"^(?:read more|read also|also read|related|see also|more on this|watch|listen|recommended"
    r"|most read|trending|our standards|(?:à )?lire aussi|voir aussi|lesen sie auch"
    r"|mehr zum thema|lea también|lee también|te puede interesar|leer más|leia também"
    r"|leia mais|اقرأ أيضاً|اقرأ أيضا"
    r"|اقرأ المزيد|читайте также|смотрите также|по теме|相关阅读|相关新闻|関連記事"
    r"|czytaj (?:też|także|więcej)|zobacz (?:też|także)|přečtěte si (?:také|též)|čtěte (?:také|též)"
    r"|ilgili haberler|ayrıca okuyun|بیشتر بخوانید|بخوانید|ये भी पढ़ें|यह भी पढ़ें|xem thêm"
    r"|baca juga|simak juga|lihat juga|läs (?:också|mer)|lees ook|leggi anche|читайте також"
    r"|관련기사|あわせて読みたい|延伸阅读)\s*[:|>»：]"
    r"|^(?:click|tap) here\b|^more\s*:\s*(?-i:[A-Z\[])"  # USA TODAY's 'More: [Headline](…)'
    r"|^(?:find|follow) (?:more of )?[\w'’ .]{2,25}['’]s coverage of\b"  # AP's closing pointer
    r"|^read:\s+(?-i:[A-Z])|^read more subscribers only\b"  # 'Read: Iraq's summer of protests'
    r"|^subscribe to (?:the )?(?-i:[A-Z])[\w' &-]{2,40} for (?:full|unlimited) access\b"
    r"|^(?:poll|quiz|survey)\s*:"  # a page's poll or quiz, set inside the article
    r"|^(?:à lire aussi|lire aussi|voir aussi|lesen sie auch|leia também|lea también|read also)"
    r"\s+(?-i:[A-ZÀ-Ý«\"“])"  # the linked headline right after the label
    r"|^(?:read more|continue reading|read the full (?:story|article)|more photos)(?: at)?\W*$"
    r"|^(?:read more|continue reading|read the full (?:story|article)) (?:at|on|in) "
    r"(?-i:[A-Z])[\w .&'’-]{1,40}\W*$"  # a feed's closing link: 'Read more at The Washington Post'
    r"|^(?:comment on this (?:story|article)|leave a comment|add a comment)\W*$"
    r"|^.{5,160}\bread more\s*[»›>]+$"  # 'Why the buffer zone keeps growing Read More »'
    r"|^(?:related (?:news|articles?|stories|posts?|coverage|content|videos?)|read next|up next"
    r"|what to read next)\s*[:|>»]"
    r"|^related (?:article|story|video)\s+(?-i:[A-Z])"  # '**Related article** [Headline](…)'
    r"|^full (?:story|article|report) (?:on|at|in) \S"  # 'Full story on Reuters 🔗 …'
    r"|^read the (?:full )?(?:report|study|statement|letter|ruling)\b.{0,12}\bhere\W*$"
    r"|^also:\s+(?-i:[A-Z])[^.!?]{5,120}\.?$"  # a newsletter's next item: 'Also: Army taps …'
    r"|^watch more\b.{0,80}\bvideos?\b"  # 'Watch more Outlet videos on the Outlet Channel'
    r"|^follow (?:\w+['’]s coverage of\b|\w+['’]s [\w ]{2,30} coverage at https?://"
    r"|[\w'’ -]{2,60} on (?:x|twitter|facebook|instagram"
    r"|telegram|whatsapp|threads|bluesky|google news)\b)"
    r"|^(?:the post|la entrada|o post|l[’']article|der beitrag|l[’']articolo)\b.{1,200}"
    rf"\b{_FIRST_ON_WORDS}"  # a WordPress feed's footer
    r"|\b(?:download|get|install) (?:the|our) [\w .&'’-]{0,40}\bapp\b"
    r"|^(?:tonton|saksikan|simak) (?:juga )?video\b.{0,160}$",  # detik's 'Tonton juga video …:'
    re.IGNORECASE,
)
MAX_POINTER_WORDS = 30
# A cut feed item's link to the rest, closing its last paragraph: '… harmed. [Read more](…)'.
_MORE_LINK = re.compile(
    r"\s*\[(?:read more|continue reading|read the full (?:story|article)|more)\W*\]\([^()\s]*\)"
    r"\s*$",
    re.IGNORECASE,
)
# A photo caption or credit line: 'A flock near Hatra. Photo: Outlet/Name', 'Image source, X';
# a video's caption.
CAPTION = re.compile(
    # USA TODAY's and Gannett's: '… at Michie Stadium. Danny Roe, Imagn Images', '… on Tuesday.
    # Zaid Roe, AFP via Getty Images'
    r"(?-i:[.!?]\s+[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3},\s+(?:[A-Z][\w&'’.-]*"
    r"(?: [A-Z][\w&'’.-]*){0,2} via )?(?:Getty Images|Imagn Images|USA TODAY(?: NETWORK)?|AP|AFP"
    r"|Reuters|EPA|Shutterstock|[A-Z][\w&'’-]+ (?:Images|Photos?)))$"
    # '… on Wednesday. (HT Photo)', '(PTI Photo)', '(Free Press file photo)'
    r"|[.!?]\s+\((?:(?-i:[A-Z])[\w.&'’-]*\s){0,3}(?:file |staff )?photo\)$"
    r"|^фото\s(?!:)[^.!?]{2,80}$"  # 'Фото пресс-службы …': a photo's credit in Russian
    r"|(?:^|[\s(\[])(?:photo|photograph|picture|image|foto|bild)\s*:\s*(?-i:[A-Z])[^.!?]{0,60}"
    r"[)\]]?\.?$"
    r"|(?:^|[\s(\[])(?:photo|image|picture) (?:caption|credit|source)\s*[:,]"
    r"|\s(?-i:Credit):\s*(?-i:[A-Z])[^.!?]{2,80}$"  # '… in Cyprus Credit: Cpl X/MoD
    r"|^(?:photo|image|picture) (?:caption|credit|source)\b"
    # a caption's credit in other languages: 'Фото: архив', 'Fot. Tomasz K.', 'צילום: X'
    r"|(?:^|[\s(\[])(?:(?:фото|zdjęcie|צילום|عکس|تصوير)\s*:|fot\.|사진=)\s*\S[^.!?]{0,60}[)\]]?$"
    # a photo's credit after its caption's full stop: '… in Hasakah. AFP via Getty Images'
    r"|(?-i:[.!?]\s+(?:[A-Z][\w.&/-]*\s){0,3}(?:via )?Getty Images)$"
    # '… northeast Syria. — DELIR SHEKHO/AFP via Getty Images'
    r"|(?-i:\s[—–-]\s[A-Z][\w.'’ -]{2,40}/(?:AFP|AP|Reuters|EPA|Getty Images)"
    r"(?: via Getty Images)?)$"
    r"|\s/\s?\S{1,20}\s?(?:자료)?사진$"  # '… /영산강일보 자료사진'
    r"|(?-i:\s[A-Z][\w'’-]+ photo\s*/\s*[A-Z][\w .'’-]{2,40})$"  # '… Courier photo / Jim Pruett'
    # a video's caption: 'Video: Troops search orchards.', '▶ Video: … (02:41)'
    r"|^(?:[▶►▷]\s*)?(?:video|vídeo|vidéo)\s*:\s"
    r"|(?-i:(?:^|[.!?]\s+)[A-Z]{2,8}/[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3})$"  # '… AFP/Ali Saad'
    r"|^photo d['’]archives\b|\(photo d['’]archives [^()]{2,40}\)$"
    r"|[.!?]\s+(?:picture|photo|photograph|image)s? by (?-i:[A-Z])[^.!?]{1,60}$"  # '… Picture by X'
    r"|^(?:photo|image|picture)\s*:\s"  # 'Photo: A soldier at an outpost in 2025. (U.S. Army)'
    # a caption's closing credit: '(AP Photo/Karim Jaafar, File)', '(AFP file photo)', '(Photo
    # by Ali Jawad/Xinhua)', '(AA Photo)', '(Supplied)', '(U.S. Army)'
    r"|\((?:AP|AA|AFP|EPA|Reuters|Xinhua|SANA) Photo\b[^()]{0,60}\)$"
    r"|(?-i:\([A-Z][\w.&-]{1,15}) file photo\)$|\(photo by [^()]{2,60}\)\]?$"
    r"|\((?:file|archive) (?:photo|picture|image)\s*[-–—:]\s*[^()]{2,40}\)$"  # '(File photo – X)'
    r"|\s\[[^\[\]/]{2,60}/[^\[\]]{2,60}\]$"  # '… on the road [Name Surname/Reuters]'
    r"|\(supplied\)$|\((?:U\.S\.|US) (?:Army|Air Force|Navy|Marine Corps)(?: photo)?[^()]{0,40}\)$"
    # a photographer and whom they work for: '(Jordan Keller for The Washington Post)',
    # 'Credit...Abdi Warsame for The New York Times', '(AFP/File photo)'
    r"|(?-i:\((?:[A-Z][\w.'’-]*\s){1,4}for (?:The )?[A-Z][\w .'’&-]{2,40}\)\.?$)"
    r"|\bcredit\.{3}(?-i:[A-Z])|\((?:AFP|AP|Reuters|EPA)/file(?: photo)?\)$"
    # an agency's credit closing a caption that is no sentence: '… in Cyprus (PA)', '… in
    # Deir ez-Zor province (AFP via Getty Images)'
    r"|(?-i:[^\s.!?\"”’'»]\s*\((?:PA(?: Wire| Media| Archive)?|AP|AFP|EPA(?:-EFE)?|Reuters"
    r"|Getty Images|Anadolu(?: Agency)?|Xinhua|dpa|Shutterstock|Alamy|Bloomberg)"
    r"(?: via Getty Images)?\)$)"
    # a wire's gallery: 'Item 1 of 2 Smoke rises …', '[1/2]Smoke rises … Purchase Licensing'
    r"|^item \d+ of \d+\b|^\[\d+/\d+\]|\bpurchase licensing rights\b"
    # a photographer and their organisation: '(Spc. Mariah Collins/U.S. Army)'
    r"|(?-i:\((?:[A-Z][\w.'’-]*\s){1,4}[A-Z][\w.'’-]*\s?/\s?[A-Z][\w.'’& -]{1,40}\)$)"
    # where a photo came from: '(Asayish/Facebook)', '… in flight. US Air Force/File'
    r"|(?-i:\([A-Z][\w.'’ -]{1,40}/"
    r"(?:Facebook|Twitter|X|Telegram|Instagram|YouTube|Handout|File)\)$)"
    r"|(?-i:[.!?]\s+(?:[A-Z][\w.'’-]*\s){0,3}[A-Z][\w.'’-]*/(?:File|Handout)$)"
    # a photographer and a paper in capitals closing a caption: '… Friday. KAREN X/WATERTOWN
    # DAILY TIMES'
    r"|(?-i:[.!?]\s+[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,3}"
    r"/[A-Z][A-Z'’&-]+(?: [A-Z][A-Z'’&-]+){0,4}$)"
    r"|^\[editor['’]s note: [^\]]*\]$",
    re.IGNORECASE,
)
MAX_CAPTION_WORDS = 30
# A newsletter box or a plug for the outlet's channels, as one short paragraph.
_PLUG = re.compile(
    r"^(?:sign up|subscribe|register)\b.{0,120}\b(?:newsletters?|briefing|bulletin|e-?mails?"
    r"|(?:push )?(?:alerts|notifications))\b"
    # a sign-up form's consent line; an app's channel
    r"|^i would like to (?:be e-?mailed|receive)\b|\bread our privacy (?:notice|policy)\.?$"
    r"|\bstart your (?:free |\d+-day )?trial\b|\bsupport us today\b|^your support helps us\b"
    # a nonprofit outlet's appeal: 'Help us keep covering the long war. Support … today.'
    r"|^help us keep (?:covering|reporting)\b|^do you rely on .{2,60} for your research\b"
    r"|^receive [\w'’ ]{2,60} every (?:morning|day|week|evening)\b"
    r"|^get [\w'’ .-]{2,30} on (?:whatsapp|telegram|youtube|apple news|google news)\b"
    r"|^newsletters?\b"
    r"|^(?:subscribe|join|follow)\b.{0,80}\b(?:channel|telegram|whatsapp|youtube)\b"
    r"|\bsupport (?:independent|our|local|quality) [\w ]{0,30}(?:journalism|reporting|research)\b"
    r"|\b(?:delivered to|in) your inbox\b|^donate(?: now| today)?$|\bwith a donation\b"
    r"|\bwith our (?:daily |weekly |free )?newsletter\b"
    r"|^(?:follow|join) us on\b|\bs'inscrire$|^abonnez-vous\b|^assine\b|^suscr[ií]bete\b"
    r"|^jetzt abonnieren\b|^subscribe (?:now|today)\b|^subscribe\s*:"
    r"|^(?:have|got) a (?:news |confidential )?(?:tip|story)\b"
    r"|^get latest updates on\b|^(?:subscribe|sign up) (?:to|for) (?-i:[A-Z])[\w .&'’-]{1,30}$"
    # a membership's offer: 'Enjoy an ad-free experience and exclusive content by becoming a
    # member of the Times of Israel Community.'
    r"|^enjoy an? ad-free experience\b"
    r"|^contact our newsroom\b|^sign up here\.?$"
    r"|^support (?:independent|our|quality) (?:journalism|reporting)\b.{0,80}\bdonate\b"
    r"|\bjournalism\b.{0,60}\bneeds your support\b"
    r"|^donate to\b|^[\w'’ ]{2,40} newsletters?$"
    r"|^get (?:our|the) (?:free )?[\w'’ -]{0,40}(?:newsletters?|e-?mails?|bulletin|roundup"
    r"|briefing|digest)\b"
    # a sign-up box's other lines, a membership's plea
    r"|^thanks? (?:you )?for (?:signing up|subscribing)\b|^keep up (?:to date )?with\b"
    r"|\byou can unsubscribe at any time\b|^become an? [\w'’ .-]{2,40} (?:member|subscriber"
    r"|supporter|patron)\b|\bbecome an? (?:member|subscriber|supporter|patron) of\b"
    r"|\bit['’]s on the bloomberg terminal\b|^are you a fan of\b.{0,80}\b(?:donate|support)\b"
    r"|\bin your inbox every (?:morning|day|weekday|week|evening)\b"
    r"|^members make (?:our|this|these) [\w'’ ,-]{2,80} possible\b"
    r"|^(?:submit|write|send) (?:us )?a letter to the editor\b"
    r"|^join (?:our|the) (?:commenting forum|conversation|discussion)\b"
    r"|(?:^|[.?!]\s+)join the (?:conversation|discussion)(?: below)?\.?$"
    r"|^stay connected\b|^follow [\w'’ .-]{2,40} on (?:facebook|x|twitter|instagram|telegram)\b"
    r"|^support [\w'’ .-]{2,40}(?:independent )?journalism\b|\bstraight to your inbox\b"
    r"|^watch [\w'’ .-]{2,30} live on\b|\bpodcast: listen on\b|^please use \w+ browser\b"
    r"|\bfunded by readers like you\b|^support [\w'’ .-]{2,30}\s*[—–-]\s*donate$"
    # an editor's footer: a help line (a correction note is the article's: it stays)
    r"|^if you (?:have been|are|or someone you know (?:is|are|has been)) affected by\b",
    re.IGNORECASE,
)
MAX_PLUG_WORDS = 30
# Longer boxes of their own: a sign-up form's consent ('You can unsubscribe at any time. By
# signing up you are agreeing to our Terms … reCAPTCHA …'), a reporter's appeal for members
# ('Hi, this is Name. I wrote this piece … please consider supporting us').
_APPEAL = re.compile(
    r"^(?:you can unsubscribe at any time|by signing up,? you (?:are agreeing|agree) to)\b"
    r"|^hi,? (?:this is|i['’]m) [^.!?]{2,40}[.!]\s.{0,400}\b(?:please consider (?:supporting"
    r"|becoming|donating|joining)|become a (?:member|supporter|subscriber))\b",
    re.IGNORECASE,
)
# An advertisement labelled so: 'TEXT AD: Looking for … Click here', 'Sponsored: …'.
_LABELLED_AD = re.compile(
    r"^(?:text ad|sponsored(?: link| content)?|advertisement|paid (?:content|post))\s*:\s",
    re.IGNORECASE,
)
MAX_APPEAL_WORDS = 80
# A news photo's caption as the wires write it: the place, the day, then the credit.
_DATED_CAPTION = re.compile(
    rf",\s+(?:[A-Z][a-z]+day,\s+)?(?:{DATE_PATTERN})\.\s+\((?!Reuters\)|AP\)|AFP\))[^()]{{2,60}}\)$"
)
# A Korean paper's byline, a reporter ('기자'), a correspondent ('특파원'), and the address.
_KOREAN_BYLINE = re.compile(
    r"^[가-힣]{2,4}\s?(?:선임|수석|전문)?(?:기자|특파원)(?:\s+[\w.+-]+@[\w.-]+)?$"
)
# … and its photo's credit closing the caption: a file photo, 'photo = agency', 'provided by'.
_KOREAN_CAPTION = re.compile(r"(?:자료\s?사진|사진\s?=\s?\S{2,12}|\S{2,12}\s제공)$")
_BRACKETED_LABEL = re.compile(
    r"^\[(?:editor|editors|edited by|source|reporter|writer|author)\s*:\s*[^\[\]]{1,60}\]$",
    re.IGNORECASE,
)
# What an update of a wire story changed, in brackets over its text.
_WIRE_UPDATE_NOTE = re.compile(
    r"^\((?:adds|updates|recasts|rewrites|changes|corrects|refiles|removes|fixes|new throughout"
    r"|writethru|releads?|re-?ledes?|inserts|deletes|clarifies)\b[^()]{0,200}\)$",
    re.IGNORECASE,
)
_FEED_LABEL = re.compile(r"^(?:feed|feed title|from feed|via feed)\s*:\s*\S", re.IGNORECASE)
# A photo's credit alone: 'Courtesy of Cairo International Film Festival'.
MIN_CAPTION_UNDER_WORDS = 4
_COURTESY = re.compile(r"^(?i:(?:photo |image |picture )?courtesy(?: of)?) [A-Z][\w .&'’-]{2,60}$")
# A plug that ends in its call ('Get our Business Brief in your inbox. Subscribe now.', '...
# election newsletter for the latest. Sign up here.'): the call closes a paragraph that names
# what is offered.
_PLUG_CALL = re.compile(
    r"(?:^|[.!?:]\s+)(?:sign up|subscribe|register|download)\b[^.!?]{0,80}[.!]?$", re.IGNORECASE
)
_PLUG_OFFER = re.compile(
    r"\b(?:newsletters?|inbox|e-?mails?|alerts|podcast|app|every (?:week)?day|every morning)\b",
    re.IGNORECASE,
)
# A paywall's notice where a saved page stops: the article's text ends above it.
_PAYWALL = re.compile(
    r"\b(?:for subscribers only|(?:subscribe|log in|sign in) (?:now )?to (?:continue|keep) reading"
    # the Wall Street Journal's: 'Continue reading your article with a WSJ subscription'
    r"|continue reading (?:your|this) (?:article|story) with an? [\w .'’&-]{1,30} subscription"
    r"|^already a subscriber\?\s*(?:sign in|log in)?\.?$"
    r"|réservée? aux abonnés|il vous reste \d+\s?% de cet article|nur für abonnenten"
    r"|exclusiv[oa] para (?:suscriptores|assinantes)|conteúdo exclusivo para assinantes"
    r"|только для подписчиков|有料記事|残り\d+文字|订阅后(?:继续)?阅读|유료 기사)",
    re.IGNORECASE,
)
MAX_PAYWALL_WORDS = 40
# A breadcrumb trail: 'Home > World > Middle East', '首页 > 国际新闻 > 正文'.
_BREADCRUMB = re.compile(r"^[^>›»\n]{1,30}(?:\s*[>›»]\s*[^>›»\n]{1,30}){2,}$")
# Rights notices in the languages the briefing reads, besides the English ones in _RIGHTS.
_FOREIGN_RIGHTS = re.compile(
    r"tous droits réservés|alle rechte vorbehalten|todos los derechos reservados"
    r"|todos os direitos reservados|все права защищены|جميع الحقوق محفوظة|版权所有|禁止转载"
    r"|無断転載|무단전재|재배포 금지|[ⓒ©]",
    re.IGNORECASE,
)
# A heading that labels furniture in the middle of a page; only the heading line goes.
_FURNITURE_HEADING = re.compile(
    r"^(?:related topics|more on this story|key events|top stories|latest news|most viewed"
    r"|most popular|share this (?:post|article|story|page)|load more posts|live updates"
    r"|media contacts?|press contacts?|related content"
    r"|show more|see more)$",
    re.IGNORECASE,
)
# Agency initials closing a German or Italian report: '(dpa/rn)', '(AFP)', '(ANSA)'.
_AGENCY_INITIALS = re.compile(
    r"^\((?P<name>dpa|afp|ap|rtr|reuters|kna|epd|sda|ats|ansa|efe|apa)(?:\s*[/,]\s*[a-z]{1,6})*\)\.?$",
    re.IGNORECASE,
)
_INITIALS_NAMES = {"dpa": "dpa", "rtr": "Reuters", "reuters": "Reuters"}
# An author's biography closing the article: 'Zaid Kareem is X's correspondent in Nineveh.'
_AUTHOR_BIO = re.compile(
    r"^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}\s+(?:is|was)\s+(?:(?:a|an|the)\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:(?P<outlet>[A-Z][\w'’ -]*?(?:['’]s|s['’]))\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?i:correspondent|reporter|journalist|editor|writer|contributor|columnist|analyst|fellow"
    r"|bureau chief"
    r"|researcher|producer|photographer|anchor)\b"
    r"(?(outlet)|(?:\s+(?:for|at|with|in|to)\s+(?:the\s+)?[A-Z]|\s+(?:covering|based in)\b|[,.]"
    r"|\s*$))"
    r"|^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\s+(?:covers|reports on|reports from|writes about"
    r"|writes on)"
    r"\s+.{0,80}?\bfor\s+(?:the\s+)?[A-Z]"
)
# An op-ed writer's note in italics under the piece: '*Maj. Gen. (ret.) X served 31 years in
# the U.S. Army … He is a senior fellow at the Y Institute.*'
_ITALIC_PARAGRAPH = re.compile(r"^([*_])(?P<text>[^*_].{20,}?[^*_])\1$", re.DOTALL)
_WRITER_ROLE = re.compile(
    r"\b(?:(?:he|she|they) (?:is|was|are|were)|(?:is|was) (?:an?|the)) (?:[\w-]+ ){0,4}?"
    r"(?:fellow|professor|lecturer|director|chair(?:man|woman)?|president|founder|author"
    r"|analyst|columnist|contributor|editor|officer|ambassador|adviser|advisor)\b"
    r"|\bserved (?:\d+|\w+) years\b|\bis the author of\b",
    re.IGNORECASE,
)


def _italic_bio(paragraph: str) -> bool:
    """An italic paragraph about its writer closing an opinion piece."""
    italic = _ITALIC_PARAGRAPH.match(paragraph.strip())
    return bool(
        italic
        and count_words(italic["text"]) <= MAX_BIO_WORDS
        and _WRITER_ROLE.search(italic["text"])
    )


# An author's contact lines closing the article: 'castillo.ryan@stripes.com', 'Twitter: @X'.
_AUTHOR_CONTACT = re.compile(
    r"^(?:\s*(?:(?:e-?mail|twitter|x|follow (?:him|her|them) on (?:twitter|x))\s*:?\s*)?"
    r"(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@\w{2,30})\.?)+\s*$",
    re.IGNORECASE,
)
MAX_BIO_WORDS = 60
_OUTLET_WITH_WIRE = re.compile(
    r"^\(?(?P<name>[^()]{2,40}?)\s+with\s+(?:AFP|AP|Reuters|agencies)"
    r"(?:,?\s+(?:and\s+)?(?:AFP|AP|Reuters))*\)?\.?$",
    re.I,
)  # '(FRANCE 24 with AFP)', '(FRANCE 24 with AFP and Reuters)' too
_HEADING_MARKS = re.compile(r"^#{1,6}\s+")
MAX_BOX_HEADING_WORDS = 5
_TRAILER = re.compile(
    r"^(?:article printed from\b.*"  # a WordPress print view's footer, its links listed after
    r"|popular posts from this blog|related posts?|related articles?|related stories"
    r"|related news|related content|related links|read more|read also|also read"
    r"|you may also like|you might also like"
    r"|more from this author|more stories|recommended(?: for you| stories)?|most read|most popular"
    r"|trending(?: now)?|leave a (?:reply|comment)|comments?|suggested topics|read next"
    # a page's comments in other languages and eras: 'Reader Comments', 'Kommentare', 'תגובות'
    r"|(?:reader|user|readers'?) comments(?:\s*\(\d+\))?|kommentare(?:\s*\(\d+\))?"
    # a comment copied with its heading: 'READER COMMENTS (2) Jane wrote on Sep 25, 2008 1:02 PM:'
    r"|(?:(?:reader|user|readers'?) comments(?:\s*\(\d+\))?\s+)?[\w .'’-]{2,40} wrote on"
    r" [A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}\b.*"
    r"|komentarze(?:\s*\(\d+\))?|комментарии(?:\s*\(\d+\))?|commenti|commentaires"
    r"|yorumlar|reacties|komentar|תגובות|نظرات|コメント|댓글(?:\s*\d+)?|관련기사"
    r"|explore more on these topics|reuse this content|more on this story|editor'?s picks"
    r"|related topics|more about|visual stories|read more on related topics"
    r"|explore the topic|is this page useful\??"  # GOV.UK's footer
    r"|associated links|page details|search for related information by keyword\b.*"  # Canada.ca's
    r"|links|source url:\s*\S+"  # a print view's list of the links it numbered in the text
    # a post's comments and a reading app's next stories: 'Top comments', 'Discussion about
    # this post', 'Ready for more?', 'Related in Defense Industry'
    r"|top comments|most relevant|discussion about this post|ready for more\?"
    # a release's and a report's contact block, a rights group's pointer to more of its work
    r"|for (?:further|more) information,? (?:please )?contact\b.{0,120}"
    r"|for more [\w .'’&-]{2,60} reporting on\b.{0,80}"
    r"|related in [\w &'’-]{2,40}"
    # a news app's other stories under the one copied
    r"|similar coverage|related on [\w ]{2,20}|more for you|see more headlines and perspectives"
    r"|go to google news|subscribe to ground news\b.*"
    r"|[\w .'’&-]{2,40} (?:asks that comments|values your comments)\b.*"
    r"|read our community (?:rules|guidelines)\.?"
    r"|\(end\)"  # KUNA's end mark, its editors' initials under it
    # NDTV's lines under every story: its music service's plug, its live news
    r"|listen to the latest songs, only on [\w.]+|track latest news live on [\w.]+\b.*"
    r"|most viewed|see more on\b.*|more from\b.{0,40}|you might be interested in|tags|topics"
    r"|popular on [\w .&'’-]{2,30}|explore more|start a conversation"
    r"|paid (?:partner )?content|sponsored (?:content|links|stories)|promoted (?:content|stories)"
    r"|keywords"
    r"|more (?:news|stories) (?:from|in|on)\b.{0,40}"
    r"|a version of this (?:article|story) (?:appears|appeared|was published) in\b.*"
    r"|(?:this article )?appeared in the .{2,60}print edition\b.*"
    # Apple News's end of an article: its links, then the outlet's other stories
    r"|get more from .{2,40} in apple news|report a concern"
    r"|anadolu agency website contains only a portion of the news stories\b.*"
    r"|(?:subscribe|sign up) (?:to|for) our newsletter"
    # a newsletter's footer
    r"|forward (?:this (?:e-?mail )?)?to a friend\b.*|unsubscribe\b.{0,200}"
    r"|comment\s*\|\s*see all comments|see all comments"
    # a press release's end mark and its press contacts; a page's jump past its topics
    r"|-\s?30\s?-|#{3}|media (?:queries|inquiries|enquiries|contacts?)\b.{0,80}"
    # a release's 'ENDS' ('-ENDS-', '– ENDS –') over its notes and contacts
    r"|[-–—*\s]*(?-i:ENDS|Ends)[-–—*\s.]*|notes? (?:to|for) editors?|editor['’]?s['’]? notes?"
    # an author's box, a company's boilerplate: 'About Grant Whitfield', 'About the author'
    r"|about the authors?|(?-i:About (?:[A-Z][\w'’.&-]*\s?){1,4})"
    r"|skip next section\b.{0,40}|latest (?:news|updates|stories)"
    # a page pasted again below the article: its copy starts over with the page's top
    r"|skip to (?:main )?content|short url"
    r"|you (?:are receiving|received|have received) this (?:e-?mail|newsletter|message)\b.*)\s*:?$",
    re.IGNORECASE,
)
_RIGHTS = re.compile(
    r"^(?:all (?:publishing )?rights|copyright\b|©|\(c\)\s*(?:\d{4}|copyright\b)"
    r"|\(c\)\s*(?-i:[A-Z])[\w.&'’ -]{2,40}$)"  # '(c) Agence France-Presse', a wire's
    r"|all rights reserved\.?$",
    re.IGNORECASE,
)
_FIRST_ON = re.compile(
    rf"\b{_FIRST_ON_WORDS}\s+(?P<site>[^.!?\n]{{2,60}}?)\s*\.?$", re.IGNORECASE | re.MULTILINE
)


def appeared_first_on(text: str) -> str | None:
    """The site a WordPress feed's footer names: 'The post X appeared first on Site.'"""
    match = _FIRST_ON.search(text)
    return match["site"].strip() if match else None


_RIGHTS_HOLDER_TO = re.compile(r"reserved (?:to|by|for) (?:the )?(.+?)\.?$", re.IGNORECASE)
_RIGHTS_HOLDER_MARK = re.compile(
    r"^(?:copyrights?\s*)?(?:©|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*(.+?)"
    r"(?:\s*[.,–—-]?\s*all rights reserved)?\.?$",
    re.IGNORECASE,
)
_CREDIT_KINDS = (
    r"(?:(?:additional|further) )?(?:reporting|editing|writing|research|compiled|compilation"
    r"|translated|translation|edited|written|photos?|video|graphics)"
)
_CREDIT_PART = re.compile(rf"^{_CREDIT_KINDS}(?: and \w+)? by:?\s+(?P<names>\S.*)$", re.IGNORECASE)
# 'The Associated Press contributed to this report.', a wire credit closing the text.
_CONTRIBUTED = re.compile(
    r"\bcontributed (?:to )?(?:this|the) (?:report|story|article)(?: from [^.]+)?\.?$"
    r"|\bcontributed reporting(?: from [^.]+)?\.?$|^reporting was contributed by\b"
    r"|\b(?:writers?|reporters?|correspondents?)\b.{2,80}\bcontributed\.?$"
    # AP's closing lines: 'Associated Press writer X contributed from Homs, Syria.', 'X
    # reported from Hasakah, Syria.'
    r"|\b(?:writers?|reporters?|correspondents?)\b.{2,80}\bcontributed from (?-i:[A-Z])[^.]{2,60}"
    r"\.?$"
    r"|^(?-i:[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,3}) reported from (?-i:[A-Z])[^.]{2,60}\.$"
    # 'Dieser Artikel wurde mit Material der Nachrichtenagenturen dpa und AFP erstellt.'
    r"|\bmit material (?:der|von) (?:nachrichtenagenturen?|agenturen)\b",
    re.I,
)
# 'With files from The Canadian Press.', '— With reporting from Reuters': the same, as Canadian
# and some British outlets close a report.
_WITH_FILES = re.compile(
    r"^[—–-]?\s*with (?:files|(?:additional )?reporting|contributions) from\s+(?-i:[A-Z])"
    r"[^.!?]{1,100}\.?$"
    r"|^contributing:\s+(?-i:[A-Z])[^.!?]{1,120}\.?$"  # USA TODAY's network: 'Contributing: X, Y'
    r"|^\(?with (?:AFP|AP|Reuters|dpa|agencies)\)?\.?$"  # RFI's '(with AFP)'
    # VOA's and RFE/RL's closing credits to the wires
    r"|^(?:some )?information (?:for|in) this (?:report|article|story) (?:came|comes) from\b"
    r".{2,80}$"
    r"|^with reporting by\b.{2,80}$"
    r"|^additional (?:sources|reporting)\s*[•:|-]\s*(?-i:[A-Z])[\w ,&/]{1,60}$",  # Euronews's
    re.IGNORECASE,
)
# A person's name alone on its line: two or three capitalised words ('Lina Haddad-Morrow'),
# the last one with an Arabic article ('Saad al-Obeidi'), never a place ('Deir ez-Zor').
PERSON_LINE = re.compile(
    r"^(?!By )[A-Z][\w'’-]+(?: [A-Z][\w'’.-]+){0,1}(?: [A-Z][\w'’.-]+| al-[A-Z][\w'’-]+)$"
)
# A reporter's role alone on its line, under the name: 'News reporter', 'Defence Editor',
# 'Defence and Security Correspondent', 'North of England correspondent @handle'.
ROLE_ALONE = re.compile(
    r"^(?:[A-Z][\w-]+ (?:(?:and|&|of) )?){0,3}(?:reporter|correspondent|editor|writer|columnist)"
    r"(?: @\w{2,30})?$",
    re.IGNORECASE,
)
BYLINE = re.compile(r"^(?:[Bb]y|Por|Par|Von):?\s+(?P<names>\S.*)$")  # 'By: FRANCE 24' too
# A byline in capitals on a line of its own, as AP's pages set it: 'BY KAREEM FADEL AND LOUIS
# HAVERTY' (the names in capitals, two to eight words, joined by 'AND' or commas).
_SHOUTED_BYLINE = re.compile(
    r"^BY\s+(?P<names>[A-Z][A-Z'’.-]+(?:(?:,\s+|\s+AND\s+|\s+)[A-Z][A-Z'’.-]+){1,7})$"
)
# An outlet's byline naming the wires its copy draws on: 'FRANCE 24 with AFP'.
WITH_WIRES = re.compile(r"\s+(?:with|and)\s+(?:AFP|AP|Reuters|agencies|wires)$", re.IGNORECASE)
# Lowercase words a list of names may contain: 'Rana Aziz and Sami Nouri in Kirkuk'.
_NAME_JOINERS = frozenset(
    {"and", "in", "from", "at", "with", "for", "bin", "ibn", "de", "van", "von",
     # a reporter's title before the name: 'By Middle East correspondent Tom Kelleher'
     "correspondent", "reporter", "editor", "producer", "writer", "staff", "bureau", "chief",
     "newsroom", "newsrooms", "desk", "desks", "bureaus", "the",  # 'Reporting by Kirkuk and
     # Baghdad newsrooms', 'Reporting by X in Erbil and the Baghdad newsroom'; what a title
     # says of the beat: 'By national security reporter Hamish Corrigan'
     "national", "security", "political", "foreign", "affairs", "defence", "defense", "senior",
     "international", "diplomatic", "investigative", "business", "crime", "justice", "legal",
     "regional", "digital", "health", "science", "environment", "energy", "economics"}
)  # fmt: skip
# Separators a byline may hold between a name and its outlet: 'By Rana Aziz | Kirkuk Post'.
_NAME_SEPARATORS = frozenset({"|", "-", "–", "—", "/", "•", "·"})
AGENCIES = (
    r"(?:Reuters|REUTERS|AFP|AP|Associated Press|ANHA|SANA|ARA News|Xinhua|dpa|NNA|Anadolu"
    r"|TASS|Sputnik|IRNA|KUNA|MENA|CNN|EFE|Lusa|ANSA|UPI|Kyodo|Yonhap|Interfax|Bernama|PTI"
    r"|AAP|Europa Press|INA|NINA|RIA Novosti)"
)
# A writer's name with the agencies the report drew on, signing it: 'Nina Brandt (with dpa, AFP)'.
_SIGNED_WITH_AGENCIES = re.compile(
    rf"^(?!By |Von |Par |Por )(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){{1,3}})"
    rf" \((?:with |mit )?{AGENCIES}"
    rf"(?:(?:, | and | & | und ){AGENCIES})*\)$"
)
# A wire report's opening credit with no city: '(Reuters) - Islamic State claimed ...'.
PAREN_AGENCY = re.compile(rf"^\(({AGENCIES})\)\s*(?:--|[–—-])\s+(?=\S)")
# An agency's dateline alone on its line, joined to its place by a hyphen or a comma, as SANA
# writes it: 'Deir Ezzor-SANA', 'Damascus, SANA-'.
LONE_PLACE_AGENCY = re.compile(
    rf"^(?P<city>[A-Z][\w'’.]+(?:\s+[A-Z][\w'’.]+){{0,2}})\s*[-–,]\s*(?P<agency>{AGENCIES})"
    r"\s*[-–]?$"
)
# A dateline alone on its line, its story on the next: 'Washington CNN —', 'GAZA (AFP) -'.
LONE_DATELINE = re.compile(
    rf"^[A-Z][\w'’.\-]+(?:,?\s+[A-Z][\w'’.\-]+){{0,3}}\s+\(?{AGENCIES}\)?\s*(?:--|[–—-])$"
)
MAX_DATELINE_PARAGRAPH = 4


def join_lone_dateline(paragraphs: list[str]) -> list[str]:
    """A dateline alone in its paragraph ('Erbil, Iraq CNN —') joined to the lede under it."""
    for index, paragraph in enumerate(paragraphs[:MAX_DATELINE_PARAGRAPH]):
        if LONE_DATELINE.match(paragraph.strip()) and index + 1 < len(paragraphs):
            joined = f"{paragraph.strip()} {paragraphs[index + 1]}"
            return [*paragraphs[:index], joined, *paragraphs[index + 2 :]]
    return paragraphs


_AGENCY_TAG = re.compile(rf"(?:\s*(?:--|—|–)|\s+-|(?<=[.!?\"”])-)\s*({AGENCIES})\s*\.?$")
# An agency credit beside a date line: 'AFP Friday 22 Jul 2016', '21 November 2016 SANA ...'.
HEADER_AGENCY = re.compile(rf"^({AGENCIES})(?:\s*[-–—:]\s*|\s+)(?=[A-Z0-9\"“])")
# A closing source credit, and what trails it on a flattened page: buttons, related links.
_NOT_A_NAME = r"(?!(?:Related|Twitter|Facebook|Read|Follow|Share)\b)"
_SOURCE_TAG = re.compile(
    r"(?:^|\s+)\(?(?:Sources?|Kaynak|Quelle|Fuente|Fonte|Źródło|Источник|Джерело):?\s+"
    rf"(?P<name>{_NOT_A_NAME}[A-Z][\w.'’&/-]*(?:\s+{_NOT_A_NAME}[A-Z][\w.'’&/-]*){{0,5}})"
    r"(?:\s+and\s+(?:other\s+)?(?:news\s+)?(?i:agencies|wires))?\)?\.?"
    r"(?:\s+(?:Twitter|Facebook|Related (?:News|Articles|Stories|Posts)\b.*))?$"
)
# A source credit with the day it was published, as an analyst types it under a paste.
_SOURCE_AND_DATE = re.compile(
    rf"^\(?Sources?:\s+(?P<name>[A-Z][^,()]{{1,60}}?)\s*(?:,|\(|[-–—]\s)\s*"
    rf"(?P<when>{DATE_PATTERN})\)?\.?\)?$"
)
# Footers that name the publisher (the `name` group, or the fixed name given).
_PUBLISHER_FOOTERS = (
    (re.compile(r"\s*Our Standards:\s*The Thomson Reuters Trust Principles\.?$"), "Reuters"),
    (re.compile(r"\s*\bEnditem\.?$"), "Xinhua"),  # Xinhua's end mark
    # a wire's note on its website's selection: 'The Anadolu Agency website contains only …'
    (
        re.compile(
            r"^The (?P<name>[A-Z][\w ]{2,40}?) website (?:contains|carries|publishes|includes)"
            r" only (?:a portion|a part|part)\b.*$"
        ),
        None,
    ),
    (
        re.compile(
            r"^Only part of the news\b.{0,120}\bpublished on the (?P<name>[A-Z][\w ]{2,40}?)"
            r" website\b.*$"
        ),
        None,
    ),
)
# A site name pasted with the headline: 'Headline | Site', 'Site - Headline', 'Headline - Site'.
_PUBLISHER_WORDS = frozenset(
    {"news", "agency", "times", "post", "online", "tv", "radio", "herald", "tribune", "gazette",
     "daily", "press", "network", "media", "journal", "telegraph", "observer", "world", "today",
     "24", "monitor", "chronicle", "review", "star", "sun", "express", "independent",
     "dispatch", "courier", "ledger", "bulletin", "wire", "weekly", "sentinel", "examiner",
     "inquirer", "standard"}
)  # fmt: skip
_SITE_PIPE = re.compile(r"^(?P<title>.+?)\s+\|\s+(?P<site>[^|]{2,40})$")
_SITE_DASH_AFTER = re.compile(r"^(?P<title>.+?)\s+[-–—]\s+(?P<site>[^-–—]{2,40})$")
_SECTION_CRUMB = re.compile(r"\s+[-–—]\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?$")
_SITE_DASH_BEFORE = re.compile(r"^(?P<site>[^-–—|]{2,40}?)\s+[-–—|]\s+(?P<title>.+)$")
_SENTENCE_CLOSERS = (".", "!", "?", ":", "”", '"', "’", ")", "。", "！", "？", "」", "）")
_QUOTE_OPENERS = "\"“‘'«"
_CLOSERS = "\"”’'»)]"
_SUBORDINATE = re.compile(
    r"^(?:despite|although|though|even though|while|whilst|after|before|since|as|amid|following"
    r"|in spite of|with|without|once|when|if|unless|because)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Block:
    """One body paragraph, or a subheading."""

    text: str
    heading: bool = False


MAX_BYLINE_BLOCK_LINES = 3  # a byline, a place and a date line set without blank lines


MIN_LEDE_WORDS = 20
SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")


def _is_lede_like(paragraph: str) -> bool:
    """A paragraph of the article's prose: long enough, and a finished sentence."""
    return count_words(paragraph) >= MIN_LEDE_WORDS and SENTENCE_END.search(paragraph) is not None


def first_long_sentence(paragraphs: list[str]) -> int | None:
    """The index of an article's first paragraph: the first long finished sentence."""
    return next(
        (index for index, paragraph in enumerate(paragraphs) if _is_lede_like(paragraph)), None
    )


def short_caption(paragraph: str, max_words: int | None = None) -> bool:
    """A short line that may caption a photo: not a sentence, and not the article's date line
    ('Tue 13 Oct 2026 at 11:06 am GMT+3' under an agency's name)."""
    return (
        count_words(paragraph) <= (max_words or MAX_BOX_ITEM_WORDS)
        and not SENTENCE_END.search(paragraph)
        and split_leading_date(paragraph) is None
        and not is_published_line(paragraph)
    )


def split_site_name(headline: str) -> tuple[str, str | None]:
    """The headline without a site name pasted beside it, and that name."""
    match = _SITE_PIPE.match(headline)
    if match and _looks_like_site(match["site"], pipe=True):
        return match["title"].strip(), match["site"].strip()
    match = _SITE_DASH_AFTER.match(headline)
    if match and _looks_like_site(match["site"], pipe=False):
        title = match["title"].strip()
        # section breadcrumbs before the site name: 'Headline - Region - World - Ahram Online'
        while (crumb := _SECTION_CRUMB.search(title)) and count_words(title[: crumb.start()]) >= 3:
            title = title[: crumb.start()].rstrip()
        return title, match["site"].strip()
    match = _SITE_DASH_BEFORE.match(headline)
    if match and _looks_like_site(match["site"], pipe=False):
        return match["title"].strip(), match["site"].strip()
    return headline, None


# A word naming an organisation: an issuer ('Iraqi Joint Operations Command'), a think tank
# ('Institute for the Study of War'), not a country ('Republic of Iraq').
_ORGANISATION = re.compile(
    r"\b(?:command|department|ministry|agency|forces?|embassy|council|centre|center|service"
    r"|office|directorate|army|police|government|presidency|mission|coalition|commission"
    r"|organi[sz]ation|institute|institution|bureau|headquarters|cell|spokesperson|foundation"
    r"|project|program(?:me)?|initiative|society|association|watch)\b",
    re.IGNORECASE,
)
_NAME_SMALL_WORDS = frozenset({"of", "the", "for", "and", "on", "in", "at", "de", "al"})


def looks_like_organisation(name: str, max_words: int = 8) -> bool:
    """A name in capitalised words with an organisation's word in it ('Institute for the Study
    of War', 'U.S. DEPARTMENT of STATE'), not a sentence."""
    words = name.strip().split()
    if not 0 < len(words) <= max_words or name.rstrip().endswith((".", "!", "?", ":", ",")):
        return False
    if not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _NAME_SMALL_WORDS for w in words):
        return False
    # the organisation's word ends the name ('U.S. Central Command', 'Human Rights Watch') or
    # opens what it is of ('Institute for the Study of War', 'Office of the Spokesperson'): a
    # headline in capitals has its verb after it ('Police Arrest Five Suspects')
    lowered = [w.lower() for w in words]
    return _ORGANISATION.fullmatch(lowered[-1]) is not None or any(
        _ORGANISATION.fullmatch(word) and following in ("of", "for", "on")
        for word, following in itertools.pairwise(lowered)
    )


def looks_like_publisher(name: str) -> bool:
    """A short capitalised name with a publisher's word in it ('Kurdistan Observer')."""
    return _looks_like_site(name, pipe=False)


# An issue's number beside a title, never a site: 'No. 44', 'Issue 12', 'Vol. 3, No. 2'.
_ISSUE_NUMBER = re.compile(r"^(?:(?:No|Vol|Volume|Issue|Edition|Nr|Ed)\.?\s*#?\d+[,;]?\s*)+$", re.I)


_DATE_LIKE = re.compile(r"^[\d/.:\s-]+$|^\d{1,2}/\d{1,2}/\d{2,4}\b")


def is_issue_number(text: str) -> bool:
    """An issue's number: 'No. 44', 'Issue 12', 'Vol. 3, No. 2'."""
    return _ISSUE_NUMBER.match(text.strip()) is not None


def _looks_like_site(name: str, pipe: bool) -> bool:
    tokens = name.split()
    if is_issue_number(name) or _DATE_LIKE.match(name.strip()):
        return False  # 'No. 44', '10/6/2026 13:05': beside a title, never a site
    if not 1 <= len(tokens) <= 5 or not all(t[:1].isupper() or t[:1].isdigit() for t in tokens):
        return False
    return pipe or any(t.lower() in _PUBLISHER_WORDS for t in tokens)


# A whole line a messaging app sets in bold or italics: '*Two policemen killed in attack*',
# '_Source: Shafaq News_'.
_WRAPPED_LINE = re.compile(r"^([*_])(?=[^\s*_])(?P<inner>[^*_\n]+?)(?<=\S)\1$")


def _unwrapped(line: str) -> str:
    match = _WRAPPED_LINE.match(line)
    return match["inner"] if match else line


MIN_SENTENCE_WORDS = 6


def _is_sentence(paragraph: str) -> bool:
    """A finished sentence of some length: text, not a tab's title or a menu above it."""
    return count_words(paragraph) >= MIN_SENTENCE_WORDS and bool(SENTENCE_END.search(paragraph))


_SOFT_HYPHEN_END = re.compile(r"[a-z]-$")


def _joined(lines: list[str]) -> str:
    """Hard-wrapped lines as one paragraph; a word a printed column broke at its end ('local
    council-' / 'lors') made whole again."""
    text = lines[0]
    for line in lines[1:]:
        if _SOFT_HYPHEN_END.search(text) and line[:1].islower():
            text = text[:-1] + line
        else:
            text = f"{text} {line}"
    return text


# Words set apart by wide gaps on one line: a menu's items or a table's columns, copied from a
# page ('Kurdistan   Iraq   Middle East   World'), read as a row ('Kurdistan | Iraq | …').
_COLUMN_GAP = re.compile(r"(?<=[^\s|·•–—/-]) {3,}(?=[^\s|·•–—/-])")  # no separator beside it


_DOUBLE_GAP = re.compile(r" {2,}")
MIN_MENU_ITEMS = 3


def menu_row(line: str) -> str:
    """A site's menu copied as a row of items two spaces apart ('Kurdistan  Iraq  Middle East
    World'): the items set apart by bars, as a wider gap is; other text as it is."""
    items = [item for item in _DOUBLE_GAP.split(line.strip()) if item]
    if len(items) < MIN_MENU_ITEMS or not all(
        count_words(item) <= 3 and item[:1].isupper() and not SENTENCE_END.search(item)
        for item in items
    ):
        return line
    return " | ".join(items)


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs of plain text.

    News text usually has one paragraph per line, with or without blank lines between. Text that
    is hard-wrapped (most lines 40-90 characters, none much longer) is joined within blank-line
    separated blocks instead.
    """
    lines = [
        unglue_date_line(_unwrapped(normalise_line(_COLUMN_GAP.sub(" | ", menu_row(line)))))
        for line in text.split("\n")
    ]
    filled = [line for line in lines if line]
    if not filled:
        return []
    if _looks_hard_wrapped(lines):
        if "" not in "\n".join(lines).strip("\n").split("\n"):  # no blank line between lines:
            # a paragraph ends where a line falls short
            return _reflowed(filled)
        blocks: list[list[str]] = []
        current = []
        for line in lines:
            if line and current and SENTENCE_END.search(current[-1]) and _credit_line(line):
                blocks.append(current)  # 'Edited by: X' under the last line
                current = [line]
            elif line and (_RULE.match(line) or (current and _RULE.match(current[-1]))):
                if current:
                    blocks.append(current)  # a newsletter's rule: it stands between blocks
                current = [line]
            elif line and current and _byline_line(line):
                blocks.append(current)  # a headline wrapped over two lines, then 'by X'
                current = [line]
            elif line:
                current.append(line)
            elif current:
                blocks.append(current)
                current = []
        if current:
            blocks.append(current)
        usual = _usual_width(filled)
        if usual < MAX_COLUMN_WIDTH:
            # a magazine's narrow columns: a block holds a head's lines, or several paragraphs,
            # each ending where a line falls short; a page's break may cut a sentence
            merged: list[list[str]] = []
            for block in blocks:
                if merged and not SENTENCE_END.search(merged[-1][-1]) and block[0][:1].islower():
                    merged[-1] = merged[-1] + block
                else:
                    merged.append(block)
            return [paragraph for block in merged for paragraph in _reflowed(block, usual)]
        return [_joined(block) for block in blocks]
    return filled


MAX_COLUMN_WIDTH = 50
_RULE = re.compile(r"^[-=_*~]{5,}$")  # a plain-text newsletter's rule between its sections


def _byline_line(line: str) -> bool:
    """'by Amira Kassem', 'By Tom Ashworth, Forces News': a byline on its own line."""
    match = BYLINE.match(line)
    return bool(match) and count_words(line) <= 7 and not line.endswith((".", ","))


def _usual_width(lines: list[str]) -> int:
    widths = sorted(len(line) for line in lines)
    return widths[int(0.9 * (len(widths) - 1))]


SHORT_LINE_SHARE = 0.75  # of the text's usual width: a line that ends its paragraph
_CAPTION_START = re.compile(r"^(?:photo|image|picture)(?: caption| credit)?\s*:", re.IGNORECASE)
_CREDIT_END = re.compile(r"\([^()]*\b(?:AFP|Getty Images|Reuters|AP Photo|EPA)\b[^()]*\)$")


def _reflowed(lines: list[str], usual: int | None = None) -> list[str]:
    """Hard-wrapped lines without blank lines between paragraphs (text copied from a PDF) joined
    into paragraphs: one ends with a line much shorter than the text's usual width."""
    usual = usual or _usual_width(lines)
    paragraphs: list[str] = []
    current: list[str] = []
    for index, line in enumerate(lines):
        if current and _CAPTION_START.match(line):  # 'Photo caption: …' opens its own
            paragraphs.append(_joined(current))
            current = []
        current.append(line)
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if following[:1].islower():
            continue  # no paragraph opens in lower case: 'Guards foil … at Hasakah', 'prison'
        if following and _OPEN_END.search(line):
            continue  # nor ends on 'of': 'Coalition troops pull out of' / 'Harir base'
        if (
            len(line) < SHORT_LINE_SHARE * usual
            or _CREDIT_END.search(line)
            or _date_line(following)  # a headline, then '2026-01-21 08:30' on its line
            or _date_line(line)
            # a sentence ends, and an editor's label or credit follows: 'Edited by: X'
            or (SENTENCE_END.search(line) and _credit_line(following))
        ):
            paragraphs.append(_joined(current))
            current = []
    if current:
        paragraphs.append(_joined(current))
    return paragraphs


# A line ending on a word that needs more after it: a wrapped headline's or sentence's line.
_OPEN_END = re.compile(
    r"\b(?:of|the|a|an|to|for|in|on|at|by|with|from|and|or|as|into|onto|its|their|his|her)$"
)


def _credit_line(line: str) -> bool:
    """A short line that only credits: 'Edited by: Ahmed Jabbar', 'Editor: X', 'Editing by X'."""
    if count_words(line) > MAX_CREDIT_LINE_WORDS:
        return False
    return bool(_LABEL_LINE.match(line) or _CREDIT_PART.match(line.rstrip(".")))


MAX_CREDIT_LINE_WORDS = 12


def _date_line(line: str) -> bool:
    """A line that only dates the text: a paragraph of its own, never a wrapped line's part."""
    if not line or len(line.split()) > MAX_DATE_LINE_WORDS:
        return False
    found = split_leading_date(line)
    return (found is not None and len(found[1].split()) <= 2) or is_published_line(line)


MAX_DATE_LINE_WORDS = 8


MIN_COLUMN_WIDTH = 28


_TIMED_ENTRY = re.compile(r"^\d{1,2}[:.]\d{2}\b")
# A hard-wrapped line's width: an e-mail's 72-78 characters, a PDF's A4 line of 90-100.
MAX_WRAP_WIDTH = 100
MAX_WRAPPED_LINE = 110


def _looks_hard_wrapped(lines: list[str]) -> bool:
    """Lines cut mid-sentence at a steady width: most lines that another line follows (within a
    block) are 40-100 characters and end without closing punctuation; no line is much longer."""
    if max(len(line) for line in lines) > MAX_WRAPPED_LINE:  # all lines, blank ones included
        return False
    inner = [line for line, after in itertools.pairwise(lines) if line and after]
    if len(inner) < 2:
        return False
    if sum(bool(_TIMED_ENTRY.match(line)) for line in inner) * 2 >= len(inner):
        return False  # a ticker's or a live page's entries, each under its time: '20:41 …'
    # a steady width: 40-90 characters, or a magazine's narrow column (28 or more) when most
    # lines are within a few characters of one another
    widths = sorted(len(line) for line in inner)
    usual = widths[len(widths) // 2]
    low = 40 if usual >= 40 else max(MIN_COLUMN_WIDTH, int(0.8 * usual))
    cut = sum(
        1
        for line in inner
        if low <= len(line) <= MAX_WRAP_WIDTH and not line.endswith(_SENTENCE_CLOSERS)
    )
    return cut >= 0.5 * len(inner)


@dataclass(frozen=True, slots=True)
class _Noise:
    paragraphs: tuple[str, ...]
    credits: tuple[str, ...]
    rights_holder: str | None
    agency: str | None
    removed: tuple[str, ...]
    published: tuple[str, ...] = ()  # 'Published: 22/01/2026' lines taken out, for the date
    links: tuple[str, ...] = ()  # the article's address, pasted on a line of its own
    stated_source: str | None = None  # a closing line that is only a source credit


# A pasted line that gives the article's address: a bare URL, or 'Source: URL', 'Link: URL'.
# An app's share line: 'Shared from The New Arab app. Download it for free: https://…'.
_SHARED_FROM = re.compile(
    r"^shared (?:from|via|with) (?-i:the )?(?P<name>[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,4})"
    r" (?:app|application)\b",
    re.IGNORECASE,
)
# A byline's label alone on its line, the name on the next: 'Text by:' / 'FRANCE 24'.
BY_LABEL = re.compile(r"^(?:text|written|words|story|reporting) by:?$", re.IGNORECASE)
# A caption's closing credit to the outlet itself: '… 27 July 2026 (Syria Direct)'.
_OUTLET_CREDIT = re.compile(r"\((?P<name>[A-Z][\w'’ .&-]{1,40})\)\.?$")
# A wire's labelled lines under its headline: 'Source: Xinhua', 'Editor: huaxia'.
# A closing source credit in capitals, without its colon: 'SOURCE DAILY SABAH WITH AGENCIES'.
_CAPS_SOURCE = re.compile(
    r"^SOURCES?:?\s+(?P<name>[A-Z0-9][A-Z0-9.'’& -]{1,40}?)"
    r"(?:\s+(?:WITH|AND)\s+(?:AGENCIES|WIRES|AA|AFP|AP|REUTERS))?\.?$"
)
# A closing line of a few words in capitals: the article's sections and tags.
_CAPS_TAGS = re.compile(r"^[A-Z][A-Z'’&-]+(?:\s+[A-Z][A-Z'’&-]+){0,5}$")
_LABEL_LINE = re.compile(
    r"^(?P<label>source|editor|editors|reporter|writer|author|edited by)\s*:\s*"
    r"(?P<name>(?!\S*://)\w[\w'’.&,/ -]{0,50})$",
    re.IGNORECASE,
)
MAX_LABEL_LINE_INDEX = 3  # kept paragraphs above it: the headline and a line or two
# A print edition's line: 'Published in Dawn, August 21st, 2026'.
_PRINT_EDITION = re.compile(r"^Published in (?P<name>(?:The )?[A-Z][\w'’&. -]{1,40}?),\s+\w+ \d.*$")
# A channel's post forwarded from another: 'Forwarded from Iraq Security Watch 🇮🇶'.
# A message copied from Telegram's desktop app: the channel's name and the post's time.
_CHANNEL_STAMP = re.compile(
    r"^(?P<channel>[^\[\]\n]{2,60}),\s*\[(?P<stamp>\d{1,2}[./]\d{1,2}[./](?:(?:19|20)\d{2}|\d{2})"
    r"\s+\d{1,2}:\d{2}(?::\d{2})?)\]$"
)
# A channel post's credit of the outlet it relays: 'Via TOLOnews:', '#Iraq | via Rudaw'.
_VIA = re.compile(
    r"(?:^|[\s|])(?:[Vv]ia|(?i:(?:check out|read|see) this (?:article|story|link) (?:from|on|in)"
    r"|i thought you(?:'d| would) (?:like|enjoy) this (?:article|story) from"
    r"|new (?:post|article|story) (?:on|from))(?: the)?)"
    r"\s+(?P<name>[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3})\s*[:.!]?\s*$"
)  # 'Via TOLOnews:'; a phone's share text: 'Check out this article from NBC News:'; a site's
# notice of a new post by e-mail: 'New post on The Defense Post'
MAX_VIA_LINE_WORDS = 8
# A statement's label over its text, the issuer's name above it.
_STATEMENT_LABEL = re.compile(
    r"^(?:statement|press (?:release|statement)|news release|communiqu[eé]|announcement"
    r"|official statement)$",
    re.IGNORECASE,
)
MAX_ISSUER_WORDS = 6


def channel_post(line: str) -> tuple[str, str] | None:
    """The channel and the time of a message copied from Telegram's desktop app ('Channel,
    [13/01/2027 08:40]'): the channel its publisher when it is an outlet's or an office's, the
    time a date line; None for any other line."""
    match = _CHANNEL_STAMP.match(line.strip())
    if match is None:
        return None
    # the app writes a two-digit year ('28.07.26 10:40'): this century's
    stamp = re.sub(r"^(\d{1,2}[./]\d{1,2}[./])(\d{2})(?=\s)", r"\g<1>20\2", match["stamp"])
    return match["channel"].strip(), stamp


def relayed_outlet(line: str) -> str | None:
    """The outlet a channel's post relays, named on a short line ('Via TOLOnews:')."""
    match = _VIA.search(line.strip())
    return match["name"] if match and count_words(line) <= MAX_VIA_LINE_WORDS else None


_FORWARDED = re.compile(r"^forwarded from\s+(?P<name>\w[^\n]{1,60}?)[^\w)]*$", re.IGNORECASE)
ADDRESS_LINE = re.compile(
    r"^(?:(?:source|link|url|original(?:ly published)?(?: at| on)?"
    r"|read (?:it|the article) (?:at|on)|via|from)\s*:?\s*)?<?(?P<url>https?://[^\s<>\"]+?)>?[.)]?"
    # … and an app's note after it: '… — shared from Reeder', '… via Pocket'
    r"(?:\s+(?:[—–-]\s*)?(?:(?:shared|sent|saved) (?:from|with|via)|via) [\w .-]{2,30})?$",
    re.IGNORECASE,
)


# A promotion a page lets a screen reader skip, its end marked: 'skip past newsletter
# promotion', the box, 'after newsletter promotion' (the Guardian's).
_SKIP_PAST = re.compile(r"^\[?skip past (?P<what>[\w ]{3,40}?)\]?(?:\([^)]*\))?$", re.IGNORECASE)
MAX_PROMO_PARAGRAPHS = 10


def _skipped_promo(paragraphs: list[str], index: int) -> int | None:
    """Where a promotion opened by a 'skip past' link at `index` ends (the index after its
    'after …' line), or None."""
    if "skip past" not in paragraphs[index].lower():
        return None  # most paragraphs: no Markdown conversion on this hot path
    opener = _SKIP_PAST.match(markdown_to_plain(paragraphs[index]).strip())
    if opener is None:
        return None
    closer = f"after {opener['what'].strip().lower()}"
    for end in range(index + 1, min(len(paragraphs), index + MAX_PROMO_PARAGRAPHS + 1)):
        if markdown_to_plain(paragraphs[end]).strip().lower() == closer:
            return end + 1
    return None


# A read-later app's link to the article's own page: '[Read Original](https://…)'.
_ORIGINAL_LINK = re.compile(
    r"^\[(?:read|view|open)? ?(?:the )?original(?: article| page| story)?\]\((?P<url>https?://[^)\s]+)\)",
    re.IGNORECASE | re.MULTILINE,
)
_LINK_LINE = re.compile(r"^\[[^\]\n]+\]\([^)\s]+\)(?:\s*[·|•]\s*\[[^\]\n]+\]\([^)\s]+\))*$")


def _only_link_lines(paragraph: str) -> bool:
    return all(_LINK_LINE.match(line.strip()) for line in paragraph.split("\n") if line.strip())


def strip_noise(paragraphs: list[str]) -> _Noise:
    """Remove noise paragraphs; collect credits, the rights holder and a trailing agency tag."""
    kept: list[str] = []
    credits: list[str] = []
    removed: list[str] = []
    rights_holder = agency = shared = None
    published: list[str] = []
    links: list[str] = []
    skip_until = 0
    caption_at = -1  # a photo's caption under its credit, right under the headline
    for index, raw in enumerate(paragraphs):
        paragraph = _AD_PLACEHOLDER.sub("", raw).strip()
        if "[image " in paragraph:  # newsboat's image marks, on lines of their own
            lines = paragraph.split("\n")
            marks = [line for line in lines if _IMAGE_MARKS.match(line.strip())]
            removed.extend(f"image-marks: {line}" for line in marks)
            paragraph = "\n".join(line for line in lines if line not in marks).strip()
        if (more := _MORE_LINK.search(paragraph)) and more.start() > 0:
            removed.append(f"more-link: {more.group().strip()}")
            paragraph = paragraph[: more.start()].rstrip()
        if not paragraph:
            removed.append(f"ad-placeholder: {raw}" if raw.strip() else "blank")
            continue
        if (original := _ORIGINAL_LINK.search(paragraph)) and _only_link_lines(paragraph):
            links.insert(0, original["url"])  # a read-later app's link to the article's page
        if index + 1 < len(paragraphs) and trail_to(paragraph, paragraphs[index + 1]):
            removed.append(f"breadcrumb: {paragraph}")  # 'News / City News / Headline'
            continue
        if first_on := _FIRST_ON.search(paragraph):  # 'The post X appeared first on Site.'
            rights_holder = rights_holder or first_on["site"].strip()
        if (
            kept
            and count_words(paragraph) <= MAX_CAPTION_WORDS
            and index + 1 < len(paragraphs)
            and (credit := _OUTLET_CREDIT.search(paragraph))
            and credit["name"].lower() in publisher_names()
            and not paragraph[: credit.start()].rstrip().endswith((".", "!", "?", '"', "”"))
        ):  # '… in Damascus, 27 July 2026 (Syria Direct)': a photo's caption
            removed.append(f"caption: {paragraph}")
            continue
        if (label := _LABEL_LINE.match(paragraph)) and (
            len(kept) < MAX_LABEL_LINE_INDEX
            or (
                label["label"].lower() == "source"
                and index + 1 < len(paragraphs)
                and label["name"].lower() in publisher_names()
            )
        ):  # 'Source: Al Jazeera' above the box of links set inside the article, too
            if label["label"].lower() == "source":  # 'Source: Xinhua' under the headline
                shared = shared or label["name"]
            removed.append(f"label: {paragraph}")
            continue
        if edition := _PRINT_EDITION.match(paragraph):  # 'Published in Dawn, August 21st, 2026'
            shared = shared or edition["name"]
            removed.append(f"print-edition: {paragraph}")
            continue
        if not kept and (post := channel_post(paragraph)):
            shared = shared or post[0]  # 'Iraq Security Watch, [13/01/2027 08:40]'
            published.append(post[1])
            removed.append(f"channel-stamp: {paragraph}")
            continue
        if len(kept) <= 1 and _STATEMENT_LABEL.match(paragraph.strip()):
            removed.append(f"label: {paragraph}")  # 'Statement' over a statement's text
            if (
                kept
                and count_words(kept[0]) <= MAX_ISSUER_WORDS
                and not SENTENCE_END.search(kept[0])
            ):
                issuer = kept.pop()  # 'Security Media Cell' over it: who issued it
                shared = shared or issuer
                removed.append(f"issuer: {issuer}")
            continue
        if kept and shared and index >= len(paragraphs) - 2 and paragraph.strip() == shared:
            removed.append(f"sign-off: {paragraph}")  # the issuer's name again under the text
            continue
        if len(kept) <= 1 and (via := relayed_outlet(paragraph)):
            shared = shared or via  # '🔴 #Afghanistan | Via TOLOnews:' opening a post
            removed.append(f"via: {paragraph}")
            continue
        if len(kept) <= 1 and (forwarded := _FORWARDED.match(paragraph)):
            shared = shared or forwarded["name"]  # a channel's post: the channel it came from
            removed.append(f"forwarded: {paragraph}")
            if kept and comparison_key(kept[0]) == comparison_key(forwarded["name"]):
                removed.append(f"channel-name: {kept.pop()}")
            continue
        if count_words(paragraph) <= MAX_PLUG_WORDS and (app := _SHARED_FROM.match(paragraph)):
            shared = shared or app["name"]  # 'Shared from The New Arab app': its publisher
            removed.append(f"app-share: {paragraph}")
            continue
        if skip_until > index:
            removed.append(f"link-box: {paragraph}")
            continue
        if index == caption_at:
            removed.append(f"caption: {paragraph}")
            continue
        if (promo := _skipped_promo(paragraphs, index)) is not None:
            skip_until = promo  # 'skip past newsletter promotion' … 'after newsletter promotion'
            removed.append(f"link-box: {paragraph}")
            continue
        if _LIST_ITEM_MARK.match(paragraph.strip()):
            # Al Jazeera's 'Keep reading' box: 'list 1 of 4', then the headline it links
            following = paragraphs[index + 1] if index + 1 < len(paragraphs) else ""
            if _link_like(following) and not _LIST_ITEM_MARK.match(following.strip()):
                skip_until = index + 2
            removed.append(f"link-box: {paragraph}")
            continue
        if kept and _counted_link_list(paragraph):
            removed.append(f"link-box: {paragraph}")  # '- list 1 of 4' over each linked headline
            continue
        if kept and _box_in_one_block(paragraph):
            removed.append(f"link-box: {paragraph}")  # 'Read more from Sky News:' and links
            continue
        if kept and (box := _link_box(paragraphs, index)) is not None:
            skip_until = box  # 'Related', two headlines, then the article goes on
            removed.append(f"link-box: {paragraph}")
            continue
        box_heading = kept and _BOX_TRAILER.match(_bare_heading(paragraph))
        if box_heading and (box := _counted_list_end(paragraphs, index)):
            skip_until = box  # 'Recommended Stories', 'list of 3 items' … 'end of list'
            removed += [f"link-box: {line}" for line in paragraphs[index:box]]
            continue
        if box_heading and (box := _link_box(paragraphs, index, True)):
            skip_until = box  # 'Read More', a headline, and the article goes on below
            removed.append(f"link-box: {paragraph}")
            continue
        if box_heading and index + 1 < len(paragraphs) and _is_lede_like(paragraphs[index + 1]):
            removed.append(f"link-box: {paragraph}")  # 'Related Topics' whose links a page's
            continue  # furniture took: the article goes on
        if kept and lone_credit(paragraph) and index + 1 < len(paragraphs):
            following = " ".join(paragraphs[index + 1].split())
            if short_caption(following) and not LONE_DATELINE.match(following):
                skip_until = index + 2  # 'Getty Images', then its photo's caption
            elif _caption_kept_above(paragraphs, index, kept):
                removed.append(f"caption: {kept.pop()}")  # the caption, then 'Getty Images'
            removed.append(f"credit: {paragraph}")
            continue
        if (
            _TRAILER.match(_bare_heading(paragraph))  # "## Related topics", "**More about**" too
            or _trailer_list(paragraph)
            or (kept and is_paywall_line(paragraph))
            or (kept and _read_later_highlights(paragraphs, index))
        ):
            for rest in paragraphs[index + 1 :]:  # the rights line below names the publisher
                if _is_rights_line(rest.strip()):
                    rights_holder = rights_holder or _rights_holder(rest.strip())
                elif (
                    tag := _SOURCE_TAG.match(rest.strip()) or _SHARED_FROM.match(rest)
                ) is not None:
                    shared = shared or tag["name"]  # 'Source: Al Jazeera and news agencies'
                elif (wired := _OUTLET_WITH_WIRE.match(rest.strip())) and (
                    known := publisher_names().get(wired["name"].lower())
                ):
                    shared = shared or known  # '(FRANCE 24 with AFP)' below 'Read more'
            if _article_begun(kept, paragraphs[index + 1 :]):
                removed.append(f"trailer: {paragraph}")
                # kept for what they say of the publisher ('X is a reporter for Military Times')
                removed.extend(f"after-trailer: {rest}" for rest in paragraphs[index + 1 :])
                break
            removed.append(f"trailer: {paragraph}")
            continue
        if address := ADDRESS_LINE.match(paragraph):
            links.append(address["url"])
            removed.append(f"address: {paragraph}")
            continue
        listed = _ITEM_MARK.sub("", paragraph)  # a page's list: '- Published', '- Jul 17, 2019'
        if (
            _LONE_PUBLISHED_LABEL.match(listed)
            and index + 1 < len(paragraphs)
            and is_published_line(_ITEM_MARK.sub("", paragraphs[index + 1].strip()))
        ):
            removed.append(f"published-label: {paragraph}")
            continue
        if is_published_line(listed):
            paragraph = listed
            published.append(paragraph)
            removed.append(f"published-line: {paragraph}")
            first = _STORY_BY.sub("By ", STAMP_PARTS.split(paragraph.strip())[0])
            if first != paragraph.strip() and (found := _credit_parts(first, len(kept) < 4)):
                credits.extend(found)  # 'Story by Harriet Lowe • 21h • 3 min read': its byline
            continue
        if not kept and _KEY_POINTS.fullmatch(paragraph):
            removed.append(f"key-points: {paragraph}")  # MailOnline's bold points over its text
            continue
        if first_long_sentence(kept) is None and (
            points := _points_over_wire_lede(paragraphs, index)
        ):
            removed.extend(f"key-points: {line}" for line in paragraphs[index:points])
            skip_until = max(skip_until, points)  # a wire's bullets over its dateline's lede
            continue
        if first_long_sentence(kept) is None and (points := _summary_box(paragraphs, index)):
            removed.append(f"key-points: {paragraph}")  # CNBC's 'Key Points' over its text
            removed.extend(f"key-points: {line}" for line in paragraphs[index + 1 : points])
            skip_until = max(skip_until, points)
            continue
        if outlet := _syndicated_outlet(paragraph):
            shared = shared or outlet  # 'From Reuters', 'This story was originally published by
            removed.append(f"syndication: {paragraph}")
            continue
        if _names_over_date(paragraph, paragraphs[index + 1 : index + 3]):
            credits.append(f"By {paragraph}")  # 'Jane Roe' over 'November 24, 2026': a byline
            removed.append(f"byline: {paragraph}")
            continue
        if index < MAX_ISSUER_INDEX and (issuer := issuer_line(paragraph, paragraphs[index + 1 :])):
            shared = shared or issuer  # GOV.UK's 'From: Ministry of Defence' over 'Published …'
            removed.append(f"issuer: {paragraph}")
            continue
        if (meta := _post_meta(paragraph)) is not None:
            published.extend(meta)  # its date, read later
            removed.append(f"post-meta: {paragraph}")
            continue
        lines = paragraph.split("\n")
        if 1 < len(lines) <= MAX_BYLINE_BLOCK_LINES and (
            stamps := [line for line in lines if is_published_line(line.strip())]
        ):  # 'Enab Baladi – Hasakah' above its 'Published 4 March 2026' in one block
            published.extend(stamps)
            removed.extend(f"published-line: {line}" for line in stamps)
            paragraph = "\n".join(line for line in lines if line not in stamps)
        if (
            _RUNNING_TIME.match(paragraph.strip())
            and kept
            and count_words(kept[-1]) <= MAX_BOX_ITEM_WORDS
            and not SENTENCE_END.search(kept[-1].strip())
        ):  # a video's box: its headline, then its running time ('01:52')
            removed.append(f"video: {kept.pop()}")
            removed.append(f"video: {paragraph}")
            continue
        if kept and _captioned_credit(paragraph):
            removed.append(f"caption: {paragraph}")  # a caption with its credit under it
            continue
        if posted := _PRINT_POSTED.match(paragraph.strip()):  # a print view's byline and date
            credits.append(f"By {posted['name']}")
            published.append(posted["date"])
            removed.append(f"posted: {paragraph}")
            continue
        if WIRE_STAMP.match(paragraph.strip()):  # AP's '10-20-26 1127EDT': a date, read later
            published.append(paragraph.strip())
            removed.append(f"wire-stamp: {paragraph}")
            continue
        rule = _noise_rule(paragraph, index)
        if (
            rule is None
            and _related_in_capitals(_as_plain(paragraph).strip())
            and any(_is_sentence(above) for above in kept)
        ):
            rule = "related"  # 'US STRIKE IN SYRIA KILLS 3 ISIS OPERATIVES' inside the text
        if rule is None and kept and index < len(paragraphs) - 1 and _agency_captioned(paragraph):
            rule = "caption"  # '… in Deir al-Zor. AFP' inside the article (closing, a credit)
        if (
            rule is None
            and index
            and _VIDEO_TITLE.match(_as_plain(paragraph).strip())
            and _noise_rule(paragraphs[index - 1], index - 1) == "button"
        ):
            rule = "video"  # 'Watch CBS News', then the video's title and length
        if (
            rule is None
            and index
            and _MEDIA_MARK.match(paragraphs[index - 1].strip())
            and count_words(paragraph) <= MAX_BOX_ITEM_WORDS
            and not SENTENCE_END.search(_as_plain(paragraph).strip())
        ):
            rule = "video"  # an exporter's '[video]' for the player, then the video's title
        if rule is not None:
            if rule == "caption" and CREDIT_LABEL.match(paragraph):
                following = paragraphs[index + 1].strip() if index + 1 < len(paragraphs) else ""
                if (
                    kept
                    and first_long_sentence(kept) is None
                    and (len(kept) == 1 or not _caption_kept_above(paragraphs, index, kept))
                    and short_caption(following)
                    and count_words(following) >= MIN_CAPTION_UNDER_WORDS  # not a byline's name
                    and not BYLINE.match(following)
                    and not _is_lede_like(following)
                ):
                    caption_at = index + 1  # the headline, 'Image: X/dpa', then the caption
                elif _caption_kept_above(paragraphs, index, kept):
                    removed.append(f"caption: {kept.pop()}")  # the caption, then 'Image: X/dpa'
            if (
                rule == "plug"
                and kept
                and _HEADING_MARKS.match(kept[-1])
                and count_words(kept[-1]) <= MAX_BOX_HEADING_WORDS
            ):
                removed.append(f"plug-heading: {kept.pop()}")  # '### Al-Monitor Today', its box
            removed.append(f"{rule}: {paragraph}")
            if rule == "plug" and _box_plea(paragraphs, index):
                skip_until = index + 2  # '## Support … journalism', then its plea
            if rule == "button" and _CAPTION_TOGGLE.match(_as_plain(paragraph).strip()):
                # NPR's photo: its caption, 'toggle caption', its credit ('Name/AP')
                if (
                    kept
                    and count_words(kept[-1]) <= MAX_CAPTION_WORDS
                    and not kept[-1].startswith("#")  # a heading (a note's title) is no caption
                ):
                    removed.append(f"caption: {kept.pop()}")
                following = paragraphs[index + 1].strip() if index + 1 < len(paragraphs) else ""
                if _SLASH_CREDIT.match(following):
                    removed.append(f"credit: {following}")
                    skip_until = index + 2
            continue
        if _is_rights_line(paragraph):
            rights_holder = rights_holder or _rights_holder(paragraph)
            removed.append(f"rights: {paragraph}")
            continue
        # a credit set in italics ('*The AP contributed to this report.*') is still a credit
        plain = _as_plain(paragraph)  # 'By [Name](…), CNN' too
        if count_words(plain) <= 30 and (_CONTRIBUTED.search(plain) or _WITH_FILES.match(plain)):
            credits.append(plain.strip())
            removed.append(f"credit: {paragraph}")
            continue
        if (by := BYLINE.match(plain.strip())) and (
            WITH_WIRES.sub("", by["names"]).lower() in publisher_names()
        ):
            credits.append(plain.strip())  # 'By FRANCE 24', 'By ARAB NEWS': the outlet itself
            removed.append(f"credit: {paragraph}")
            continue
        if len(kept) < 4 and (shouted := _SHOUTED_BYLINE.match(plain.strip())):
            names = unshouted(shouted["names"]).replace(" And ", " and ")
            credits.append(f"By {names}")  # AP's 'BY KAREEM FADEL AND LOUIS HAVERTY'
            removed.append(f"credit: {paragraph}")
            continue
        found = _credit_parts(plain, byline_allowed=len(kept) < 4)
        if found:
            credits.extend(found)
            removed.append(f"credit: {paragraph}")
            continue
        if (
            len(kept) < 4
            and (names := _profile_byline(paragraph))
            and not (index + 1 < len(paragraphs) and known_name(paragraphs[index + 1].strip()))
        ):  # (a name over 'USA TODAY': the byline rules below read the two lines together)
            credits.append(f"By {names}")  # '[Name](…/profile/name) and agency': the Guardian's
            removed.append(f"credit: {paragraph}")
            continue
        if len(kept) < 4 and (role := _ROLE_BYLINE.match(plain.strip())):
            # the Telegraph's byline without 'By': 'Name, Security Correspondent', 'Middle
            # East Correspondent in Beirut', 'Name, in Qusayr'
            name = role["name"]
            linked = re.match(r"^\[([^\]]{2,60})\]\([^)]*\)", paragraph.strip())
            if not name and linked and _looks_like_names(linked[1], max_words=4):
                name = linked[1]  # '[Name](…/author/…) Middle East Correspondent'
            elif not name and kept and _looks_like_names(_as_plain(kept[-1]), max_words=4):
                name = _as_plain(kept[-1]).strip()  # the name on the line above the role
                removed.append(f"credit: {kept.pop()}")
            if name:
                credits.append(f"By {name}")
            removed.append(f"credit: {paragraph}")
            continue
        kept.append(paragraph)
    while kept and len(kept) > 1 and count_words(kept[-1]) <= MAX_BIO_WORDS:
        last = _as_plain(kept[-1])
        if match := _AGENCY_INITIALS.match(last):
            agency = _INITIALS_NAMES.get(match["name"].lower(), match["name"].upper())
        elif caps := _CAPS_SOURCE.match(last):  # 'SOURCE DAILY SABAH WITH AGENCIES'
            named = caps["name"]
            shared = shared or publisher_names().get(named.lower()) or unshouted(named)
        elif _CAPS_TAGS.match(last) and not SENTENCE_END.search(last):
            pass  # 'MIDDLE EAST IRAN IRAQ': the article's tags in capitals, closing the page
        elif _AUTHOR_CONTACT.match(last.strip()) or _FOLLOW_AUTHOR.match(last.strip()):
            pass  # the author's address and handle; 'Follow Name' under the bio
        elif (
            _SECTION_WORDS.match(last.strip())
            and not re.fullmatch(AGENCIES, last.strip())
            and known_name(last) is None
        ):
            pass  # the page's section under the article: 'Commentary'
        elif (wired := _OUTLET_WITH_WIRE.match(last.strip())) and (
            known := publisher_names().get(wired["name"].lower())
        ):
            shared = shared or known  # 'Le Monde with AFP' closing the report
        elif (label := _LABEL_LINE.match(last)) and label["label"].lower() != "source":
            pass  # 'Editor: Siti Rahmawati' closing the report ('Source: X' is read below)
        elif (dashed := _DASHED_SIGNOFF.match(last.strip())) and (
            known := publisher_names().get((known_spelling(dashed["name"]) or "").lower())
        ):
            shared = shared or known  # '— The Associated Press' signing the brief
        elif _next_brief(kept):  # a briefs column's next item copied along: its kicker and
            removed.append(f"next-brief: {kept.pop()}")  # headline, the kicker popped below
        elif not (_AUTHOR_BIO.match(last) or _italic_bio(kept[-1])):
            break
        removed.append(f"closing-furniture: {kept.pop()}")
    if any(_PRINT_LINKS.match(p.strip()) for p in paragraphs):  # a print view's '[1]' marks
        kept = [_LINK_MARK.sub("", p) for p in kept]
    stated_source = shared
    if kept and (typed := _SOURCE_AND_DATE.match(kept[-1].strip())):
        published.append(typed["when"])  # an analyst's 'Source: The Hindu, 3 December 2026'
        kept[-1] = f"Source: {typed['name']}"
    if kept:
        found_agency, kept[-1] = _closing_credit(kept[-1])
        agency = agency or found_agency
        if not kept[-1]:
            kept.pop()
            stated_source = stated_source or found_agency
    return _Noise(
        tuple(kept),
        tuple(dict.fromkeys(credits)),
        rights_holder,
        agency,
        tuple(removed),
        tuple(published),
        tuple(links),
        stated_source,
    )


# A government page's issuer, in its metadata under the headline ('From: Ministry of
# Defence', GOV.UK's; a minister after the department: 'and The Rt Hon …'), never a mail's
# sender, whose headers follow it ('Sent:', 'To:') and who is a person.
_FROM_ISSUER = re.compile(r"^From:\s*(?P<name>[^@<>\n]{3,120}?)(?: and (?:The )?Rt Hon\b.*)?$")
_MAIL_HEADER = re.compile(r"^(?:Sent|To|Cc|Date|Subject):", re.IGNORECASE)
MAX_ISSUER_INDEX = 6  # paragraphs from the top the issuer's line is looked for in


# A line naming the outlet a copy's story is from: Apple News's 'From Reuters' (a known outlet
# only), a repost's or a partner's 'This story was originally published by The Columbus
# Dispatch.', 'It was originally published by Syria Direct on November 26, 2026.'
_SYNDICATION_NOTE = re.compile(
    r"^(?:From (?P<name0>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3})"
    r"|(?P<by>(?:This (?:story|article|report|piece)|It) was (?:originally|first) published"
    r" (?:by|in|on) (?P<name1>(?:[Tt]he )?[A-Z][\w.&'’-]*(?: (?:[A-Z][\w.&'’-]*|of|and)){0,5})"
    r"(?: on [^.]{3,40})?\.))$"
)


# A list of points in bold opening an article, above its byline and its text: the article
# summed up by its own sentences (MailOnline's bullets), not a part of it.
_KEY_POINTS = re.compile(r"(?:[-*•]\s+\*\*[^*\n]{10,300}\*\*\.?(?:\n|$))+")


_SUMMARY_HEADING = re.compile(
    r"^(?:key points|key takeaways|highlights|in brief|in summary|at a glance|the big picture)"
    r"\s*:?$",
    re.IGNORECASE,
)
MAX_SUMMARY_POINTS = 5


def _summary_box(paragraphs: list[str], index: int) -> int:
    """Where a box of the article's points over its text ends (the index of the paragraph
    after it), or 0 when none opens at `index`: 'Key Points' and its few sentences, in one
    block, its heading alone over them, or each point a line of its own (ABC's)."""
    heading, *points = paragraphs[index].strip().split("\n")
    if not _SUMMARY_HEADING.match(_bare_heading(heading.strip())):
        return 0
    if points:
        return index + 1 if len(points) <= MAX_SUMMARY_POINTS else 0
    following = paragraphs[index + 1 : index + 1 + MAX_SUMMARY_POINTS + 1]
    if following and 2 <= len(following[0].strip().split("\n")) <= MAX_SUMMARY_POINTS:
        return index + 2  # the points in one block under the heading
    lines = list(itertools.takewhile(_summary_point, following))
    return index + 1 + len(lines) if 2 <= len(lines) <= MAX_SUMMARY_POINTS else 0


def _summary_point(paragraph: str) -> bool:
    """A line of a box of points: one short sentence without its full stop (a short lede
    under the box has one)."""
    line = paragraph.strip()
    return (
        "\n" not in line
        and 0 < count_words(line) <= MAX_POINT_WORDS
        and not line.endswith((".", '"', "”"))
    )


MAX_POINT_WORDS = 30
# A wire story's first paragraph: its dateline with the agency ('BAGHDAD, Nov 23 (Reuters) -').
_WIRE_LEDE = re.compile(
    rf"^[A-Z][A-Z'’.\-]+(?:\s+[A-Z][A-Z'’.\-]+){{0,3}}(?:,[^()\n]{{1,40}}?)?\s*\({AGENCIES}\)"
    r"\s*(?:--|[–—-])\s"
)


def _points_over_wire_lede(paragraphs: list[str], index: int) -> int:
    """Where a wire story's summary points end (the index of its dateline's lede), or 0: a list
    of two to five short points without full stops ('* Flows highest since exports resumed'),
    as items of their own or in one block, right above a lede opening with a wire's dateline."""
    end = index
    while end < len(paragraphs) and end - index < MAX_SUMMARY_POINTS:
        lines = paragraphs[end].strip().split("\n")
        if not all(
            _ITEM_MARK.match(line) and _summary_point(_ITEM_MARK.sub("", line)) for line in lines
        ):
            break
        end += 1
    points = sum(len(p.strip().split("\n")) for p in paragraphs[index:end])
    if not 2 <= points <= MAX_SUMMARY_POINTS or end >= len(paragraphs):
        return 0
    return end if _WIRE_LEDE.match(paragraphs[end].strip()) else 0


def _syndicated_outlet(paragraph: str) -> str | None:
    """The outlet a syndication note names: any after 'originally published by', a known one
    after 'From'."""
    match = _SYNDICATION_NOTE.match(paragraph.strip())
    if match is None:
        return None
    if match["by"]:
        return known_spelling(match["name1"]) or match["name1"]
    return known_name(match["name0"])


def _names_over_date(paragraph: str, following: Sequence[str]) -> bool:
    """A line of writers' names alone ('Jane Roe', 'Jane Roe and John Doe') over the story's
    date line, or over the outlet's name and then the date (an app's copy of a byline)."""
    if len(paragraph) > MAX_BYLINE_CHARS:
        return False  # most paragraphs, on strip_noise's path: no splitting, no lookups
    names = _NAME_LIST.split(paragraph.strip())  # 'Jane Roe, John Doe, and Ann Poe'
    if len(names) > MAX_BYLINE_NAMES or not following or not all(map(_person_name, names)):
        return False
    if is_published_line(following[0].strip()):
        return True
    outlet = following[0].strip()
    return (
        len(following) > 1
        and (known_name(outlet) is not None or looks_like_publisher(outlet))
        and is_published_line(following[1].strip())
    )


_NAME_LIST = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
MAX_BYLINE_NAMES = 4
MAX_BYLINE_CHARS = 160  # four names of three long words, their commas and 'and'


def _person_name(name: str) -> bool:
    """Two or three capitalised words that name a person, not an outlet or a team ('Enab
    Baladi', 'The Hindu Bureau', 'ISW Iraq and Syria Team')."""
    name = name.strip()
    return (
        PERSON_LINE.match(name) is not None
        and BYLINE.match(name) is None  # 'Por Renato Siqueira': a byline, read as one
        and not name.startswith("The ")
        and not name.isupper()
        and known_name(name) is None
        and not looks_like_publisher(name)
        and not looks_like_organisation(name)
        and not _TEAM_WORD.search(name)
    )


_TEAM_WORD = re.compile(
    r"\b(?:Team|Staff|Bureau|Desk|Newsroom|Editors?|Reporters?|Correspondents?|Writers?"
    r"|Analysts?|Producers?|Columnists?|Contributors?|Fellows?)\b"
)  # a team's or a role's words, not a person's name: 'Crime Correspondent'


def issuer_line(paragraph: str, after: Sequence[str]) -> str | None:
    """The issuing body a 'From: …' line under a page's headline names, if it is one."""
    match = _FROM_ISSUER.match(paragraph.strip())
    if match is None or any(_MAIL_HEADER.match(line.strip()) for line in after[:3]):
        return None
    name = match["name"].strip()
    return name if looks_like_organisation(name, MAX_FROM_WORDS) else None


# Words of the bodies a 'From:' line names: two may issue one release ('Ministry of Justice and
# HM Prison and Probation Service').
MAX_FROM_WORDS = 12


MAX_LIST_ITEM_WORDS = 15
_FOLLOW_AUTHOR = re.compile(r"^follow (?-i:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3})$", re.I)
# A page's section name alone, one or two words: no sentence is written so.
_SECTION_WORDS = re.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z]+)?$")
_DASHED_SIGNOFF = re.compile(r"^[—–]\s*(?P<name>[A-Z][\w .&'’-]{1,40})$")
MAX_KICKER_WORDS = 3


def _next_brief(kept: list[str]) -> bool:
    """Whether the last line is the headline of a briefs column's next item, with its kicker
    above it ('Japan' / 'Typhoon warning for Okinawa as storm nears'), under the item's text."""
    if len(kept) < 3:
        return False
    kicker, headline = kept[-2].strip(), kept[-1].strip()
    return (
        count_words(kicker) <= MAX_KICKER_WORDS
        and kicker[:1].isupper()
        and not SENTENCE_END.search(kicker)
        and is_headline(headline)
        and count_words(headline) >= 4
        and count_words(kept[-3]) >= MIN_ITEM_TEXT_WORDS  # the item's text above them
    )


MIN_ITEM_TEXT_WORDS = 30


_BOX_HEADING = re.compile(
    r"^(?:related(?: coverage| content| reading| links)?|see also|also in [\w &'’-]{2,30}"
    r"|más información|mais informações"
    r"|recommended(?: stories| articles| reading)?"
    # Bloomberg's box inside the text, a newsletter's list: 'Most Read from Bloomberg', 'More news'
    r"|most (?:read|popular|viewed)(?: (?:from|on|in) [\w .&'’-]{2,30})?"
    r"|more (?:[\w-]+ ){0,2}news)\s*:?$",  # 'MORE AFL NEWS'
    re.IGNORECASE,
)
MAX_BOX_ITEMS = 8
MAX_BOX_ITEM_WORDS = 20


# Al Jazeera's boxes of links, marked for screen readers: 'list of 3 items', then each item's
# 'list 1 of 3' before its headline, then 'end of list'.
_LIST_ITEM = r"list \d{1,2} of \d{1,2}"
_LIST_ITEM_MARK = re.compile(rf"^{_LIST_ITEM}$", re.IGNORECASE)
_LIST_COUNT = re.compile(r"^list of \d{1,2} items$", re.IGNORECASE)
_LIST_END = re.compile(r"^end of list$", re.IGNORECASE)
# an item's mark inside a list: '- list 1 of 4' (its line may go on with the link)
_COUNTED_ITEM = re.compile(rf"^[ \t]*(?:[-*+]\s+)?{_LIST_ITEM}\b\s*", re.IGNORECASE | re.MULTILINE)
# A trailer's heading that may also head a box of links inside the article ('Read More', a
# headline, and the article goes on).
_BOX_TRAILER = re.compile(
    r"^(?:read more|read also|also read|see also|recommended stories"
    r"|related(?: articles?| stories| news| posts?| topics)?|(?:read )?more from\b.{0,40}?"
    r"|more news)"
    r"\W*$",
    re.IGNORECASE,
)


def _as_plain(text: str) -> str:
    """Text without its Markdown emphasis and links, converted only where it has any (the
    conversion is the slow part of the noise rules)."""
    return markdown_to_plain(text) if "*" in text or "_" in text or "[" in text else text


# A plea under a plug's heading: 'Help us keep doing it, with no paywall for anyone.'
_PLEA = re.compile(
    r"\b(?:help us|support us|your support|donat\w*|contribut\w*|paywalls?|subscri\w*"
    r"|members?(?:hip)?|funded by)\b",
    re.IGNORECASE,
)


def _box_plea(paragraphs: list[str], index: int) -> bool:
    """Whether the paragraph under a plug set as a heading is its plea, not the article's."""
    if not _HEADING_MARKS.match(paragraphs[index].strip()) or index + 1 >= len(paragraphs):
        return False
    following = _as_plain(paragraphs[index + 1])
    return count_words(following) <= MAX_PLUG_WORDS and _PLEA.search(following) is not None


def _bare_heading(line: str) -> str:
    """A box's heading without its Markdown heading marks or bold: '**RECOMMENDED**', '## Read
    more'."""
    return _HEADING_MARKS.sub("", line.strip()).strip("*_ ")


def _box_in_one_block(paragraph: str) -> bool:
    """A box's heading with its linked headlines on the lines under it, one block ('**Read
    more from Sky News:**' / '[Ukraine war latest](…)' / …)."""
    heading, *items = [line.strip() for line in paragraph.strip().split("\n")]
    heading = _bare_heading(heading)
    if len(items) >= 2 and _BOX_HEADING.match(heading) and all(map(_link_like, items)):
        return True  # 'Related' over two headlines copied as text
    return (
        bool(items)
        and (_BOX_TRAILER.match(heading) or _BOX_HEADING.match(heading)) is not None
        and all("](" in item and _link_like(item) for item in items)
    )


# A writer's name linked to their page on the site ('[Jane Roe](…/profile/jane-roe)'): the
# name is group 1. Readers match several in a row (`readers._PROFILE_LINKS`).
PROFILE_LINK = (
    r"\[([^\]]{3,60})\]\([^)\s]*/(?:profile|profiles|author|authors|by|people|staff"
    r"|contributors?|journalists?|reporters?)/[^)\s]*\)"
)
_PROFILE_LINK = re.compile(PROFILE_LINK)
_PROFILE_GLUE = re.compile(
    r"^(?:\s*(?:,|and|&)\s*)*(?:\s*(?:and|&|with)\s+(?:agency|agencies|wires|news agencies))?"
    r"(?:\s+in\s+[A-Z][\w'’ -]{1,30})?\s*$"
)


def _profile_byline(paragraph: str) -> str | None:
    """The names of a line made of writers' names linked to their pages, joined by 'and' and
    perhaps '… and agency' or '… in Kabul' ('[Jane Roe](…/profile/jane-roe) and agency'); None
    for any other line."""
    line = paragraph.strip()
    links = list(_PROFILE_LINK.finditer(line))
    if not links or "\n" in line:
        return None
    names = [match[1].strip() for match in links]
    if not all(_looks_like_names(name, max_words=4) for name in names):
        return None
    rest = _PROFILE_LINK.sub(",", line)
    return " and ".join(names) if _PROFILE_GLUE.match(rest) else None


def _counted_link_list(paragraph: str) -> bool:
    """A list of linked headlines, each item marked for screen readers ('- list 1 of 4', then
    the link), as Al Jazeera sets its 'Keep reading' box inside the text."""
    if _COUNTED_ITEM.search(paragraph) is None:  # one search: the rule runs on every paragraph
        return False
    lines = [line.strip() for line in paragraph.strip().split("\n") if line.strip()]
    rest = [_COUNTED_ITEM.sub("", line) for line in lines]
    return all(not line or _link_like(line) for line in rest)


def _counted_list_end(paragraphs: list[str], index: int) -> int | None:
    """Where a box whose list a page announces for screen readers ends: its heading, 'list of
    3 items', the links, 'end of list' (Al Jazeera's 'Recommended Stories' inside the text);
    the index after 'end of list', or None."""
    if index + 1 >= len(paragraphs) or not _LIST_COUNT.match(paragraphs[index + 1].strip()):
        return None
    for end in range(index + 2, min(len(paragraphs), index + MAX_BOX_ITEMS + 3)):
        if _LIST_END.match(paragraphs[end].strip()):
            return end + 1
    return None


def _link_box(paragraphs: list[str], index: int, trailer: bool = False) -> int | None:
    """Where a box of links set inside an article ends ('Related', two headlines, and the
    article goes on, or nothing after): the index after its last link; None when `index`
    opens no such box. The trailers' headings ('Read more', `trailer`) end the article (see
    `_TRAILER`) unless the article goes on below their links."""
    heading = _bare_heading(paragraphs[index])
    if not trailer and not _BOX_HEADING.match(heading):
        return None
    end = index + 1
    while end < len(paragraphs) and end - index <= MAX_BOX_ITEMS and _link_like(paragraphs[end]):
        end += 1
    if end == index + 1:
        return None
    if end >= len(paragraphs):  # a closing box: 'Related', its links, and nothing after
        return None if trailer else end
    following = paragraphs[end].strip()
    if not trailer and (
        _is_rights_line(following) or _TRAILER.match(following) or _AUTHOR_BIO.match(following)
    ):
        return end  # 'Related', its links, then the page's rights line or its author's bio
    return end if _is_lede_like(following) else None


_AGENCY_CAPTION = re.compile(
    r"[.!?]\s+(?:AFP|AP|Reuters|Getty Images|EPA|SANA|Xinhua)$"
    # a credit in brackets: '(Str/Xinhua)', '(Credit: Joao Sousa/L'Orient Today)', '(AFP photo)'
    r"|\s\((?:(?i:(?:photo|image|picture)?\s*credit):[^()]{2,60}|[^()]{0,40}/[^()]{2,40}"
    r"|(?:AFP|AP|Reuters|Getty Images|EPA|Xinhua|Anadolu)(?: photo)?"
    r"|[A-Z][\w .&'’-]{1,30}:\s[A-Z][^():]{1,40})\)$"  # '(ABC News: Tom Kelleher)'
    r"|[.!?]\s+(?i:file|archive|staff file) (?i:photo|picture|image)\.?$"  # '… File photo.'
    r"|\w\s\((?i:file|archive|archives|file photo|archive photo)\)$"  # '… in Basra (Archive)'
    # a photographer and the paper after the caption: '… on Friday. Marcus Hale/The Leaf-Chronicle'
    r"|[.!?]\s+[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}\s?/\s?[A-Z][\w .&'’-]{1,40}$"
)


def _agency_captioned(paragraph: str) -> bool:
    """A photo's caption ending in its agency: 'A woman walks past a damaged building. AFP'."""
    paragraph = _as_plain(paragraph)  # '*A rally in Sanaa.* Name / AFP via Getty Images'
    words = count_words(paragraph)
    if words <= MAX_CAPTION_WORDS and _AGENCY_CAPTION.search(paragraph):
        return True
    # a long caption whose credit names a photo agency after a slash: '… (Representational
    # image/REUTERS)', '(Photo: Jane Roe/AFP)'
    return words <= 2 * MAX_CAPTION_WORDS and _SLASHED_AGENCY_CREDIT.search(paragraph) is not None


_SLASHED_AGENCY_CREDIT = re.compile(
    r"\s\([^()]{0,40}/\s?(?:REUTERS|Reuters|AFP|AP|EPA|Getty Images|ANI|PTI|Xinhua|Anadolu)\)$"
)


_LONE_CREDIT = re.compile(
    r"^\[?(?:Getty(?: Images)?|Reuters|AFP|EPA|AP|PA Media|Anadolu(?: Agency)?|Shutterstock"
    r"|Alamy)\]?$"
    # a photographer and the outlet or agency: 'Hadeel Marouf/NPR'; a credit in brackets alone
    r"|^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}\s?/\s?[A-Z][\w .&]{1,25}"
    r"(?:/[A-Z][\w .&]{1,25}){0,3}$"  # 'Name/AP/File', 'Name/AFP/Getty Images/File'
    r"|^\((?i:(?:photo |image )?credit):[^()]{2,80}\)$"
    # a credit in capitals: 'MOD/CROWN COPYRIGHT'
    r"|^[A-Z][A-Z.&'’-]+(?: [A-Z.&'’-]+){0,3}/[A-Z][A-Z.&'’-]+(?: [A-Z.&'’-]+){0,3}$"
)  # '[Getty]' as The New Arab writes it too


MIN_CAPTION_ABOVE_CREDIT_WORDS = 5  # fewer: a byline's role ('Middle East correspondent')


# a photo's credit line: 'Photo: X/dpa', 'Credit...Name for The Times'
CREDIT_LABEL = re.compile(
    r"^(?:photo|photograph|picture|image|foto|bild)\s*:\s|^credit(?:\.{3}|…)\s*\w", re.IGNORECASE
)


def caption_above_credit(kept: list[str]) -> bool:
    """Whether the last line kept, above the article's first sentence, is a photo's caption
    set above its credit ('Buses leave the camp at dawn', then 'Getty Images')."""
    last = kept[-1].strip()
    return (
        first_long_sentence(kept) is None
        and short_caption(last, MAX_CAPTION_WORDS)  # a caption may run to two sentences
        and count_words(last) >= MIN_CAPTION_ABOVE_CREDIT_WORDS
        and not BYLINE.match(last)
        and not last.startswith("#")
    )


# A WordPress print view: 'Posted By Name On 6 November 2012 @ 14:20 In Local News | No
# Comments' over the article, '[1]' after each link in it and 'URLs in this post:' under it.
_PRINT_POSTED = re.compile(
    r"^Posted By (?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3}) On (?P<date>.{6,40}?)"
    r"(?: @ \d{1,2}:\d{2})?(?: In [^|]{1,40})?(?: \| .{1,30})?$"
)
# A print view's list of the links it numbered in the text: WordPress's 'URLs in this post:',
# Drupal's print module's 'Source URL: …' and 'Links'.
_PRINT_LINKS = re.compile(r"^(?:URLs in this post:?|Links:?|Source URL:\s*\S+)$", re.IGNORECASE)
_LINK_MARK = re.compile(r" \[\d{1,2}\](?=[\s.,;:!?)]|$)")
# An exporter's mark where a page's player was: '[video]', '[audio]', '[embedded content]';
# Fox News's feeds write 'video' alone.
_MEDIA_MARK = re.compile(
    r"^\\?\[(?:video|audio|embed|embedded content|media)\\?\]$|^(?:video|audio)$"
    r"|^video\s+\d{1,2}:\d{2}(?::\d{2})?$"  # CNBC's player: 'VIDEO 03:12', then its title
    r"|^\\?\[gambas:\s?\w+(?: \w+)?\\?\]$",  # detik's player: '[Gambas:Video 20detik]'
    re.IGNORECASE,
)
# Newsboat's marks where a page's images were: '[image 1 (link #1)]', '[image 2 (link #3)][2]'.
_IMAGE_MARKS = re.compile(r"^(?:\\?\[image \d+(?: \(link #\d+\))?\\?\](?:\\?\[\d+\\?\])?\s*)+$")
# A video's running time alone on its line: '01:52', '(1:04:09)'.
_RUNNING_TIME = re.compile(r"^\(?\d{1,2}:\d{2}(?::\d{2})?\)?$")


def _captioned_credit(paragraph: str) -> bool:
    """A photo's caption with its credit on the line under it, one block: 'An RAF Reaper at a
    base in the Middle East.' / 'MOD/CROWN COPYRIGHT'."""
    lines = [line.strip() for line in paragraph.strip().split("\n")]
    return (
        len(lines) == 2
        and "/" in lines[1]
        and lone_credit(lines[1])
        and short_caption(lines[0].rstrip("."), MAX_CAPTION_WORDS)
        and count_words(lines[0]) >= MIN_CAPTION_ABOVE_CREDIT_WORDS
    )


def _caption_kept_above(paragraphs: list[str], index: int, kept: list[str]) -> bool:
    """Whether the line kept last is the caption of the photo whose credit is at `index`: above
    the article's first sentence (`caption_above_credit`), or right under the photo."""
    return caption_above_credit(kept) or _under_photo(paragraphs, index, kept)


def _under_photo(paragraphs: list[str], index: int, kept: list[str]) -> bool:
    """Whether the line kept last, above a credit at `index`, is set right under a photo: its
    caption, a sentence or not ('![…](…)', 'Smoke rises over the city.', 'Name/AP/File')."""
    if not kept or index < 2 or paragraphs[index - 1].strip() != kept[-1].strip():
        return False
    photo = paragraphs[index - 2].strip()
    return count_words(kept[-1]) <= MAX_CAPTION_WORDS and bool(
        _IMAGE_FILE.match(photo) or _REMOTE_IMAGE.match(photo)
    )


def lone_credit(paragraph: str) -> bool:
    """A photo's credit alone on its line inside an article ('Getty Images')."""
    return bool(_LONE_CREDIT.match(paragraph.strip()))


_NOT_A_LINK_END = (".", "!", ":", ";", ",", '"', "”")  # a sentence or a label, not a headline


def _link_like(paragraph: str) -> bool:
    """A linked headline in a box: a list item, or a short line not ending a sentence; or a
    list of such items in one block."""
    lines = paragraph.strip().split("\n")
    if len(lines) > 1 and all(_ITEM_MARK.match(line.strip()) for line in lines):
        return all(_link_like(line) for line in lines)
    text = _ITEM_MARK.sub("", paragraph.strip())
    if text != paragraph.strip():
        return count_words(text) <= MAX_BOX_ITEM_WORDS
    return count_words(text) <= MAX_BOX_ITEM_WORDS and not text.endswith(_NOT_A_LINK_END)


def _trailer_list(paragraph: str) -> bool:
    """'Most read' with its list in one block: '1. Iraq squad named …', '2. …'."""
    first, _newline, rest = paragraph.partition("\n")
    items = [line for line in rest.split("\n") if line.strip()]
    return (
        bool(items)
        and _TRAILER.match(first.strip()) is not None
        and all(count_words(line) <= MAX_LIST_ITEM_WORDS for line in items)
    )


def agency_name(name: str) -> str:
    return "Reuters" if name == "REUTERS" else name


def _closing_credit(paragraph: str) -> tuple[str | None, str]:
    """A publisher footer, source credit or agency tag closing the text; the text without it."""
    for pattern, name in _PUBLISHER_FOOTERS:
        if match := pattern.search(paragraph):
            return name or match["name"], paragraph[: match.start()].rstrip()
    if match := _SOURCE_TAG.search(paragraph):
        return match["name"], paragraph[: match.start()].rstrip()
    if match := _AGENCY_TAG.search(paragraph):
        return agency_name(match.group(1)), paragraph[: match.start()].rstrip()
    return None, paragraph


# An outlet's notes about the article rather than the article: its opinion disclaimer, its
# republishing terms, its editions in other languages.
_DISCLAIMER = re.compile(
    r"^(?:the )?(?:opinions|views) expressed (?:in this (?:article|piece|column|commentary"
    r"|analysis|paper|report|brief)|here)\b"
    # a licence line: 'This work is licensed under a Creative Commons Attribution 4.0 …'
    r"|\bcreative commons attribution\b[\w .-]{0,60}\blicen[cs]e\b"
    # UNHCR's line over its briefing notes: 'This is a summary of what was said by …'
    r"|^this is a summary of what was said by\b"
    r"|^the (?:opinions|views) expressed are (?:their|his|her|the authors?['’]s?) own\b"
    r"|\brepublish(?:ing)? this (?:content|article|story)\b|\brepublication is permitted\b"
    r"|^this (?:article|story|report) is (?:also )?available in [A-Z]?[a-z]+\b"
    r"|\btranscripts? (?:is|are|was|were) (?:produced|prepared|created|generated)\b"
    r"|\bmay be republished\b"
    # an outlet's notes: 'The views expressed in the opinion pieces on X do not necessarily
    # reflect the views of X.', 'The comments below have not been moderated.', a cookie notice,
    # a wire's teaser notice ('Only a part of the news offered to subscribers … is published')
    r"|^the (?:opinions|views) expressed\b.{0,80}\bdo not necessarily (?:reflect|represent)\b"
    r"|^the comments below have not been moderated\b|^we use cookies\b"
    r"|^this (?:web)?site uses cookies\b"
    # German broadcasters' note on their other programmes: 'Über dieses Thema berichtete
    # Deutschlandfunk am 14. Juli 2023 um 08:00 Uhr.'
    r"|^über dieses thema (?:berichtete|berichteten|hat)\b"
    # the Express Tribune's line under its stories
    r"|^like [\w .&'’-]{2,40} on facebook, follow @\w{2,30} on (?:twitter|x)\b"
    # a comment form's closed door: 'You must be logged in to post a comment.', 'Comments are
    # closed.', DataLife Engine's 'Посетители из группы Гости не могут оставлять комментарии …'
    r"|^you must be (?:logged|signed) in to (?:post|leave|write) a comment\b"
    r"|^comments (?:are|have been) closed\b|^kommentare sind geschlossen\b"
    r"|^посетители,? (?:из группы|находящиеся в группе) гости,? не могут оставлять комментари"
    r"|^only (?:a part|a portion|part) of the news\b.{0,80}\bis published on this website\b"
    r"|\bwe have a small favou?r to ask\b|^our privacy (?:notice|policy) explains\b"
    r"|^we['’]re (?:really )?pleased that you['’]ve read\b"
    r"|\bsubscribe (?:now )?for (?:full|unlimited) access\b"
    r"|\bdelivers independent (?:and [\w-]+ )?coverage\b|\bdelivered every (?:week)?day\b"
    # an agency's photo of its archive: 'FILE - In this March 26, 2020, file photo, …'
    r"|^file\s*[-–—]\s*(?:in )?this\b.{0,80}\bfile photo\b"
    # a release's media note, a syndicated copy's pointer to the original
    r"|^(?:imagery|images|photos?|video|b-roll|footage)(?: and (?:video|imagery|photos))?"
    r" (?:is|are) available (?:at|here|from|on)\b|^read the original article on\b"
    # a magazine's print note, an affiliate's note, a tip line
    r"|^this (?:article|story|piece) (?:also )?appears in (?:the|our) .{0,60}"
    r"\b(?:print|issue|edition)\b"
    r"|\bmay earn (?:a )?(?:small )?(?:commission|affiliate)|\bsecurely on signal\b"
    r"|^this (?:article|story|report|piece) (?:is|was) (?:taken|translated|adapted) from\b"
    r"|^this (?:article|story|report) is based on (?:a report|an article|reporting) (?:by|from|in)"
    r"\b",
    re.IGNORECASE,
)
MAX_DISCLAIMER_WORDS = 60
# A translation service's note above or below the text it translated: 'Translated from: Kurdish
# (Central)  Show original', 'This page has been translated from Arabic by Google Translate'.
_TRANSLATION_NOTE = re.compile(
    r"^(?:this (?:page|article|text|story) (?:has been|was|is) )?(?:automatically |machine[- ])?"
    r"translated(?: automatically)?(?: by [\w ]{2,30}?)?(?:\s*[:·|]\s*|\s+)(?:from|into|original)\b"
    r"|\brate this translation\b|\bby google translate\b"
    # 'Translated with DeepL.com (free version)'
    r"|^translated with (?:www\.)?(?:deepl(?:\.com)?|google translate)\b"
    r"|^this (?:article|story) is a translation of\b"  # '… of a French original published on …'
    # 'This report was originally published in Arabic and translated …', 'The original Arabic
    # version of this article was published on 19 June.'
    r"|^this (?:article|report|story|text|piece) was (?:originally|first) (?:written|published)"
    r" in (?-i:[A-Z])\w+\b|^the original (?-i:[A-Z])\w+ version of this (?:article|report|story"
    r"|text|piece) (?:was|is|can be)\b"
    # a desk's note in brackets: '[Translated from Arabic]', '(Transcribed and translated …)'
    r"|^(?:\[(?:[\w'’ ]{0,20}\s)?(?:translat\w*|transcribed)\b[^\]\n]{0,100}\]"
    r"|\((?:[\w'’ ]{0,20}\s)?(?:translat\w*|transcribed)\b[^\n]{0,100}\))\.?$",
    re.IGNORECASE,
)
MAX_TRANSLATION_NOTE_WORDS = 20


def is_translation_note(line: str) -> bool:
    """A note that the text is a translation: '[Translated from Arabic]', 'Translated with
    DeepL.com (free version)'."""
    return count_words(line) <= MAX_TRANSLATION_NOTE_WORDS and bool(_TRANSLATION_NOTE.search(line))


# A newsletter's top, pasted with its story: 'View in browser', 'Good morning. Today: …'.
_NEWSLETTER_TOP = re.compile(
    r"^(?:view (?:this (?:e-?mail|newsletter|issue|post) )?(?:in (?:your |a )?browser|online"
    r"|as (?:a )?web ?page|on the web(?: at)?)|read online|open in (?:your )?browser"
    r"|good (?:morning|afternoon|evening)(?:[.,!]| and welcome)\s.*)$",  # '… and welcome to X'
    re.IGNORECASE,
)
MAX_GREETING_WORDS = 40
# A wire terminal's story slug above it ('IRAQ-SECURITY/ATTACK (UPDATE 1)'), and its reporter's
# contact line below ('((name@agency.com; +964 750 555 0142))').
_SLUG_LINE = re.compile(
    r"^[A-Z0-9]{2,}(?:[-/][A-Z0-9]{2,})+(?:\s+\((?:UPDATE|REFILE|CORRECTED|RPT)(?:\s+\d+)?\))?$"
    # AFP's terminal: its header and keywords ('AFP  EN  06/04/2026 14:22 GMT  URGENT ----',
    # 'Niger-unrest-jihadism,FOCUS'); AP's: its slug and editors' note ('BC-EU--France-Prison
    # Attack, 2nd Ld-Writethru', 'Eds: UPDATES with …')
    r"|^AFP\s+[A-Z]{2}\s+(?:\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d\d-\d\d)\s+\d{1,2}:\d{2}\s+GMT\b.*$"
    r"|^[A-Z][\w]+(?:-[\w]+)+,(?:\d?(?:ST|ND|RD|TH)?[A-Z]{3,})(?:,\d?(?:ST|ND|RD|TH)?[A-Z]{3,})*$"
    r"|^[A-Z][a-z]+(?:-[a-z]+){2,}$"  # AFP's keywords without a tag: 'Iraq-jihadists-attack'
    r"|^BC-[A-Z]{2,4}-.{3,80}$|^Eds?:\s+[A-Z].{3,200}$"
)
# A reporter's address under the story: 'Contact IndyStar reporter X at 317-… or x@indystar.com',
# 'Reach X at x@tennessean.com', 'Business reporter X can be reached at x@buffnews.com'.
_REPORTER_CONTACT = re.compile(
    r"^(?:contact|reach|e-?mail)\b.{0,80}?[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b(?:can|may) be reached (?:at|by)\b.{0,60}?[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    re.IGNORECASE,
)
MAX_CONTACT_WORDS = 40
MAX_LONG_ROW_WORDS = 40
_CONTACT_LINE = re.compile(r"^\(\([^()]*@[^()]*\)\)$")
# A wire desk's sign-off closing a story: 'bur-lk/ser', 'mm/ami/dv'.
_DESK_SIGNOFF = re.compile(
    r"^[a-z]{2,4}(?:-[a-z]{2,4})?(?:/[a-z]{2,4}){1,3}$"
    r"|^(?-i:[A-Z]{1,2}(?:[/.][A-Z]{1,2}){1,3})$"  # ANHA's 'H/A', 'H.A'
    # SANA's 'R.Kh / M.S', 'R.J/ Kh.M'
    r"|^(?-i:[A-Z][a-z]?\.\s?[A-Z][a-z]?)(?:\s*/\s*(?-i:[A-Z][a-z]?\.\s?[A-Z][a-z]?)){1,3}$"
    r"|^(?-i:[A-Z][a-z]?\.\s?[A-Z][a-z]?)\s*/\s*(?-i:[A-Z][a-z]{2,12})$"  # 'R.H / Hazem'
    # DW's editors' initials and the wires it drew on: 'kb/ab (dpa, Reuters)'
    r"|^[a-z]{2,4}(?:/[a-z]{2,4}){1,3}\s*\((?:[\w-]+(?:,\s*)?){1,4}\)$"
    r"|^(?-i:[—–]\s?[A-Z][a-z]{1,15})$"  # a post's sign-off: '— Yasmin'
    # detik's and Kompas's editors: '(nvl/imk)' (not a wire's: '(dpa/afp)' is a credit)
    r"|^\((?!(?:dpa|afp|ap|rtr|kna|epd|sda|ats|ansa|efe|apa)\b)[a-z]{2,4}(?:/[a-z]{2,4}){1,3}\)$"
    # a desk's initials and its outlet: '—KBK, GMA News'
    r"|^(?-i:[—–]\s?[A-Z]{2,4}(?:/[A-Z]{2,4})?,\s+[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3})$"
    r"|^انتهای پیام$"  # ISNA's 'end of message'
)
# A list item's marker ('- Printer-friendly version'), a layout table's one cell ('| Visits:
# 1,204 |'): the noise rules read what they hold.
_ITEM_MARK = re.compile(r"^\\?[-*+•]\s+")
_LONE_PUBLISHED_LABEL = re.compile(
    r"^(?:published|posted|updated|last updated|first published)\s*:?$", re.IGNORECASE
)
# A one-line heading's or quotation's marks ('## Support …', '> Sign up to …'): a box's line
# set as either is read as its words.
_LINE_MARKS = re.compile(r"^(?:#{1,6}|>)\s+(?=[^\n]*$)")
_ONE_CELL = re.compile(r"^\|\s*(?P<cell>.*?)\s*\|$")


# A channel post's counters: '👍 412  🔥 96  👏 51', '👁 18.2K  edited 14:05', '❤ 1.2K · 💬 87'.
_COUNTER_TOKEN = re.compile(
    r"^(?:\d[\d.,]*[KkMm]?|edited|views?|\d{1,2}:\d\d|[^\w\s]+)$", re.IGNORECASE
)
# A channel's invitation: 'Join us 👉 t.me/IraqSecurityWatch', 'Subscribe: https://t.me/x'.
_CHANNEL_LINK = re.compile(
    r"(?:^|[\s/])(?:t\.me|telegram\.me|chat\.whatsapp\.com)/\S+"
    r"|^(?:subscribe|join|follow)(?: us)?\s*:?\s*@\w+\W*$"  # 'Subscribe: @KhorasanMonitor'
    r"|^\W*join (?:our|the) (?:channel|group|community)\b"
    r"|^forwarded(?: as received| many times)?$",  # a messaging app's marks
    re.I,
)
MAX_CHANNEL_LINK_WORDS = 8


# An exporter's own words about the item: 'Saved from Feedly', 'Open original'.
_EXPORTER_MARK = re.compile(
    r"^(?:(?:saved|clipped|shared|sent|imported|bookmarked|exported|piped) (?:from|by|with|via|to)"
    r" \S.{0,50}"
    r"|open original|(?:view|read) original|open in \w{2,20})$",
    re.IGNORECASE,
)
MAX_EXPORTER_NOTE_WORDS = 30
MAX_NOTE_NAME_WORDS = 6


def _exporter_note(line: str) -> bool:
    """An exporter's line over the item, its parts set apart by dots or bars: 'Saved from
    Feedly · The Telegraph - News · Mon, 11 Jan 2027 07:30:00 GMT · Open original'. Each part
    is the exporter's mark, a date or a short name (the feed's), one at least a mark."""
    parts = [part.strip() for part in re.split(r"\s+[·•|]\s+", line.strip())]
    if len(parts) < 2 or count_words(line) > MAX_EXPORTER_NOTE_WORDS:
        return False
    if not any(_EXPORTER_MARK.match(part) for part in parts):
        return False
    return all(
        _EXPORTER_MARK.match(part)
        or is_published_line(part)
        or (count_words(part) <= MAX_NOTE_NAME_WORDS and not part.endswith((".", "?", "!")))
        for part in parts
    )


def _is_counter_line(line: str) -> bool:
    tokens = line.split()
    return (
        any(any(ch.isdigit() for ch in token) for token in tokens)
        and any(not any(ch.isalnum() for ch in token) for token in tokens)
        and all(_COUNTER_TOKEN.match(token) for token in tokens)
    )


MIN_BEGUN_WORDS = 60  # of sentences above a trailer: more than a standfirst


_HIGHLIGHTS = re.compile(r"^(?:my )?(?:highlights|notes|annotations)\s*:?$", re.IGNORECASE)


def _read_later_highlights(paragraphs: list[str], index: int) -> bool:
    """A read-later app's 'Highlights' under the article: the passages its reader marked,
    quoted again, and the app's links ('[Open in Matter](…) · [Original](…)'), nothing else."""
    if not _HIGHLIGHTS.match(_bare_heading(paragraphs[index])):
        return False
    after = [rest.strip() for rest in paragraphs[index + 1 :] if rest.strip()]
    return bool(after) and all(
        rest.startswith(">") or _noise_rule(rest, index) == "button" for rest in after
    )


def _article_begun(kept: list[str], after: list[str]) -> bool:
    """Whether the article has begun above a trailer's line ('Comments', 'Related'): sentences
    above it, more than a standfirst's or more than the sentences below. A page's toolbar
    ('Share', 'Comment', 'Save') under a standfirst is no end of the article."""
    said = sum(count_words(paragraph) for paragraph in kept if _is_sentence(paragraph))
    if not said:
        return False
    return said >= MIN_BEGUN_WORDS or said >= sum(
        count_words(paragraph) for paragraph in after if _is_sentence(paragraph)
    )


_META_LABEL = re.compile(r"^(?:tags?|categor(?:y|ies)|filed under|topics?|url|permalink)\s*:", re.I)


def _post_meta(paragraph: str) -> list[str] | None:
    """A blog post's line of facts under its text, as its e-mail notice has it ('Amira Kassem
    | June 11, 2026 at 3:40 pm | Tags: ISIS, SDF | Categories: Middle East | URL: …'): the
    parts that date it, or None when the line is no such row."""
    parts = [part.strip() for part in paragraph.replace("\n", " ").split(" | ")]
    if len(parts) < 3 or not any(_META_LABEL.match(part) for part in parts):
        return None
    dated = [part for part in parts if is_published_line(part) or _date_line(part)]
    return dated if dated else None


_READ_TIME_LINK = re.compile(
    r"^\[[^\]]{5,200}\]\([^)\s]+\)\s*(?:[·•|—–-]\s*)?\d{1,2} min(?:ute)?s? read$", re.IGNORECASE
)
_ROLE_WORDS = r"(?:Correspondent|Editor|Reporter|Writer|Columnist|Analyst)"
_ROLE_BYLINE = re.compile(
    r"^(?:(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}),\s+)?"
    rf"(?:(?:(?:[A-Z][\w&-]*|and|of) ){{0,4}}{_ROLE_WORDS}(?: in (?:[A-Z][\w'’-]+ ?){{1,3}})?"
    r"|in (?:[A-Z][\w'’-]+ ?){1,3})$"
)
_CAPTION_TOGGLE = re.compile(r"^(?:toggle|hide|show) caption$", re.IGNORECASE)
# A photo's credit on its own line: 'Imogen Trask/AP', 'Rolf Venn/picture alliance via Getty
# Images', 'Dean Lewins-Tarrant/AAP'.
_SLASH_CREDIT = re.compile(r"^[A-Z][\w.'’ -]{1,50}/[\w .'’&-]{2,40}$")
# A video's title and length under its player's button: 'Inside the Roj camp in Syria 04:12'.
_VIDEO_TITLE = re.compile(r"^[^.!?\n]{5,110}\s\d{1,2}:\d{2}$")


_TRAIL_STEP = re.compile(r"\s+[/>›»]\s+")
MAX_TRAIL_STEP_WORDS = 4


def trail_to(paragraph: str, following: str) -> bool:
    """A breadcrumb trail ending in the headline under it: 'News / City News / Delhi News /
    Tihar inmates on hunger strike …' over 'Tihar inmates on hunger strike …'."""
    steps = _TRAIL_STEP.split(paragraph.strip())
    return (
        len(steps) >= 3
        and comparison_key(steps[-1]) == comparison_key(following)
        and all(0 < len(step.split()) <= MAX_TRAIL_STEP_WORDS for step in steps[:-1])
    )


# A link's address after its text in a plain-text e-mail: '<https://…>', '(https://…)', ': https://…'.
_TRAILING_LINK = re.compile(
    r"(?:\s*[:»›]?\s*)(?:\\?<\s*https?://[^\s>]+\s*>|\(\s*https?://[^\s)]+\s*\)|https?://\S+)\s*$"
)


def _noise_rule(paragraph: str, index: int) -> str | None:
    """The noise rule a paragraph is caught by, if any; a short line whose link a plain-text
    e-mail spells after it ('Read more on Rudaw.net (https://…)', 'Read on X <…>') is tried
    again without the link."""
    rule = _noise_rule_of(paragraph, index)
    if rule is None and "://" in paragraph:
        pointer = _TRAILING_LINK.sub("", paragraph)
        if pointer != paragraph and 2 <= count_words(pointer) <= MAX_POINTER_WORDS:
            rule = _noise_rule_of(pointer, index)
    return rule


def _noise_rule_of(paragraph: str, index: int) -> str | None:
    if (
        "\n" not in paragraph
        and (cell := _ONE_CELL.match(paragraph))
        and "|" not in cell["cell"].replace("\\|", "")
    ):
        paragraph = cell["cell"].replace("\\|", "|")
    paragraph = _LINE_MARKS.sub("", _ITEM_MARK.sub("", paragraph))
    probe = _as_plain(paragraph)
    # each measured once: the rules below are tried in turn on every paragraph of every input
    line, bare, words = probe.strip(), paragraph.strip(), count_words(probe)
    if words <= MAX_POINTER_WORDS:
        if _SHARE_LINE.match(probe):
            return "share"
        if _TAGS_LINE.match(probe) or _HASHTAG_LINE.match(line):
            return "tags"
        if _HANDLE_LINE.match(line):
            return "handle"
        if _POINTER_LINE.search(probe):
            return "pointer"
        if _READ_TIME_LINK.match(bare):
            return "related"  # '[Headline](…) 3 MIN READ': another story, with its length
    if is_translation_note(probe):
        return "translation-note"
    if _is_counter_line(probe):
        return "counters"
    if AGO_LINE.match(line) or _CLOCK_LINE.match(line):
        return "age"  # '2 hours ago'; a chat message's time under it, '21:37'
    if _KEY_EVENT.match(bare):
        return "key-events"
    if len(probe.split()) <= MAX_CHANNEL_LINK_WORDS and _CHANNEL_LINK.search(probe):
        return "channel-link"
    if _PASTE_SITE.match(probe):
        return "paste-site"
    if words <= MAX_DISCLAIMER_WORDS and _DISCLAIMER.search(probe):
        return "disclaimer"
    if _DESK_SIGNOFF.match(probe):
        return "desk-signoff"
    if _SLUG_LINE.match(line) or _CONTACT_LINE.match(line):
        return "wire-slug"
    if words <= MAX_CONTACT_WORDS and _REPORTER_CONTACT.search(line):
        return "contact"  # 'Reach Jared Holloway at jholloway@tennessean.com and on Twitter …'
    if words <= MAX_GREETING_WORDS and _NEWSLETTER_TOP.match(line):
        return "newsletter-top"
    if _AD_LINE.match(probe):
        return "ad"
    if _PRINTED_ON.match(line):
        return "printed-on"
    if _UPDATED_AT.match(line):
        return "age"  # 'Last updated 11:24 AST': a live page's clock, no date
    if _IMAGE_FILE.match(paragraph) or _REMOTE_IMAGE.match(bare) or _IMAGE_LINKS.match(bare):
        return "image-file"  # a page's photo: hot-linked from its host, it is not the text
    # a row of buttons; set apart by bars it may be longer: 'Share this via Facebook | … | Print'
    row_words = MAX_LONG_ROW_WORDS if " | " in probe else MAX_ROW_WORDS
    if _BUTTONS.match(probe) or (words <= row_words and _BUTTON_ROW.match(probe)):
        return "button"
    if _exporter_note(probe):
        return "exporter-note"
    if words <= MAX_CAPTION_WORDS and CAPTION.search(probe):
        return "caption"
    if words <= MAX_PLUG_WORDS and (
        _PLUG.search(probe) or (_PLUG_CALL.search(probe) and _PLUG_OFFER.search(probe))
    ):
        return "plug"
    if _COURTESY.match(line):
        return "credit"
    if _MEDIA_MARK.match(bare):
        return "media-mark"
    if words <= MAX_APPEAL_WORDS and _APPEAL.match(line):
        return "plug"
    if words <= MAX_APPEAL_WORDS and _LABELLED_AD.match(line):
        return "ad"
    if words <= MAX_POINTER_WORDS and _BREADCRUMB.match(probe):
        return "breadcrumb"
    if (signed := _SIGNED_WITH_AGENCIES.match(line)) and known_name(
        signed["name"]
    ) is None:  # DW's 'Nina Brandt (with dpa, AFP)' under the text; an outlet's name with
        return "signoff"  # its agencies is its credit, read elsewhere
    if words <= MAX_CAPTION_WORDS * 2 and _DATED_CAPTION.search(line):
        return "caption"  # '… in Odesa, Ukraine, Sunday, Dec. 6, 2026. (Emergency Service via AP)'
    if _KOREAN_BYLINE.match(line):
        return "byline"  # '박세린 기자 serin@hani.co.kr': the reporter and address
    if words <= MAX_CAPTION_WORDS and _KOREAN_CAPTION.search(line):
        return "caption"  # '… 아파트 단지 모습. 한겨레 자료사진' (a file photo), '사진=연합뉴스'
    if _BRACKETED_LABEL.match(line):
        return "credit"  # Xinhua's '[Editor: huaxia]' under its text
    if _WIRE_UPDATE_NOTE.match(line):
        return "update-note"  # a wire's '(Adds ministry statement, details on the wounded)'
    if words <= MAX_APPEAL_WORDS and _FEED_LABEL.match(line):
        return "feed-label"  # an exporter's 'Feed: World News | Sky News · bookmarked with …'
    if _FURNITURE_HEADING.match(probe.rstrip(" :")):
        return "furniture-heading"
    if _BADGE.match(line):
        return "badge"
    if (plea := _SUPPORT_OUTLET.match(line)) and known_name(plea["name"]):
        return "plug"  # 'Support the Guardian', '… from as little as $1'
    if not any(ch.isalnum() for ch in paragraph):
        return "no-words"
    return None


MIN_CAPITALS_HEADLINE_WORDS = 6  # fewer: a subheading in capitals ('THE ROAD AHEAD')


def _related_in_capitals(line: str) -> bool:
    """Another story's headline set in capitals inside the text, as Fox News sets its links: a
    headline's length, every letter a capital, no sentence's end."""
    letters = [ch for ch in line if ch.isalpha()]
    return (
        count_words(line) >= MIN_CAPITALS_HEADLINE_WORDS
        and len(letters) >= 20
        and all(ch.isupper() for ch in letters)
        and not line.rstrip().endswith((".", ":", ";"))
        and "\n" not in line
    )


_SUPPORT_OUTLET = re.compile(r"^support (?P<name>.{2,40}?)(?: from as little as\b.*)?$", re.I)


# A page's label for its paid or special stories, alone on its line: 'Independent Premium',
# 'Subscriber exclusive', 'Members only'.
_BADGE = re.compile(
    r"^(?:[A-Z][\w'’]+ )?(?:premium|subscriber exclusive|subscribers? only|members? only"
    r"|exclusive to subscribers)$",
    re.IGNORECASE,
)


def _is_rights_line(paragraph: str) -> bool:
    return count_words(paragraph) <= 25 and bool(
        _RIGHTS.search(paragraph)
        or "rights reserved" in paragraph.lower()
        or _FOREIGN_RIGHTS.search(paragraph)
    )


def is_paywall_line(paragraph: str) -> bool:
    """A paywall's notice ('This article is for subscribers only', 'La suite est réservée aux
    abonnés'): where the text a saved page holds ends."""
    return count_words(paragraph) <= MAX_PAYWALL_WORDS and bool(_PAYWALL.search(paragraph))


def rights_holder_of(line: str) -> str | None:
    """The name a short rights line gives ('© 2027 The Example Sentinel. All rights reserved.')."""
    return _rights_holder(line) if _is_rights_line(line) else None


def _rights_holder(paragraph: str) -> str | None:
    parts = re.split(r"\s+[|·•]\s+", paragraph.strip())
    if len(parts) > 1:  # 'Subscribe to the weekly | Contact us | © Levant Insight Institute'
        return next(filter(None, map(_rights_holder, parts)), None)
    mark = paragraph.find("©")
    if mark > 0 and SENTENCE_END.search(paragraph[:mark].rstrip()) and _RESERVED.search(paragraph):
        # 'Deadline is a part of Penske Media. © 2026 Deadline Hollywood, LLC. All Rights
        # Reserved.' (a photo's caption and its credit, '… 2026. © Name', reserve nothing)
        paragraph = paragraph[mark:]
    if not (_RIGHTS.search(paragraph) or "rights reserved" in paragraph.lower()):
        return None  # a notice in another language: its words, not a name, follow the mark
    # the mark after the notice, or the name before both: 'All rights reserved © Baghdad
    # Today', 'Shafaq News Agency © All rights reserved'
    paragraph = _RESERVED_FIRST.sub("", paragraph.strip())
    if match := _RIGHTS_HOLDER_TO.search(paragraph) or _RIGHTS_HOLDER_MARK.match(paragraph):
        named = match.group(1)
    elif match := _NAME_BEFORE_NOTICE.match(paragraph):
        named = match["name"]
    else:
        return None
    # the name, not the sentences after it ('Cable News Network. A ... Company.')
    holder = _SENTENCE_AFTER_NAME.split(named)[0].strip(" .,")
    holder = re.sub(r"[.,]?\s*all rights reserved\.?$", "", holder, flags=re.I).strip(" .,©-–—")
    # '… reserved to North Press Agency 2026', '… to Baghdad Today news agency © 2026'
    holder = re.sub(r"(?:\s*(?:©|\(c\)))?\s+(?:19|20)\d{2}$", "", holder).strip(" ©")
    # '© Copyright 2026 Military.com', 'All rights reserved © Copyright ANSA'
    # … and a span of years after it: '© Copyright 2001-2010 Newsquest Media Group'
    holder = re.sub(
        r"^copyright\b\s*(?:(?:19|20)\d{2}\b(?:\s*[-–]\s*(?:19|20)\d{2}\b)?)?",
        "",
        holder,
        flags=re.I,
    ).strip(" ©,")
    if re.search(r"\d", holder):  # 'dpa-infocom, dpa:240317-99-123456/2': a name, then a code
        holder = re.split(r",\s*", holder)[0].strip(" .,")
    holder = re.sub(r"\s+or its affiliated companies$", "", holder, flags=re.I)  # the Guardian's
    # a partnership's or an Irish company's form after the outlet's own name: 'Bloomberg L.P.',
    # 'The Irish Times DAC' (an 'Inc.' or 'Ltd' is left: it may name an owner, not the outlet)
    holder = re.sub(r",?\s+(?:L\.\s?P|LP|LLP|DAC)\.?$", "", holder)
    if not holder or holder.lower().startswith(("all rights", "all publishing", "crown copyright")):
        return None  # … and the UK government's '© Crown copyright', which names no one
    if len(holder.split()) > MAX_HOLDER_WORDS:  # 'in.gr - ΔΟΛ Digital Α.Ε. Με την επιφύλαξη
        # παντός δικαιώματος': the name, then its owner and a notice in another language
        first = holder.split(" - ", 1)[0]
        if first == holder or len(first.split()) > MAX_HOLDER_WORDS:
            return None
        holder = first
    return unquoted_name(holder)


MAX_HOLDER_WORDS = 7  # a rights holder's name; more is a sentence


# Where a rights line's name ends and its sentences begin: 'Cable News Network. A Warner …',
# 'ИА «Восток-Информ». При перепечатке …' (a name's own 'U.S.' or 'Inc.' does not end it).
_SENTENCE_AFTER_NAME = re.compile(r"(?:(?<=[^\W\d_]{2})|(?<=[»”\"’)]))\.\s+(?=[^\W\d_])")
_RESERVED = re.compile(r"\brights reserved\b", re.IGNORECASE)
_RESERVED_FIRST = re.compile(r"^all rights reserved\.?\s*(?=©|\(c\)|copyright)", re.IGNORECASE)
_NAME_BEFORE_NOTICE = re.compile(
    r"^(?P<name>[A-Z][^©]{1,60}?)\s*©?\s*all rights reserved\.?$", re.IGNORECASE
)


def _credit_parts(paragraph: str, byline_allowed: bool) -> list[str]:
    """Credit lines ('Editing by X', '(Reporting by X; Writing by Y)', a 'By X' byline)."""
    inner = paragraph.strip()
    if "](" in inner and inner.lower().startswith("by "):
        inner = markdown_to_plain(inner).strip()  # 'by [X](…/authors/x) October 20, 2026'
    if inner.startswith("(") and inner.endswith(")"):
        inner = inner[1:-1].strip()
    if count_words(inner) > 40:
        return []
    parts = [
        part.strip().rstrip(".").strip() for part in re.split(r"\s*;\s*", inner) if part.strip()
    ]
    matches = [_CREDIT_PART.match(part) for part in parts]
    if parts and all(
        m and (_looks_like_names(m["names"]) or _NEWSROOM.match(m["names"])) for m in matches
    ):
        return parts
    if slashed := _OUTLET_SLASH_BYLINE.match(inner):  # "L'Orient Today / By X, 12 June …"
        inner = slashed["byline"]
    byline = BYLINE.match(inner)
    if byline_allowed and byline:
        names = _AFTER_NAMES.split(byline["names"])[0]
        if _looks_like_names(names, max_words=8):
            return [inner]
    return []


_STORY_BY = re.compile(r"^(?:story|words) by\s+", re.IGNORECASE)  # MSN's 'Story by X'
# A wire's desk in a credit: 'Reporting by the Baghdad newsroom', 'by Reuters Cairo bureau'.
_NEWSROOM = re.compile(r"^(?:the )?(?:[A-Z][\w'’-]* ){1,3}(?:newsroom|bureau|desk)$")


# Where a byline's names end: 'By X · Madrid · 5 March', 'By X - Nov 17,2026 - Last updated
# at …', 'By X On 01/28/2026', 'By X, 12 June 2026'.
_AFTER_NAMES = re.compile(
    r"\s*\((?:with|and)\s+[^()]{2,30}\)$"  # 'By The Local (with dpa)'
    r"|\s+[·|•–—-]\s+|\s+on\s+(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)"
    r"|,\s+(?=\d)"
    r"|\s+(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4})",
    re.IGNORECASE,
)  # 'by X October 20, 2026', Al-Monitor's
_OUTLET_SLASH_BYLINE = re.compile(r"^[A-Z][^/]{1,40}?\s+/\s+(?P<byline>[Bb]y\s+\S.*)$")


def _looks_like_names(text: str, max_words: int = 14) -> bool:
    """Capitalised names joined by 'and', commas, 'in <place>': not a sentence."""
    tokens = text.replace(",", " ").split()
    if not tokens or len(tokens) > max_words or not any(t[:1].isupper() for t in tokens):
        return False
    if not (tokens[0][:1].isupper() or tokens[0].lower() in _NAME_JOINERS):
        return False  # 'national security reporter Hamish Corrigan' opens with the beat
    for token in tokens:
        bare = token.strip("()'’.")
        if not bare or bare in _NAME_SEPARATORS:
            continue
        if bare[:1].isupper() or bare.lower() in _NAME_JOINERS or bare.startswith(("al-", "el-")):
            continue
        return False
    return True


def is_headline(paragraph: str) -> bool:
    """Short, and not a finished sentence: what a headline looks like."""
    core = paragraph.rstrip(_CLOSERS)
    return (
        count_words(paragraph) <= MAX_HEADLINE_WORDS
        and len(paragraph) <= MAX_HEADLINE_CHARS
        and (not core.endswith((".", ":", ";", ",")) or _title_case_sentences(core))
        and not paragraph[:1].islower()
        and not opens_with_pictograph(paragraph)
    )


def _title_case_sentences(line: str) -> bool:
    """A headline written as sentences in title case: 'The Camps Are Shrinking. The Problem
    They Hold Is Not.' (every word of four letters or more capitalised; prose never is)."""
    if not line.endswith(".") or line.endswith(".."):
        return False
    long_words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if len(w) >= 4]
    return len(long_words) >= 3 and all(w[0].isupper() for w in long_words)


def opens_with_pictograph(text: str) -> bool:
    """A line opened by an emoji or a like sign ('🔴 Army units …'): a channel post's line,
    never a news headline."""
    first = text.lstrip()[:1]
    return bool(first) and ord(first) >= 0x2190 and unicodedata.category(first) == "So"


def is_subheading(paragraph: str) -> bool:
    """A short line with no closing punctuation other than a colon, not a quotation."""
    core = paragraph.rstrip(":")
    return (
        2 <= count_words(core) <= 12
        and len(core) <= 90
        and core[:1].isupper()
        and paragraph[:1] not in _QUOTE_OPENERS
        and not core.endswith((".", "?", "!", ";", ",", *_CLOSERS))
    )


def trim_sentence(sentence: str) -> str:
    """A sentence made into a title: no full stop, the main clause when it is too long."""
    text = sentence.strip().rstrip(".").strip()
    if len(text) > MAX_CLAUSE_TITLE_CHARS and _SUBORDINATE.match(text) and ", " in text:
        main = text.split(", ", 1)[1].strip()
        if count_words(main) >= 4:
            text = main[:1].upper() + main[1:]
    if len(text) > MAX_TITLE_CHARS:
        cut = text[:MAX_TITLE_CHARS].rsplit(" ", 1)[0].rstrip(",;:–—- ")
        text = f"{cut}…"
    return text


# A line that leads into what follows it, not a heading over it: 'A Ministry of Defence
# spokesperson said:', 'Patients are being advised to:', 'The measures include:'.
_LEAD_IN = re.compile(
    r"\b(?:said|says|say|added|adds|told \w+(?: \w+)?|stated|states|explained|warned|wrote|writes"
    r"|read|reads|noted|continued|announced|declared|replied|asked|follows|following|below"
    r"|include|includes|including|are|is|were|was|to|be|by|as|the|a|an|and|or|of|with)\s*:$"
)


def mark_subheadings(paragraphs: list[str]) -> tuple[Block, ...]:
    """Short lines before a longer paragraph become headings, in articles of long paragraphs."""
    if not paragraphs:
        return ()
    long_ones = sum(1 for p in paragraphs if count_words(p) >= 20)
    prose = long_ones >= 0.5 * len(paragraphs)
    blocks = []
    for index, paragraph in enumerate(paragraphs):
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else ""
        heading = (
            prose
            and is_subheading(paragraph)
            and count_words(following) > count_words(paragraph) + 5
            and not _LEAD_IN.search(paragraph)
        )
        text = paragraph.rstrip(":").strip() if heading else paragraph
        blocks.append(Block(text, heading))
    return tuple(blocks)


def removed_lines(removed: Iterable[str]) -> list[str]:
    """The lines a cleaner took out ('caption: A patrol … (X for The Washington Post)'),
    without the rule that took each."""
    return [line.split(": ", 1)[1] if ": " in line else line for line in removed]


# A transcript's time codes: '[00:00:24] REPORTER (voice-over): …', '[00:01:12]' alone; and its
# running time, 'Duration: 02:41'.
_TIMECODE = re.compile(r"^\[\d{1,2}:\d{2}(?::\d{2})?\]\s*")
_DURATION = re.compile(r"^(?:duration|running time|length)\s*:\s*\d{1,2}:\d{2}(?::\d{2})?$", re.I)


def without_timecodes(paragraphs: list[str]) -> list[str]:
    """A transcript's paragraphs without their time codes and its duration line."""
    if not any(_TIMECODE.match(paragraph) for paragraph in paragraphs):
        return paragraphs
    kept = (_TIMECODE.sub("", paragraph) for paragraph in paragraphs)
    return [paragraph for paragraph in kept if paragraph.strip() and not _DURATION.match(paragraph)]
