"""Quotation marks: find the spans they enclose, whatever the house style.

Pairs are matched per paragraph with a stack. A mark's role (opening, closing, apostrophe) comes
from its neighbours; a right double mark typed where the opening one belongs, reversed German
guillemets and ,,Dutch'' quotes all pair. A paragraph left open whose successor reopens the quote
is a multi-paragraph quote and ends at the line break.
"""

import bisect
import re
from typing import NamedTuple

from .text import SPACE_CHARS, strip_span

# Opening mark -> the marks that may close it.
PAIRS = {
    "“": "”“\"",
    "„": "“”\"",
    "”": "”",
    '"': '"”“',
    "«": "»",
    "»": "«",
    "‹": "›",
    "›": "‹",
    ",,": "''\"”“",
    "‘": "’‘",
    "‚": "‘’",
    "'": "'’",
}
OPENERS = frozenset("“„”\"«»‹›‘‚',")
CLOSERS = frozenset("”“\"»«›‹’‘'")
SINGLE = frozenset("‘’‚'")
# (Written to start with the one character every match starts with, so re skips to those
# characters; a comma only doubled, an apostrophe doubled where it can be: the same matches as
# ",,|''|[“”„‟\"«»‹›‘’‚‛']|\n", which re would try at every position.)
_MARK_OR_BREAK_RE = re.compile(r"""[,'“”„‟"«»‹›‘’‚‛\n](?:(?<=,),|(?<=')'?|(?<![,']))""")
_TEXT_CHAR = re.compile(f"[^{re.escape(SPACE_CHARS)}]")
_NORMAL = {"‟": "\"", "‛": "'"}
_SPACES = frozenset(SPACE_CHARS)
_OPEN_LEFT = frozenset(SPACE_CHARS) | set("([{/—–-‐‑") | OPENERS - {","}
_CLOSE_RIGHT = frozenset(SPACE_CHARS) | set(".,;:!?)]}…—–-") | CLOSERS
# Elisions that start with an apostrophe: Dutch 's avonds, 't, 'n; English '90s, rock 'n' roll.
_ELISION = re.compile(r"(?:[stnkmr]|\d\d)(?![^\W\d_])", re.IGNORECASE)
_ELISION_POSSIBLE = re.compile(r"[stnkmr\d]", re.IGNORECASE)
# A mark in its context (the character before it, the mark, the character after it; a space past
# either end of the text) -> (mark, opens, closes), or _BREAK for a line break. The same few
# contexts repeat, so each is worked out once (see _context_role).
_BY_CONTEXT: dict[str, tuple[str, bool, bool]] = {}
_BREAK = ("\n", False, False)


_new_span = tuple.__new__  # MarkedSpan's own constructor is a Python function, and slower


class MarkedSpan(NamedTuple):
    open_start: int  # position of the opening mark
    start: int  # content, trimmed
    end: int
    close_end: int  # position after the closing mark (paragraph end when left open)
    opener: str
    depth: int  # 0 for an outermost span, 1 for a quote inside a quote, ...
    continued: bool  # left open: the next paragraph reopens the quote


def _role(text: str, mark: str, pos: int, end: int) -> tuple[bool, bool]:
    """(looks_opening, looks_closing) for the mark at text[pos:end], from its neighbours.

    A line break counts as a space, so the neighbours may be read across paragraph ends.
    """
    left = text[pos - 1] if pos else " "
    right = text[end] if end < len(text) else " "
    if mark == ",,":
        return (right not in _SPACES, False)
    if mark == "''":
        return (False, left not in _SPACES)
    if mark in SINGLE:
        if left.isalnum() and right.isalnum():
            return (False, False)  # don’t, l’Ucraina, t’i
        if mark in "'’" and left in _OPEN_LEFT and _ELISION.match(text, end):
            return (False, False)
        # (or glued to the sentence before it, its paragraph break lost: "… she said.‘We were told")
        looks_opening = mark != "’" and (left in _OPEN_LEFT or (left in ".!?" and right.isupper())) and right not in _SPACES
        looks_closing = mark != "‚" and left not in _SPACES and (right in _CLOSE_RIGHT or (left in ".!?" and right.isupper()))
        return (looks_opening, looks_closing)
    spaced_ok = mark in "«»‹›"  # French puts a (no-break) space inside guillemets
    looks_opening = not left.isalnum() and (spaced_ok or right not in _SPACES)
    looks_closing = mark in CLOSERS and (not right.isalnum() or left not in _SPACES)
    return (looks_opening, looks_closing)


def _behaviour(mark: str, looks_opening: bool, looks_closing: bool) -> tuple[bool, bool]:
    """(opens, closes): whether the mark opens a quote, and whether it closes an open quote it may
    pair with. A right double mark closes whatever is open (`answer, ”said X`); other marks that
    look like openers open a nested quote instead."""
    closes = looks_closing if mark in SINGLE else (mark == "”" or looks_closing or not looks_opening)
    return looks_opening and mark in PAIRS, closes


def _context_role(text: str, raw: str, pos: int, end: int, context: str) -> tuple[str, bool, bool]:
    """The role of the mark text[pos:end] (`raw`), remembered for its context unless it is an
    apostrophe that may begin an elision (then the word after it decides)."""
    if raw == "\n":
        role = _BREAK
    else:
        mark = _NORMAL.get(raw, raw)
        role = (mark, *_behaviour(mark, *_role(text, mark, pos, end)))
        if mark in "'’" and _ELISION_POSSIBLE.match(text, end):
            return role
    if len(_BY_CONTEXT) > 8192:
        _BY_CONTEXT.clear()
    _BY_CONTEXT[context] = role
    return role


def find_marked_spans(text: str) -> list[MarkedSpan]:
    """Every span enclosed by quotation marks, in order of the opening mark.

    One pass over the marks and line breaks; each paragraph has its own stack of open marks.
    """
    spans: list[MarkedSpan] = []
    stack: list[tuple[str, int, int]] = []  # (mark, position, position after the mark)
    length = len(text)
    for match in _MARK_OR_BREAK_RE.finditer(text):
        pos, end = match.span()
        if 0 < pos and end < length:
            context = text[pos - 1:end + 1]
        else:
            context = (text[pos - 1] if pos else " ") + text[pos:end] + (text[end] if end < length else " ")
        role = _BY_CONTEXT.get(context) or _context_role(text, match[0], pos, end, context)
        if role is _BREAK:
            if stack and not _closed_on_next_line(text, stack[0][0], pos):
                _close_continued(text, stack, pos, spans)
                stack = []
            continue
        mark, opens, closes = role
        if not stack:
            if opens:
                stack.append((mark, pos, end))
            continue
        depth = None
        if closes:
            for level in range(len(stack) - 1, -1, -1):
                if mark in PAIRS[stack[level][0]]:
                    depth = level
                    break
        if depth is not None:
            opener, open_pos, open_end = stack[depth]
            if open_end < pos and text[open_end] not in _SPACES and text[pos - 1] not in _SPACES:
                start, stop = open_end, pos  # (strip_span's work, for the common case)
            else:
                start, stop = strip_span(text, open_end, pos)
            if start < stop:
                spans.append(_new_span(MarkedSpan, (open_pos, start, stop, end, opener, depth, False)))
            del stack[depth:]
        elif opens:
            if _reopens(text, stack, mark, pos, end):
                # A quote over paragraphs whose break was lost ("… decimocuarto. “Ahora …"): the
                # same mark again after a full stop reopens it, as the next paragraph would.
                opener, open_pos, open_end = stack.pop()
                start, stop = strip_span(text, open_end, pos)
                spans.append(MarkedSpan(open_pos, start, stop, pos, opener, len(stack), True))
            stack.append((mark, pos, end))
    if stack:
        _close_continued(text, stack, len(text), spans)
    spans.sort()  # by opening mark: a mark opens one span at most
    return spans


def _reopens(text: str, stack: list, mark: str, pos: int, end: int) -> bool:
    """Whether an opening mark is the one an open quote of the same double mark is reopened with,
    its paragraph break lost: right after the end of a sentence, before a capital letter."""
    if stack[-1][0] != mark or mark in SINGLE:
        return False
    before = text[max(stack[-1][2], pos - 3):pos].rstrip(SPACE_CHARS)
    return bool(before) and before[-1] in ".!?…" and text[end:end + 1].isupper()


def _closed_on_next_line(text: str, opener: str, pos: int) -> bool:
    """Whether the quote open at the line break `pos` goes on into the next line: scraped text that
    puts each sentence on a line of its own (`“… foreign power.\nBy law, … Committee,” he said`).
    It does when that line closes it before opening anything, and does not reopen it (a quote over
    several paragraphs, see _close_continued). A blank line ends a quote either way."""
    if text[pos + 1:pos + 2] in ("\n", "") or text[pos + 1:pos + 2] in OPENERS:
        return False
    line_end = text.find("\n", pos + 1)
    line_end = len(text) if line_end == -1 else line_end
    length = len(text)
    for match in _MARK_OR_BREAK_RE.finditer(text, pos + 1, line_end):
        at, end = match.span()
        context = text[at - 1:end + 1] if end < length else text[at - 1:end] + " "
        mark, opens, closes = _BY_CONTEXT.get(context) or _context_role(text, match[0], at, end, context)
        if closes and mark in PAIRS[opener]:
            return True
        if opens:
            return False
    return False


def _close_continued(text, stack, para_end, spans):
    """A quote left open at a paragraph end continues when the next paragraph that is not blank
    reopens it."""
    opener, open_pos, open_end = stack[0]
    found = _TEXT_CHAR.search(text, para_end)
    if found:
        head = text[found.start():found.start() + 2]
        if head.startswith(opener) or (head[:1] in OPENERS - {","} and head[:1] != "'" and opener not in SINGLE):
            start, stop = strip_span(text, open_end, para_end)
            if start < stop:
                spans.append(MarkedSpan(open_pos, start, stop, para_end, opener, 0, True))


# A dash at the start of a paragraph: dialogue as Spanish writes it ("—¿Qué pasa? —dijo él—. Ven.").
_DIALOGUE_DASH = re.compile(r"[—―](?<![^\n].)")


def find_dialogue_spans(text: str, marked: list[MarkedSpan]) -> list[MarkedSpan]:
    """The speech of paragraphs that open with a dash: up to the narrator's insertion (" —dijo
    él") and again after the insertion's closing dash, to the paragraph end. A stretch that holds
    a quote in marks is left to the marks."""
    spans = []
    opens = [span.open_start for span in marked]  # sorted, as find_marked_spans returns them
    for dash in _DIALOGUE_DASH.finditer(text):
        para_end = text.find("\n", dash.end())
        para_end = len(text) if para_end == -1 else para_end
        opener, resume = dash.start(), dash.end()
        while resume < para_end:
            insertion = text.find(" —", resume, para_end)
            stop = para_end if insertion == -1 else insertion
            start, end = strip_span(text, resume, stop)
            first_mark = bisect.bisect_left(opens, opener)
            if start < end and not (first_mark < len(opens) and opens[first_mark] < stop):
                spans.append(MarkedSpan(opener, start, end, stop if insertion == -1 else insertion + 1, "—", 0, False))
            if insertion == -1:
                break
            closing = text.find("—", insertion + 2, para_end)
            if closing == -1:
                break
            opener, resume = closing, closing + 1
            while resume < para_end and text[resume] in ".,;: \u00a0":
                resume += 1
    return spans
