"""Given names, for telling a new person's name from other capitalised runs (Mesa de Diálogo,
Circuit Court, Naciones Unidas).

The list is gender-guesser's: about 48,000 first names from some sixty countries, Europe to East
Asia. Only the names are needed, so its data file is read directly, which takes a tenth of the
time its detector spends building per-country tables.
"""

import functools
from importlib import resources

from .text import fold


@functools.cache
def given_names() -> frozenset[str]:
    names = set()
    data = resources.files("gender_guesser") / "data" / "nam_dict.txt"
    with data.open(encoding="utf-8") as lines:
        for line in lines:
            if line[:1] in "#=" or len(line) < 4:
                continue
            name = line.split(None, 2)[1]
            # "Abdel+Aziz" is written Abdel Aziz, Abdel-Aziz or Abdelaziz.
            names.update(fold(name.replace("+", joint), keep_hyphens=True) for joint in ("", "-"))
            names.add(fold(name.split("+")[0], keep_hyphens=True))
    return frozenset(names)


@functools.lru_cache(maxsize=65536)
def is_given_name(word: str) -> bool:
    return fold(word, keep_hyphens=True) in given_names()
