"""Engine behaviour pinned by tests/extraction/cases.json: one test per named case."""

import json
from pathlib import Path

import pytest

from quotes.extraction import KnownSpeaker, extract_quotes

CASES_FILE = Path(__file__).with_name("cases.json")
CASE_KEYS = {"name", "language", "text", "expected", "speakers"}
EXPECTED_KEYS = {"text", "speaker", "speaker_key", "speaker_kind", "attribution", "kind"}


def load_cases():
    cases = json.loads(CASES_FILE.read_text(encoding="utf-8"))
    names = [case["name"] for case in cases]
    duplicates = {name for name in names if names.count(name) > 1}
    if duplicates:
        raise ValueError(f"{CASES_FILE.name}: duplicate case names {sorted(duplicates)}")
    for case in cases:
        unknown = set(case) - CASE_KEYS
        if unknown:
            raise ValueError(f"{CASES_FILE.name}: case {case['name']!r} has unknown keys {sorted(unknown)}")
        for expected in case["expected"]:
            unknown = set(expected) - EXPECTED_KEYS
            if unknown:
                raise ValueError(f"{CASES_FILE.name}: case {case['name']!r} expects unknown keys {sorted(unknown)}")
    return cases


@pytest.mark.parametrize("case", load_cases(), ids=lambda case: case["name"])
def test_case(case):
    speakers = [KnownSpeaker(**s) for s in case.get("speakers", [])]
    # The case pins whom the engine chooses; whether it is sure enough to say so is abstention's
    # business (test_ranking.py).
    found = extract_quotes(case["text"], language=case["language"], speakers=speakers, abstain_below=0.0)
    for quote in found:
        assert case["text"][quote.start:quote.end] == quote.text
    assert [q.text for q in found] == [e["text"] for e in case["expected"]]
    for quote, expected in zip(found, case["expected"]):
        for key, value in expected.items():
            assert getattr(quote, key) == value, f"{key} of {quote.text!r}"
