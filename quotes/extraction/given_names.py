"""Build data/given_names.tsv.gz, the given names gender-guesser lacks, from names-dataset.

gender-guesser (names.py) knows about 48,000 first names, Europe to East Asia; news quotes people
from everywhere ("Kwame Mensah", "Adaeze Okafor", "Thiago Ramos"). names-dataset ranks 730,000
first names by how common they are in 105 countries, but loading it takes 900 MB and five seconds,
so the engine reads a list derived from it once, here, and shipped with the code:

    python -m quotes.extraction.given_names        (or: make given-names)

A name is kept when it ranks in some country's first thousand, is no more common as a surname
(Sánchez), and is no common word of the engine's languages that wordfreq knows (all but Albanian),
unless it is among a country's first hundred names and no everyday word (the dataset's users typed
"Limpiezas", "Firma", "Peace" and "Apple" too). Each line: the name,
its gender ("m", "f" where nine in ten bearers are of one, else empty) and its best rank.
"""

import gzip
import re
import sys
from pathlib import Path

OUTPUT = Path(__file__).with_name("data") / "given_names.tsv.gz"
BEST_RANK = 1000  # in some country's first thousand first names
POPULAR_RANK = 100  # a name this popular somewhere stays even if it is a rarer word too (Thiago)
COMMON_WORD = 3.0  # Zipf frequency in a language wordfreq knows above which a word is a word
EVERYDAY_WORD = 4.0  # and above which it is one whatever its rank (Peace, Apple, Baby, Sunday)
ONE_GENDER = 0.9
_LANGUAGES = ("en", "nl", "it", "de", "fr", "es")
_WORD = re.compile(r"[^\W\d_]{3,}(?:-[^\W\d_]+)?")


def given_name_lines(first_names: dict, last_names: dict, known, zipf) -> list[str]:
    """The list's lines, sorted. `first_names` and `last_names` are names-dataset's dictionaries
    (name -> {"rank": {country: rank}, "gender": {"M": share, "F": share}, …}); `known(name)` says
    whether gender-guesser has the name already; `zipf(word, language)` is wordfreq's frequency."""
    lines = []
    for name, facts in first_names.items():
        ranks = [rank for rank in (facts.get("rank") or {}).values() if rank]
        if not ranks or min(ranks) > BEST_RANK or not _WORD.fullmatch(name) or known(name):
            continue
        best = min(ranks)
        as_surname = [rank for rank in ((last_names.get(name) or {}).get("rank") or {}).values() if rank]
        if as_surname and min(as_surname) < best:
            continue
        common = max(zipf(name.lower(), language) for language in _LANGUAGES)
        if common >= COMMON_WORD and (best > POPULAR_RANK or common >= EVERYDAY_WORD):
            continue
        shares = facts.get("gender") or {}
        gender = "m" if shares.get("M", 0) >= ONE_GENDER else "f" if shares.get("F", 0) >= ONE_GENDER else ""
        lines.append(f"{name}\t{gender}\t{best}")
    return sorted(lines)


def main() -> None:
    import wordfreq
    from names_dataset import NameDataset

    from .names import gender_guesser_knows

    dataset = NameDataset()
    lines = given_name_lines(dataset.first_names, dataset.last_names, gender_guesser_knows, wordfreq.zipf_frequency)
    OUTPUT.parent.mkdir(exist_ok=True)
    # (mtime 0: the same names give the same bytes)
    with gzip.GzipFile(OUTPUT, "wb", mtime=0) as out:
        out.write(("\n".join(lines) + "\n").encode("utf-8"))
    print(f"{OUTPUT}: {len(lines)} given names", file=sys.stderr)


if __name__ == "__main__":
    main()
