"""Small text helpers shared by the engine and the search index: folding, words, whitespace."""

import re
import unicodedata

# Characters scraped text carries that are invisible or act as spaces.
SPACE_CHARS = " \t\r\n\u00a0\u202f\u2007\u2009\u200a\u3000\ufeff\u200b\u200c\u200d\u2060"
WORD_RE = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
# Abbreviations written before or after a name, often with a full stop that ends no sentence
# ("Dr. Li said", "St. Louis"); all but the last three are titles.
NAME_ABBREVIATIONS = (
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Mme", "Mlle", "Mgr", "Hr", "Fr", "Sig", "Sen", "Rep", "Gen", "Col", "Lt", "Gov",
    "Sgt", "Cpl", "Capt", "Maj", "Cmdr", "Adm", "Det", "Insp", "Supt", "Rev", "Dott", "Avv", "Ing", "Sra", "Dña",
    "Mag", "MMag", "Dipl", "Priv", "Doz", "Univ",  # (Austrian and German degrees: "Mag. Eva Gruber", "Dipl.-Ing.")
    "St", "Sr", "Jr",
)
TITLE_ABBREVIATIONS = frozenset(word.lower() for word in NAME_ABBREVIATIONS[:-3])
# Titles Italian also writes in lower case mid-sentence ("il dott. Marco Ferri", "l'avv. Bianchi");
# Dutch and German write degrees so too ("drs. Els de Wit", "mr. Peter Bos", "Dr. med. Anna Roth").
LOWER_CASE_TITLES = ("dott", "avv", "ing", "prof", "sig", "dr", "drs", "mr", "ir", "med", "habil")
# The abbreviations as a pattern's alternation, as the text writes them ("Dr", "Dott", "dott").
NAME_ABBREVIATION_WORDS = "|".join((*NAME_ABBREVIATIONS, *LOWER_CASE_TITLES))
# Prepositions of place, origin or medium, as folded text has them: the name after one ("sur Twitter",
# "in Kyiv", "im Bundestag") is where something was said, not who said it.
PLACE_OR_MEDIUM_WORDS = "on|in|at|from|sur|dans|en|au|aux|auf|im|bei|aus|op|uit|su|sul|nel|ne|desde"
PLACE_OR_MEDIUM = re.compile(rf"(?<!\w)(?:{PLACE_OR_MEDIUM_WORDS})\s+$")
# The last word before a position, past the spaces and marks after it (search up to the position).
WORD_BEFORE = re.compile(r"([^\W\d_]+)[\W_]*$")
# "of" before a name that stands alone makes it a place or a body ("the mayor of Springfield",
# "el alcalde de Villarrubia"), never the subject; a person's own particle ("Juan de Vega") is part
# of the run of their name. Italian joins "of" to its article ("degli Esteri", "dell'Interno"): an
# elided form is looked up without its apostrophe.
OF_WORDS = frozenset("of de del della dello dei degli delle dell di da van von vom des du d".split())
# What makes the name after it the one spoken to, as folded text has it: "to X", "à X", "told X",
# "ha detto a Xi il presidente …", with an article between ("zei hij tegen de rechtbank"), or the
# one it was said before ("aseguró ante el juez", "a-t-il dit devant le tribunal", "sagte vor dem
# Ausschuss", "tha para gazetarëve").
ADDRESSEE = re.compile(
    r"(?<!\w)(?:(?:a|ad|to|aan|tegen|tot|à|au|aux|zu|al|ai|alla|allo|agli|alle|për|te|told|tells|tell|ante|devant|vor|para|vers|verso|hacia|towards)\s+|all['’])"
    r"(?:(?:the|de|het|den|dem|der|die|la|le|les|el|los|las|il|lo|gli)\s+)?"
    # the medium spoken to: "declaró al diario El Correo", "told the newspaper X", "ha detto al quotidiano"
    r"(?:(?:newspaper|paper|broadcaster|channel|agency|radio|tv|diario|periodico|emisora|cadena|agencia|quotidiano|canale|televisione|"
    r"giornale|agenzia|emittente|journal|quotidien|chaine|agence|zeitung|sender|agentur|krant|omroep|zender|"
    r"persbureau|gazetes|agjencise|televizionit|radios)\s+)?"
    # a title before the name: "put it to Dr Ward", "sagte zu Frau Nowak"
    rf"(?:(?:{'|'.join(sorted(TITLE_ABBREVIATIONS))})\.?\s+|(?:herr|frau|meneer|mevrouw|monsieur|madame|signor|signora|senor|senora)\s+)?$"
)


def addressed(folded: str, start: int, floor: int = 0) -> bool:
    """Whether the phrase at `start` is the one spoken to ("to X", "tegen de rechtbank")."""
    return bool(ADDRESSEE.search(folded, max(floor, start - 32), start))


def fold(value: str, *, keep_hyphens: bool = False) -> str:
    """Lower case without accents, for matching names the way people type them (Poetin, LUKASJENKO)."""
    decomposed = unicodedata.normalize("NFKD", value)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return " ".join(stripped.split() if keep_hyphens else stripped.replace("-", " ").split())


def count_words(value: str) -> int:
    return len(WORD_RE.findall(value))


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow [start, end) so it neither starts nor ends with white space of any kind."""
    while start < end and text[start] in SPACE_CHARS:
        start += 1
    while end > start and text[end - 1] in SPACE_CHARS:
        end -= 1
    return start, end


def search_names(names) -> str:
    """The folded, space-padded list that alias-aware search matches against at word starts."""
    folded = [fold(name) for name in names if name and name.strip()]
    unique = list(dict.fromkeys(f for f in folded if f))
    return " " + " | ".join(unique) + " " if unique else ""
