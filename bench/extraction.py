"""Extraction speed on one core: MB/s on news-like text, and on 5 MB of quotes and unbalanced marks.

Run: python bench/extraction.py   (prints figures; no assertions, the targets are in the README)
"""

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quotes.extraction import extract_quotes, parse_document  # noqa: E402

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seed_texts"
TARGET_BYTES = 5 * 1024 * 1024


def seed_bodies() -> str:
    """The seed articles as the import stores them (header and site furniture removed)."""
    return "\n\n".join(parse_document(p.read_text(encoding="utf-8")).body for p in sorted(SEEDS.glob("*.txt")))


def news_text() -> str:
    """Seed article bodies repeated to about 5 MB."""
    one = seed_bodies()
    return "\n\n".join([one] * (TARGET_BYTES // len(one.encode()) + 1))


def hostile_text() -> str:
    unit = "“Anna Berg said “ yes ” and ‘ no, ” he said. «Non » „ja“ '' ,, \"x\n"
    return unit * (TARGET_BYTES // len(unit.encode()) + 1)


def measure(texts: dict[str, str], language: str, runs: int = 5) -> dict[str, float]:
    """Seconds per MB of each text, the best of `runs` CPU times. The texts take turns, so a busy
    spell on the shared machine slows all of them rather than one."""
    best = {label: float("inf") for label in texts}
    found = {}
    for _ in range(runs):
        for label, text in texts.items():
            started = time.process_time()
            found[label] = len(extract_quotes(text, language=language))
            best[label] = min(best[label], time.process_time() - started)
    per_mb = {}
    for label, text in texts.items():
        size = len(text.encode()) / 1e6
        print(f"{label:36} {size:6.2f} MB  {best[label]:7.2f} s  {size / best[label]:6.2f} MB/s  {found[label]} quotes")
        per_mb[label] = best[label] / size
    return per_mb


if __name__ == "__main__":
    measure({"seed articles, once": seed_bodies()}, "en")
    figures = measure({"news text, ~5 MB": news_text(), "quotes and unbalanced marks, ~5 MB": hostile_text()}, "en")
    news, hostile = figures.values()
    print(f"per-MB time, hostile / news: {hostile / news:.2f}x")
