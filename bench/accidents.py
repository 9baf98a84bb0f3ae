"""Attribution on scraped text's accidents: the engine's quotes for annotated articles as written,
with paragraph breaks lost (glued with a space or with nothing), with site furniture between
paragraphs, as written but read with a crowded registry (every named person of the gold file
as a known speaker, as imports build one up), and with the speakers' given names swapped for
others (names common in West Africa, Latin America and South Asia; names no list knows), in the
reference scorer's form, one file per variant. The scorer matches a person by surname, so the
gold holds for the renamed texts.

Run: python bench/accidents.py GOLD TEXT_DIR OUT_DIR
     python3 ../shared/devset/score.py OUT_DIR/glued-space.json --gold GOLD     (and the others)

The variants are fixed (seeded), so two engines give comparable files. No assertions: figures.
"""

import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quotes.extraction import KnownSpeaker, extract_quotes  # noqa: E402
from quotes.extraction.mentions import speaker_index  # noqa: E402
from quotes.extraction.names import name_gender  # noqa: E402

SHARE = 0.3  # of paragraph breaks lost, or followed by a furniture line
FURNITURE = (
    "Read more: Council votes to close two libraries",
    "Photo: Anna Berg / Reuters",
    "Lesen Sie auch: Streit um die neue Umgehungsstraße",
    "Foto: ANP / Remko de Waal",
    "LEGGI ANCHE: Il sindaco incontra i commercianti",
    "Lire aussi : La réforme des retraites en cinq questions",
    "Download our app for the latest news",
)


def variants(text: str, seed: str) -> dict[str, str]:
    paragraphs = text.split("\n\n")
    found = {"as-written": text}
    for label, joint in (("glued-space", " "), ("glued", "")):
        chance = random.Random(f"{seed}:{label}")
        found[label] = paragraphs[0] + "".join(
            (joint if chance.random() < SHARE else "\n\n") + paragraph for paragraph in paragraphs[1:]
        )
    chance = random.Random(f"{seed}:furniture")
    found["furniture"] = paragraphs[0] + "".join(
        ("\n\n" + chance.choice(FURNITURE) if chance.random() < SHARE else "") + "\n\n" + paragraph
        for paragraph in paragraphs[1:]
    )
    return found


# Given names for the renamed variants: ones names-dataset ranks high in some country and
# gender-guesser lacks, by gender (a pronoun still points at its person), and invented ones no list
# has, of no known gender.
WORLD_NAMES = {
    "m": ("Kwame", "Emeka", "Thiago", "Obinna", "Yaw", "Olumide", "Nnamdi"),
    "f": ("Ngozi", "Adaeze", "Nkechi", "Abena", "Efua", "Chiamaka", "Folake"),
}
INVENTED = ("Zorvan", "Kelvaro", "Thumelo", "Aravik", "Quenzo", "Yavrila", "Drumeta", "Olvisa", "Brenzik")
INVENTED_NAMES = {"m": INVENTED, "f": INVENTED, "": INVENTED}


def renamed(text: str, entry: dict, pool: dict[str, tuple[str, ...]]) -> str:
    """The text with the given name of each person the gold quotes in full swapped for one of the
    pool's of the same gender (the same one wherever it stands); names of no known gender stay."""
    given = []
    for quote in entry["quotes"]:
        words = quote["speaker"].split()
        if quote.get("speaker_type") == "person" and len(words) >= 2 and words[0].isalpha() and words[0][:1].isupper():
            if words[0] not in given and words[0].lower() not in ("the", "de", "la", "le", "il", "el", "der", "die"):
                given.append(words[0])
    chance = random.Random(f"{entry['file']}:renamed")
    for name in given:
        choices = pool.get(name_gender(name, entry.get("lang", "")))
        if choices:
            text = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", chance.choice(choices), text)
    return text


def crowded_registry(gold: list[dict]) -> tuple[KnownSpeaker, ...]:
    """Every person the gold names in full, as a known speaker: the registry an import of many
    articles builds, where people of different articles share surnames and given names."""
    names = sorted({
        quote["speaker"] for entry in gold for quote in entry["quotes"]
        if quote.get("speaker_type") == "person" and len(quote["speaker"].split()) >= 2 and quote["speaker"][:1].isupper()
    })
    return tuple(KnownSpeaker(key=f"known-{number}", name=name) for number, name in enumerate(names))


def main(gold_path: str, text_dir: str, out_dir: str) -> None:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    predictions: dict[str, dict] = {}
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    crowded = speaker_index(crowded_registry(gold))
    for entry in gold:
        with open(Path(text_dir) / entry["file"], encoding="utf-8", newline="") as handle:
            text = handle.read()
        runs = [(label, variant, ()) for label, variant in variants(text, entry["file"]).items()]
        runs.append(("crowded-registry", text, crowded))
        runs.append(("world-names", renamed(text, entry, WORLD_NAMES), ()))
        runs.append(("invented-names", renamed(text, entry, INVENTED_NAMES), ()))
        for label, variant, speakers in runs:
            quotes = extract_quotes(variant, language=entry.get("lang", ""), speakers=speakers)
            predictions.setdefault(label, {})[entry["file"]] = [
                {"text": quote.text, "speaker": quote.speaker or None} for quote in quotes
            ]
    for label, found in predictions.items():
        path = out / f"{label}.json"
        path.write_text(json.dumps(found, ensure_ascii=False), encoding="utf-8")
        print(f"{label:12} {sum(len(q) for q in found.values()):6} quotes -> {path}")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit("usage: python bench/accidents.py GOLD TEXT_DIR OUT_DIR")
    main(*sys.argv[1:])
