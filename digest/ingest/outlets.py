"""The outlet a pasted report names in its own text, when no metadata says who published it.

Three ways a report gives its publisher without a dateline tag:

- its byline: 'By Rami Haddad, BBC News', 'By Al-Monitor Staff';
- a prefix before its lede, as some Iraqi and Kurdish outlets write: 'Shafaq News/ Two
  shepherds were killed …';
- a closing line that is only the outlet's name ('Rudaw'), read only for an outlet the
  publishers' table knows.

And where only an address names the publisher ('examplenews.com'), the name the text writes
it with ('Example News', 'EXAMPLE NEWS APP') is its name (`name_for_domain`).

Whom a source spoke to ('… told Rudaw') is not read for that: reports quote other outlets'
interviews ('told Asharq Al-Awsat' in an AFP report), and on the labelled FA-KES rows it named
the wrong publisher twice. Only when nothing else names a publisher does a report's mention of
itself (`self_named_outlet`: a photographer's 'for The Washington Post', an author's note, 'seen
by the Guardian', 'told Al-Monitor', never a wire's name) give one, as the last resort.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from digest.ingest.clean import AGENCIES, PERSON_LINE, ROLE_ALONE, WITH_WIRES, looks_like_publisher
from digest.ingest.dates import STAMP_PARTS
from digest.ingest.feed import known_name, known_publisher, known_spelling, publisher_names
from digest.ingest.text import unshouted

_NAME = r"[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3}"
_BYLINE_OUTLET = re.compile(rf"^[Bb]y\s+.+?(?:,|\s[|·•/–—-])\s*(?P<outlet>{_NAME})\s*$")
_STAFF = re.compile(
    rf"^[Bb]y\s+(?:the\s+)?(?P<outlet>{_NAME}?)\s+(?:[Ss]taff|[Ee]ditors|[Dd]esk)\s*$"
)
_LEDE_PREFIX = re.compile(rf"^(?P<outlet>{_NAME})\s*/\s+(?=[A-Z0-9])")


# A site's plea or plug that names it: 'From reproductive rights to …, The Independent is on the
# ground …', 'Middle East Eye delivers independent … coverage', "Subscribe to The Defense
# Post's daily newsletter".
_PLUG_NAME = re.compile(
    r"(?:^|[\s,;:(])(?P<name>(?:The )?[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,3})"
)


def outlet_in_plugs(plugs: Sequence[str]) -> str | None:
    """The known outlet a page's own plug for itself names (the first one, longest name first),
    for a copy that names its site nowhere else."""
    names = publisher_names()
    for plug in plugs:
        for match in _PLUG_NAME.finditer(plug):
            words = re.sub(r"['’]s$", "", match["name"]).split()
            for end in range(len(words), 0, -1):  # 'The Defense Post' before 'The Defense'
                if (known := names.get(" ".join(words[:end]).lower())) is not None:
                    return known
    return None


def outlet_in_text(
    credits: Sequence[str], paragraphs: Sequence[str], stamps: Sequence[str] = ()
) -> tuple[str, str] | None:
    """The outlet the text names as its publisher, and how: 'byline' or 'text'. `stamps`:
    date lines taken out, which may hold the byline ('By X, Outlet | Published …')."""
    parts = [part.strip() for stamp in stamps for part in STAMP_PARTS.split(stamp)]
    for part in parts:  # 'Gulf Security Review | 10 March 2026'
        if not part.lower().startswith("by ") and (
            part.lower() in publisher_names() or looks_like_publisher(part)
        ):
            return publisher_names().get(part.lower(), part), "text"
    bylines = [*credits, *parts]
    for credit in bylines:
        named = re.sub(r"^[Bb][Yy]\s+", "", credit.strip())  # 'By ARAB NEWS': the outlet itself
        named = WITH_WIRES.sub("", named)  # 'FRANCE 24 with AFP': France 24's, AFP's copy in it
        if named != credit.strip() and named.lower() in publisher_names():
            return publisher_names()[named.lower()], "byline"
        for pattern in (_STAFF, _BYLINE_OUTLET):
            if (match := pattern.match(credit.strip())) is not None:
                outlet = match["outlet"].strip()
                if outlet.lower() in publisher_names() or (
                    looks_like_publisher(outlet) and not ROLE_ALONE.match(outlet)
                ):  # 'By X, News Reporter' names a role
                    return publisher_names().get(outlet.lower(), outlet), "byline"
        if named != credit.strip() and (outlet := _known_tail(named)):
            return outlet, "byline"  # 'By Ethan Morrow Fox News', the name and the outlet run on
    if paragraphs and (match := _LEDE_PREFIX.match(paragraphs[0])) is not None:
        outlet = match["outlet"]
        if outlet.lower() in publisher_names() or looks_like_publisher(outlet):
            return publisher_names().get(outlet.lower(), outlet), "text"
    if paragraphs and (named := publisher_names().get(paragraphs[-1].strip(" .").lower())):
        return named, "text"  # a closing line that is only the outlet's name
    return None


def _known_tail(names: str) -> str | None:
    """The known outlet a byline's names end with, after a person's name and no comma ('Ethan
    Morrow Fox News', 'Lina Haddad FRANCE 24')."""
    words = names.split()
    for size in range(min(MAX_NAME_WORDS, len(words) - 2), 0, -1):
        tail = " ".join(words[-size:])
        if named := publisher_names().get(tail.lower()):
            return named
    return None


_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "news"})
_CAPITALISED = re.compile(r"[A-Z][\w&'’.-]*")
MAX_NAME_WORDS = 4


# Words an outlet's name may add to the name its address spells ('Kingsreach News' for
# kingsreach.co.uk, as the publisher table names 'BBC News' for bbc.com).
_OUTLET_WORDS = frozenset((
    "service", "network", "agency", "group", "media", "press", "times", "post", "herald",
    "journal", "monitor", "daily", "wire", "news",
))  # fmt: skip


def domain_label(domain: str) -> str | None:
    """The part of a domain that names its site, letters and digits only: 'lbnnews' for
    www.lbnnews.com, 'meridianworld' for www.meridianworld.co.uk; None for a bare name."""
    labels = domain.lower().split(".")
    if len(labels) < 2:
        return None
    label = labels[-2] if labels[-2] not in _SECOND_LEVEL or len(labels) < 3 else labels[-3]
    return re.sub(r"[^a-z0-9]", "", label)


# A site's address standing as its name: 'Milliyet.com.tr', 'deirezzor24.net', '24.kg'.
SITE_ADDRESS = re.compile(r"^(?:www\.)?[\w-]{2,40}(?:\.[a-z]{2,6}){1,2}$", re.IGNORECASE)


def spells_address(name: str, address: str) -> bool:
    """Whether a name is its site's address written out ('DeirEzzor 24' for deirezzor24.net,
    'Milliyet' for milliyet.com.tr): the same letters and digits as the address's label."""
    label = domain_label(address)
    return bool(label) and re.sub(r"[^a-z0-9]", "", name.lower()) == label


def name_for_domain(domain: str, texts: Sequence[str]) -> str | None:
    """The publisher's name as its text writes it, for a domain ('examplenews.com'): a run of
    capitalised words spelling the domain's name ('Example News', 'CLICK HERE TO GET THE
    EXAMPLE NEWS APP'), with an outlet's word after it ('Meridian World Service'); a name in
    capitals is given in title case ('Example News')."""
    label = domain_label(domain)
    if label is None or len(label) < 3 or label in _OUTLET_WORDS:
        return None  # 'news' of news.com.au: any 'News' in the text would spell it
    for text in texts:
        if label not in re.sub(r"[^a-z0-9]", "", text.lower()):
            continue  # quicker than looking at every word of every text
        found = list(_CAPITALISED.finditer(text))
        words = [match.group() for match in found]
        spans = [match.span() for match in found]
        for start in range(len(words)):
            spelled = ""
            for end in range(start, min(start + MAX_NAME_WORDS, len(words))):
                if end > start and text[spans[end - 1][1] : spans[end][0]].strip():
                    break  # the words must stand next to each other
                spelled += re.sub(r"[^a-z0-9]", "", words[end].lower())
                if not label.startswith(spelled):
                    break
                if spelled == label:
                    nxt = end + 1  # 'Meridian World Service' for meridianworld.co.uk
                    if (
                        nxt < len(words)
                        and not text[spans[end][1] : spans[nxt][0]].strip()
                        and words[nxt].lower() in _OUTLET_WORDS
                    ):
                        end = nxt
                    name = " ".join(words[start : end + 1]).rstrip(".'’-")
                    return unshouted(name) if name.isupper() and " " in name else name
    return None


# Where a report names its own publisher: a photographer working for it ('(Jordan Keller for
# The Washington Post)', 'Credit...X for The New York Times'), its author's note ('is a
# reporter for Military Times'), a source speaking to it ('told Al-Monitor', 'seen by the
# Guardian'), its own work ('FDD's Long War Journal has tracked'), its own links ('More from
# the BBC'). Strongest first.
_NAMED = r"(?P<outlet>(?:[Tt]he )?[A-Z][\w'’.&-]*(?:(?: (?:of|and|for))? [A-Z][\w'’.&-]*){0,4})"
_WIRE = re.compile(rf"{AGENCIES}|Associated Press|Agence France-Presse")


def is_wire(name: str) -> bool:
    """Whether a name is a news agency's, whose copy every outlet carries ('Reuters', 'AP')."""
    return _WIRE.fullmatch(name.strip()) is not None


def outlet_of_address(name: str, url: str | None, initials: bool = True) -> str | None:
    """The known publisher of the article's address where its metadata names another: a sister
    title's name on a group's shared template ('Army Times' on militarytimes.com), or (with
    `initials`) the publisher's initials or its name in capitals in a page's tags ('RFE/RL' on
    rferl.org, 'AP' on apnews.com, 'ANHA' on hawarnews.com; a `source: AP` someone wrote stays
    as written). None where the name is the address's publisher's, or a wire's, or an outlet
    the table does not know (a partner's)."""
    owner = known_publisher(url)
    if owner is None or name == owner:
        return None
    if initials and _brand_mark(name):
        return owner  # 'RFE/RL', 'ANHA', 'SHAFAQ NEWS': a logo's letters, the table's name
    if is_wire(name):
        return None  # a wire's story on an outlet's site is the wire's
    other = known_name(name)
    return owner if other is not None and other != owner else None


_NAME_LINKS = frozenset({"for", "of", "and", "the", "on", "in", "&"})


def abbreviates(short: str, name: str) -> bool:
    """Whether `short` is `name`'s initials ('SOHR', 'The Syrian Observatory For Human
    Rights'; 'RFE/RL', 'Radio Free Europe/Radio Liberty')."""
    letters = "".join(c for c in short if c.isalpha())
    if len(letters) < 2 or not letters.isupper():
        return False
    words = re.split(r"[\s/-]+", name)
    initials = "".join(w[0] for w in words if w and w.lower() not in _NAME_LINKS)
    return initials.upper() == letters


def _brand_mark(name: str) -> bool:
    """A name in capitals only, as a logo or initials write it ('ANHA', 'SHAFAQ NEWS', 'RFE/RL',
    'VOA'); a script without case has no capitals."""
    letters = [c for c in name if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and len(name.split()) <= 3


# 'told the Atlantic magazine': another outlet's interview; a report never adds its own medium
# to its name when a source speaks to it ('told Al-Monitor').
_MEDIUM = r"magazine|newspaper|daily|weekly|channel|television|TV|radio|website|news ?agency"
_SELF_NAMED = (
    re.compile(rf"\bfor {_NAMED}\)?\.?$"),
    re.compile(
        r"\b(?:reporter|correspondent|writer|editor|journalist|producer|contributor|analyst)"
        rf"\s+(?:for|at|with|to) {_NAMED}"
    ),
    re.compile(
        r"\b(?:told|seen by|obtained by|reviewed by|shared with|confirmed to|received by"
        rf"|speaking to|spoke to|said to|interview with) {_NAMED}(?! (?:{_MEDIUM}))"
    ),
    # a monitor's own report: 'The Syrian Observatory for Human Rights (SOHR) has documented'
    re.compile(
        rf"{_NAMED}(?: \([A-Z]{{2,8}}\))? has (?:learned|tracked|reported|confirmed|obtained"
        r"|reviewed|documented|monitored)\b"
    ),
    re.compile(rf"^More from {_NAMED}$"),
)


def self_named_outlet(texts: Sequence[str]) -> str | None:
    """The publisher a report names as itself (see `_SELF_NAMED`): a known publisher, or a
    name with a publisher's word; of the strongest kind of mention found, the one named most."""
    names = publisher_names()
    for pattern in _SELF_NAMED:
        found: Counter[str] = Counter()
        for text in texts:
            for match in pattern.finditer(text):
                outlet = match["outlet"].strip().rstrip(".'’")
                bare = re.sub(r"^[Tt]he ", "", outlet)
                spelled = known_spelling(bare)  # 'the BBC' is 'BBC News'
                known = (
                    names.get(outlet.lower())
                    or names.get(f"the {bare.lower()}")
                    or names.get((spelled or "").lower())
                )
                if (known or looks_like_publisher(bare)) and not is_wire(bare):  # 'told Reuters'
                    found[known or bare] += 1
        if found:
            return found.most_common(1)[0][0]
    return None


# Lines of a publisher's own page furniture that no other site prints: where a copied page
# names its publisher nowhere else ('Reuse this content' under every Guardian article).
_FURNITURE_LINES = {
    "reuse this content": "The Guardian",
    "our standards: the thomson reuters trust principles.": "Reuters",
}
_FURNITURE_OPENINGS = {
    "anadolu agency website contains only a portion of the news stories": "Anadolu Agency",
}
# 'A version of this article appears in print on March 3, 2026, Section A, Page 9 of the New
# York edition with the headline: …'
_NYT_PRINT_NOTE = re.compile(
    r"^A version of this article appears in print on .{4,40}, Section \w+, Page \d+ of the New "
    r"York edition"
)


# Furniture lines that name their publisher: 'Why you can trust Sky News', 'Get Sky News on
# WhatsApp', 'Read more from Sky News:', 'The Telegraph asks that comments stay on topic', a
# sign-up form's 'updates from The Independent', 'see what other Independent readers think'.
_NAMING_FURNITURE = re.compile(
    r"^why you can trust (?P<a>[\w .'’&-]{2,40}?)\.?$"
    r"|^get (?P<b>[\w .'’&-]{2,30}?) on (?:whatsapp|telegram|youtube|apple news|google news)\b"
    r"|^read more from (?P<c>[\w .'’&-]{2,40}?)\s*:?$"
    r"|^(?P<d>the [\w .'’&-]{2,30}?)"
    r" (?:asks (?:that )?(?:comments|readers|you)|values your comments)\b"
    r"|\boffers, events and updates from (?P<e>[\w .'’&-]{2,40}?)\."
    r"|\bwhat other (?P<f>[\w .'’&-]{2,30}?) readers think\b",
    re.IGNORECASE,
)


def outlet_by_furniture(texts: Sequence[str]) -> str | None:
    """The publisher whose own page furniture a copied page carries (`_FURNITURE_LINES`,
    `_FURNITURE_OPENINGS`, a known publisher named in `_NAMING_FURNITURE`)."""
    names = publisher_names()
    for text in texts:
        flat = " ".join(text.split())
        line = flat.lower()
        if line in _FURNITURE_LINES:
            return _FURNITURE_LINES[line]
        for opening, outlet in _FURNITURE_OPENINGS.items():
            if line.startswith(opening):
                return outlet
        if _NYT_PRINT_NOTE.match(text.strip()):
            return "The New York Times"
        if match := _NAMING_FURNITURE.search(flat):
            named = next(group for group in match.groups() if group)
            known = names.get(named.lower()) or names.get(f"the {named.lower()}")
            if known:
                return known
    return None


MAX_SERVICE_WORDS = 2  # an outlet's service after its name: 'BBC News Arabic', 'BBC Persian'
MAX_LEAD_PARAGRAPHS = 4


def leading_byline(paragraphs: Sequence[str]) -> tuple[list[str], str | None, str | None]:
    """A page's byline over a feed item's text, the reporter's name above the outlet's or its
    service's ('Lina Haddad' / 'BBC News Arabic') or above the reporter's role ('Security
    correspondent'): the paragraphs without them, the byline ('By Lina Haddad') and the outlet
    (None under a role). Unchanged when the lines are not there."""
    names = publisher_names()
    for index in range(min(MAX_LEAD_PARAGRAPHS, len(paragraphs) - 1)):
        lines = paragraphs[index].strip().split("\n")
        if len(lines) >= 2 and all(_HANDLE_LINE.match(line.strip()) for line in lines[2:]):
            # the two on one paragraph's lines, the reporter's handle perhaps under them
            top, under, taken = lines[0].strip(), lines[1].strip(), 1
        else:
            top, under, taken = lines[0].strip(), paragraphs[index + 1].strip(), 2
        name = top.strip("*_")  # bold or not: '**Lina Haddad**'
        if linked := _LINKED_NAME.match(name):  # '[Lina Haddad](…/author/…)', her role after it
            name = linked["name"]
            if linked["role"] and ROLE_ALONE.match(linked["role"]):
                under, taken = linked["role"], 1
        outlet = _outlet_line(under, names)
        if (
            PERSON_LINE.match(name)
            and (outlet or ROLE_ALONE.match(under))
            and name.lower() not in names
        ):
            kept = [*paragraphs[:index], *paragraphs[index + taken :]]
            if index < len(kept) and _HANDLE_LINE.match(kept[index].strip()):
                del kept[index]  # the reporter's handle under the role: '@lhaddad'
            return kept, f"By {name}", outlet  # the role: 'Security correspondent'
        if paragraphs[index].rstrip().endswith((".", "!", "?", '"', "”")):
            break  # the article has begun
    return list(paragraphs), None, None


_LINKED_NAME = re.compile(r"^\[(?P<name>[^\]]+)\]\([^)\s]*\)\s*(?P<role>.*)$")
_HANDLE_LINE = re.compile(r"^\[?@[A-Za-z0-9_.]{2,30}\]?(?:\(https?://[^)\s]*\))?$")


def _outlet_line(line: str, names: dict[str, str]) -> str | None:
    """The known outlet a line names alone, or with its service or its reporter's place after
    it ('BBC News Arabic', 'BBC News, Berlin')."""
    words = line.split(",", 1)[0].split()
    for cut in range(len(words), max(0, len(words) - MAX_SERVICE_WORDS - 1), -1):
        head = " ".join(words[:cut]).lower()
        if head in names:
            return names[head]
    return None
