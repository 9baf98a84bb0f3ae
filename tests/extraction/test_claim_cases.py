"""Claims extraction (extract_claims) pinned by tests/extraction/claim_cases.json: one test per named case.

A case gives a text, its language and the registry's speakers if any, and every claim the engine
must report, in text order, with the fields it pins (a field left out is not checked)."""

import json
from collections import Counter
from pathlib import Path

import pytest

from quotes.extraction import KnownSpeaker, extract_claims

CASES_FILE = Path(__file__).with_name("claim_cases.json")
CASE_KEYS = {"name", "language", "text", "speakers", "expected"}
CLAIM_KEYS = {"text", "speaker", "speaker_key", "speaker_kind", "attribution"}


def _refuse_unknown(keys, known, where: str) -> None:
    if set(keys) - known:
        raise ValueError(f"{CASES_FILE.name}: {where} has unknown keys {sorted(set(keys) - known)}")


def claim_cases() -> list[dict]:
    """The cases, each checked: a name used once, no key the runner would not read."""
    cases = json.loads(CASES_FILE.read_text(encoding="utf-8"))
    repeated = sorted(name for name, times in Counter(case["name"] for case in cases).items() if times > 1)
    if repeated:
        raise ValueError(f"{CASES_FILE.name}: case names used more than once: {repeated}")
    for case in cases:
        _refuse_unknown(case, CASE_KEYS, f"case {case['name']!r}")
        for claim in case["expected"]:
            _refuse_unknown(claim, CLAIM_KEYS, f"a claim expected by {case['name']!r}")
    return cases


@pytest.mark.parametrize("case", claim_cases(), ids=lambda case: case["name"])
def test_claim_case(case):
    speakers = [KnownSpeaker(**speaker) for speaker in case.get("speakers", [])]
    # Whom the engine chooses, not whether it is sure enough to say so (abstention: test_ranking.py).
    found = extract_claims(case["text"], language=case["language"], speakers=speakers, abstain_below=0.0)
    assert all(case["text"][claim.start:claim.end] == claim.text for claim in found)
    assert [claim.text for claim in found] == [expected["text"] for expected in case["expected"]]
    for claim, expected in zip(found, case["expected"]):
        assert {key: getattr(claim, key) for key in expected} == expected, claim.text
