"""Bytes to text: refuse what is not text, detect the encoding, repair mojibake.

Accepted: UTF-8 (with or without BOM), UTF-16 with a BOM, the encoding a page or an XML file
declares in its head ('windows-1251', 'Shift_JIS'), and Windows-1252 (which covers every
printable Latin-1 character). Line endings become `\\n`. Mojibake such as `â€™` is repaired with
ftfy, configured so that curly quotes, dashes and full-width characters stay exactly as written.
"""

from __future__ import annotations

import codecs
import logging
import re

import ftfy

from digest.errors import DigestError

log = logging.getLogger(__name__)

MAX_INPUT_BYTES = 10 * 1024 * 1024
MAX_LINES = 50_000  # a long report has a few thousand; a million one-letter lines is no article
# C0 control characters other than tab, line feed, vertical tab, form feed and carriage return.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def decode_bytes(data: bytes, name: str) -> str:
    """The text of `data`, or a DigestError saying why it is not usable text.

    `name` '-' is standard input, and the messages call it that: it is not a file."""
    what = "standard input" if name == "-" else "file"
    if len(data) > MAX_INPUT_BYTES:
        raise DigestError.at(
            f"{what} is too large ({len(data):,} bytes; limit {MAX_INPUT_BYTES:,})", name
        )
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise DigestError.at(
                f"{what} has a UTF-16 mark but is not valid UTF-16", name
            ) from None
    else:
        if b"\x00" in data:
            raise DigestError.at(f"{what} is binary (contains NUL bytes)", name)
        text = _decode_8bit(data, name)
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise DigestError.at(f"{what} is empty", name)
    controls = _CONTROL.findall(text)
    if len(controls) > max(2, len(text) // 1000):
        raise DigestError.at(f"{what} is binary (contains control characters)", name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.count("\n") + 1
    if lines > MAX_LINES:
        raise DigestError.at(f"{what} has too many lines ({lines:,}; limit {MAX_LINES:,})", name)
    return repair_text(text)


# A page's or an XML file's own word on its encoding: '<meta charset="windows-1251">',
# '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">', '<?xml … encoding=…'.
_DECLARED = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*(?P<meta>[\w.:-]{2,40})"""
    rb"""|<\?xml[^>]{0,100}?encoding\s*=\s*["'](?P<xml>[\w.:-]{2,40})""",
    re.IGNORECASE,
)
# Labels a page gives that the web decodes as a larger code page (WHATWG Encoding Standard).
_WEB_SUPERSETS = {
    "iso8859-1": "cp1252",
    "ascii": "cp1252",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "euc_kr": "cp949",
    "shift_jis": "cp932",
}


def _declared_encoding(data: bytes) -> str | None:
    """The encoding a page declares in its head, as Python names it; None if none or unknown."""
    match = _DECLARED.search(data[:4096])
    if match is None:
        return None
    return web_encoding((match["meta"] or match["xml"]).decode("ascii"))


def web_encoding(label: str) -> str | None:
    """An encoding's label as the web reads it, in Python's name ('iso-8859-1' and 'ascii'
    pages are Windows-1252, 'gb2312' is GB 18030); None for a label Python does not know."""
    try:
        name = codecs.lookup(label.strip().strip('"')).name
    except LookupError:
        return None
    return _WEB_SUPERSETS.get(name, name)


def _decode_8bit(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as utf8_error:
        declared = _declared_encoding(data)
        if declared and declared not in ("utf-8", "utf-16", "cp1252"):
            try:
                text = data.decode(declared)
            except UnicodeDecodeError:
                log.debug("%s: not %s as declared", name, declared)
            else:
                log.debug("%s: not UTF-8, decoded as %s as it declares", name, declared)
                return text
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as exc:
            line = data[: utf8_error.start].count(b"\n") + 1
            raise DigestError.at(
                f"cannot decode text: not UTF-8 (byte 0x{data[utf8_error.start]:02x} at offset "
                f"{utf8_error.start}, line {line}) nor Windows-1252/Latin-1 "
                f"(byte 0x{data[exc.start]:02x} at offset {exc.start})",
                name,
            ) from None
        log.debug("%s: not UTF-8, decoded as Windows-1252", name)
        return text


# Lines made only of these have nothing for ftfy to fix: printable ASCII and typographic
# punctuation. Mojibake needs the lead byte of a UTF-8 sequence read as a single-byte code page
# (Â, Ã, â, Ð, ...), and these characters are never one (tests/ingest/test_robustness.py checks
# the shortcut against ftfy on random text).
_NEEDS_NO_REPAIR = re.compile(r"[\t\n\x20-\x7e‘’“”–—…]*")


def repair_text(text: str) -> str:
    """Fix mojibake and stray control characters, keeping typography as written.

    ftfy works line by line; a line of plain ASCII and typographic punctuation has nothing to
    fix, so only the other lines go through it (the same result, several times faster).
    """
    if _NEEDS_NO_REPAIR.fullmatch(text):
        return text
    lines = text.split("\n")
    return "\n".join(
        line if _NEEDS_NO_REPAIR.fullmatch(line) else _fix_line(line) for line in lines
    )


def _fix_line(line: str) -> str:
    return ftfy.fix_text(
        line,
        uncurl_quotes=False,
        fix_character_width=False,
        fix_latin_ligatures=False,
        unescape_html=False,
        normalization="NFC",
    )
