"""Small text helpers shared by the ingest modules: spaces, sentences, comparison keys."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
# Soft hyphens, zero-width characters, and the bidirectional overrides, embeddings and isolates
# that can make `report\u202etxt.exe` read as `reportexe.txt`; the marks U+200E/U+200F that
# Arabic needs stay.
_INVISIBLE = re.compile(r"[\u00ad\u200b\u2060\ufeff\u202a-\u202e\u2066-\u2069]")
_WORD = re.compile(r"\w+(?:['’]\w+)*")
# A Markdown thematic break on a line of its own: '---', '***', '___'.
THEMATIC_BREAK = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$")

# Words after which a full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "brig", "adm",
        "gov", "sen", "rep", "st", "no", "vs", "etc", "jr", "sr", "inc", "ltd", "co", "corp",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "u.s", "u.n", "u.k", "e.g", "i.e", "a.m", "p.m", "approx", "est", "fig", "intl",
    }
)  # fmt: skip
_SENTENCE_END = re.compile(
    r"[.!?…]+[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9\u0600-\u06ff])"
    r"|[。！？]+[」』”’）)]*\s*(?=\S)"  # Chinese and Japanese: no space after a full stop
)
# Han, kana: scripts written without spaces between words (Korean has spaces).
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
UNSPACED_CHARS_PER_WORD = 2  # a Chinese or Japanese word is about two characters


def normalise_line(line: str) -> str:
    """One line with invisible characters removed and every run of spaces made one space."""
    return _SPACES.sub(" ", _INVISIBLE.sub("", line)).strip()


def split_sentences(paragraph: str) -> list[str]:
    """Sentences of a paragraph; abbreviations ('U.S.', 'Gen.') and initials ('J.') do not split."""
    sentences: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(paragraph):
        before = paragraph[start : match.start() + 1]
        last_word = before.split()[-1] if before.split() else ""
        token = last_word.rstrip(".!?…").lstrip("(\"“‘'").lower()
        if paragraph[match.start()] == "." and (
            token in ABBREVIATIONS or (len(token) == 1 and token.isalpha()) or "." in token
        ):
            continue
        sentences.append(paragraph[start : match.end()].strip())
        start = match.end()
    rest = paragraph[start:].strip()
    if rest:
        sentences.append(rest)
    return sentences


def words(text: str) -> list[str]:
    """Lowercased words, apostrophes kept inside words; punctuation and Markdown dropped."""
    folded = unicodedata.normalize("NFKC", text).lower().replace("’", "'")
    return _WORD.findall(folded)


def comparison_key(text: str) -> str:
    """Text reduced to its words, for exact-duplicate checks that ignore layout and punctuation."""
    return " ".join(words(text))


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|`)")
_WHOLE_ITALIC = re.compile(r"^_(?=\S)([^_]+?)(?<=\S)_$")  # a block set in italics with '_'
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>&|~])")
_MD_BLOCK_MARK = re.compile(r"^(?:#{1,6}\s+|>\s?|[-+*]\s+|\d{1,9}[.)]\s+)")


def markdown_to_plain(block: str) -> str:
    """One Markdown block as plain text on one line: marks, links and escapes removed."""
    lines = [_MD_BLOCK_MARK.sub("", line.strip()) for line in block.split("\n")]
    text = " ".join(line for line in lines if line)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_EMPHASIS.sub("", text)
    text = _WHOLE_ITALIC.sub(r"\1", text)  # '_X contributed from Homs, Syria._'
    text = _MD_ESCAPE.sub(r"\1", text)
    return normalise_line(text)


def markdown_paragraphs(body: str) -> list[str]:
    """The blank-line separated blocks of a Markdown body, as plain text."""
    blocks = (markdown_to_plain(b) for b in re.split(r"\n\s*\n", body))
    return [b for b in blocks if b]


def count_words(text: str) -> int:
    """Words separated by spaces; in Chinese and Japanese, about one per two characters."""
    return len(text.split()) + len(_UNSPACED.findall(text)) // UNSPACED_CHARS_PER_WORD


_SHORT_WORDS = frozenset({"the", "of", "and", "al", "el", "for", "in", "on"})


def unshouted(name: str) -> str:
    """A name in capitals as the outlet writes it: 'EXAMPLE NEWS' is 'Example News', 'LBN NEWS'
    'LBN News' (a short word not an ordinary one is an acronym)."""
    return " ".join(
        word if len(word) <= 3 and word.lower() not in _SHORT_WORDS else word.capitalize()
        for word in name.split()
    )
