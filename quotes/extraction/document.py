"""Turn an imported text into title, body, date, outlet and language, following the header
conventions of scraped news: a leading ` date YYYY-MM ` marker, a dateline or outlet line, a
headline line. The one owner of cleaning: site furniture is cut here, and the language detected
(py3langid) on what is left."""

import re

import py3langid

from .furniture import find_furniture
from .types import ParsedDocument

_INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u200b\u200c\u200d\u2060"), None)
_DATE_MARKER = re.compile(r"^\s*date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)\b[ \t]*")
# An outlet credit line: a short all-capitals acronym (CNN, BBC, AFP) or a known agency name.
_OUTLET_LINE = re.compile(
    r"^(?:[A-Z]{2,6}|Reuters|dpa|Agence France-Presse|Associated Press|ANSA|EFE|Europa Press|"
    r"Deutsche Welle|Xinhua|TASS|Belga|ANP)$"
)
_HEADER_LINE_MAX_WORDS = 4
_TITLE_MAX_CHARS = 300


def normalize_text(raw: str) -> str:
    """Line ends to \\n, invisible characters out. Everything else stays as the outlet wrote it."""
    return raw.translate(_INVISIBLE).replace("\r\n", "\n").replace("\r", "\n")


def _looks_like_header_line(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= _HEADER_LINE_MAX_WORDS and not re.search(r"[.!?:;,\"“”«»„]", line)


def _title_from(body: str) -> str:
    first = body.split("\n", 1)[0].strip()
    if len(first) <= _TITLE_MAX_CHARS and not first.endswith((".", "!", "?")):
        return first
    sentence = re.split(r"(?<=[.!?])\s", first, maxsplit=1)[0]
    return sentence if len(sentence) <= _TITLE_MAX_CHARS else sentence[: _TITLE_MAX_CHARS - 1].rstrip() + "…"


def parse_document(raw: str, language_hint: str = "") -> ParsedDocument:
    """`language_hint`: the language the text's source usually writes in (detect_language)."""
    text = normalize_text(raw)
    published = ""
    marker = _DATE_MARKER.match(text)
    if marker:
        published = marker.group(1)
        text = text[marker.end():]

    # Short lines before the first paragraph are a dateline (a place) and an outlet credit.
    source = ""
    notes = []
    while True:
        stripped = text.lstrip("\n \t")
        line, sep, rest = stripped.partition("\n")
        if not sep or not _looks_like_header_line(line) or not rest.strip():
            break
        if _OUTLET_LINE.match(line.strip()) and not source:
            source = line.strip()
        elif marker:
            # Only texts that carry the date marker put a dateline before the body; elsewhere a
            # short first line is a headline and stays.
            notes.append(line.strip())
        else:
            break
        text = rest

    for start, end in reversed(find_furniture(text)):
        text = text[:start] + text[end:]
    body = re.sub(r"\n{3,}", "\n\n", text).strip()
    return ParsedDocument(
        title=_title_from(body), body=body, published=published, source=source, notes=tuple(notes),
        language=detect_language(body, language_hint) if body else "",
    )


_HINT_RANK = 3  # a hint wins when the detector ranks it among its first three languages


def detect_language(text: str, hint: str = "") -> str:
    """The ISO 639-1 code of the text's language (py3langid). A `hint` (the outlet's usual
    language) settles a near call, such as a short Dutch text the detector reads as English; a
    text plainly in another language keeps its own."""
    if hint:
        ranked = [language for language, _ in py3langid.rank(text)[:_HINT_RANK]]
        if hint in ranked:
            return hint
        return ranked[0]
    language, _ = py3langid.classify(text)
    return language
