"""Site furniture in scraped articles: comment boxes, teasers, promos, bylines and author bios.

Quotes found there are not speech in the article, and the import cuts them from the body.
"""

import re

from .marks import OPENERS, CLOSERS

# A line that starts the page's trailer: it and everything after it is not the article.
_TRAILER_LINE = re.compile(
    r"^\s*(?:more stories|leave a (?:comment|reply)|this site uses akismet\b.*|"
    r"you (?:may|might) also like\b.*|share this:?|like this:?|about the author\b.*)\s*$",
    re.IGNORECASE,
)
# A single promotional line inside the text: a teaser for another article, an app promo, a credit.
_PROMO_LINE = re.compile(
    r"^\s*(?:related (?:articles|posts|stories)\b.*|read (?:more|also)\b.*|mehr zum thema\b.*|"
    r"lees (?:ook|meer)\b.*|leggi anche\b.*|articoli correlati\b.*|(?:à )?lire aussi\b.*|"
    r"lee también\b.*|noticias relacionadas\b.*|lexo (?:edhe|më shumë)\b.*|"
    r"sign up for\b.*newsletter.*|download (?:the|our) app\b.*|follow us on\b.*|"
    r"(?:photo|foto|image|bild|immagine)\s*(?:credit)?\s*:[^\n]{0,80}|©.*|\(c\) \d{4}.*)\s*$",
    re.IGNORECASE,
)
# A caption's photo credit at the end of its line: "… samedi. Photo Julien Ravel / AFP",
# "Photograph: James Pollard/Dales Echo", "/ FOTO: J. M. PRIETO", "(Foto: dpa)".
_CREDIT_WORD = r"(?:photo|foto|photograph|fotografia|bild|beeld)\b[^\n]{0,60}"
_AGENCY = r"(?:AFP|AP|Reuters|REUTERS|dpa|ANSA|EFE|EPA|Getty Images|ANP|Belga)\)?"
_CREDIT_END = re.compile(rf"(?:(?:^|[.!?/(|]\s*){_CREDIT_WORD}|/\s*{_AGENCY})\s*$", re.IGNORECASE)
# The same after a line's first character, where "^" cannot match: starting with the punctuation it
# needs there, it lets re skip to those characters instead of trying every position of the line.
_CREDIT_END_INSIDE = re.compile(rf"[.!?/(|](?:\s*{_CREDIT_WORD}|(?<=/)\s*{_AGENCY})\s*$", re.IGNORECASE)
_CAPTION_LENGTH = 300  # a credit line longer than this is running text that mentions a photo
# A byline: the writer's name on a line of its own, perhaps with a role or a place after a comma
# or a dash ("Par Camille Aubertin, correspondante à Rome", "dal nostro inviato Giacomo Lattanzi").
# The name must stand alone, so a sentence ("Di Maio ha lasciato …") is never one.
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’.-]+"
_BYLINE = re.compile(
    r"^\s*(?i:by|par|por|di|von|door|nga|texto?|text|testo|(?:dal|dalla) nostr[oa] (?:inviat[oa]|corrispondente)|"
    r"de nuestr[oa] (?:enviad[oa]|corresponsal)|de notre (?:envoyée?|correspondante?)(?: spéciale?)?)"
    rf"\s*:?\s+{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|de|da|di|van|von|der|den|la|le)){{1,4}}"
    r"(?:\s*(?:,|–|—|-|\|)[^\n.!?]{0,60})?\s*$"
)


# A photo credit inside a line, where a lost line break glued the caption to the text: "… einen
# Impfpass. Foto: Maren Dahlke/lnd Neben Hilbrich saß …" (the name, a slash, the agency).
_INLINE_CREDIT = re.compile(
    r"(?<![^\W_])(?:photo|foto|photograph|bild|beeld|fotografia)\s*:\s*"
    r"[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*){0,3}\s*/\s*[\w'’.-]+",
    re.IGNORECASE,
)


def _lines(text):
    start = 0
    for line in text.splitlines(keepends=True):
        yield start, start + len(line), line
        start += len(line)


def _credit_end(line: str) -> re.Match | None:
    """_CREDIT_END.search(line), at a third of the cost."""
    return _CREDIT_END.match(line) or _CREDIT_END_INSIDE.search(line, 1)


def _has_quote(line: str) -> bool:
    """A caption that quotes someone is kept (apostrophes do not count: "d’arrivée")."""
    return any(mark in line for mark in '"“”„«»')


def _is_quoted_paragraph(line: str) -> bool:
    stripped = line.strip()
    return len(stripped) > 2 and stripped[0] in OPENERS and stripped[-1] in CLOSERS


def find_furniture(text: str) -> list[tuple[int, int]]:
    """Spans of `text` that are page furniture, in order, not overlapping."""
    spans = []
    previous_content = None  # (start, end, line) of the last non-blank line
    for start, end, line in _lines(text):
        if _TRAILER_LINE.match(line):
            # A bio printed as one quoted paragraph right before the trailer belongs to it.
            if previous_content and _is_quoted_paragraph(previous_content[2]):
                start = previous_content[0]
                if spans and spans[-1][1] > start:
                    start = min(start, spans.pop()[0])
            spans.append((start, len(text)))
            return spans
        credit = _credit_end(line) if len(line) <= _CAPTION_LENGTH else None
        if _PROMO_LINE.match(line) or (
            len(line) <= _CAPTION_LENGTH and (credit or _BYLINE.match(line)) and not _has_quote(line)
        ):
            spans.append((start, end))
        elif credit:
            # A caption that quotes a name or a title keeps its words; its credit names nobody.
            spans.append((start + credit.start(), end))
        elif "/" in line and ":" in line:  # (the pattern's own search is slow on every line)
            spans.extend((start + m.start(), start + m.end()) for m in _INLINE_CREDIT.finditer(line))
        if line.strip():
            previous_content = (start, end, line)
    return spans
