"""The extraction's commands: evaluate_extraction reads the gold format and reports per-language
figures, train_attribution writes a model the engine can read."""

import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

pytestmark = pytest.mark.django_db


@pytest.mark.backend_independent  # measures the engine; the database only lends it the speaker registry
def test_evaluate_on_bundled_seed_annotation(seeded):
    out = io.StringIO()
    call_command("evaluate_extraction", "--misses", stdout=out)
    report = out.getvalue()
    for label in ("all (speaker, quote)", "full quotes", "language sq", "language en", "language nl", "language it", "gold explicit"):
        assert label in report
    full = next(line for line in report.splitlines() if line.startswith("full quotes"))
    assert float(full.split("F1")[1].split()[0]) > 0.5


def test_evaluate_scores_a_gold_file_of_our_own(tmp_path, seeded):
    text = "Mayor Anna Berg opened the school.\n\n“We built this school in one single year,” she said."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    start = text.index("We built")
    gold = [{"file": "a.txt", "lang": "en", "quotes": [{"speaker": "Anna Berg", "aliases": [], "text": "We built this school in one single year,", "start": start, "end": start + 40, "via": "pronoun", "partial": False, "headline": False}], "not_quotes": [], "ambiguous": []}]
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    out = io.StringIO()
    call_command("evaluate_extraction", str(tmp_path / "gold.json"), stdout=out)
    assert "P 1.000  R 1.000  F1 1.000" in out.getvalue().splitlines()[0]


def test_evaluate_reports_a_missing_gold_file(tmp_path):
    with pytest.raises(CommandError, match="cannot read gold annotations"):
        call_command("evaluate_extraction", str(tmp_path / "missing.json"), stdout=io.StringIO())


def test_evaluate_without_a_migrated_database_says_what_to_do(monkeypatch):
    from django.db import OperationalError

    def unmigrated():
        raise OperationalError("no such table: quotes_speaker")

    monkeypatch.setattr("quotes.management.commands.evaluate_extraction.known_speakers", unmigrated)
    with pytest.raises(CommandError, match=r"no such table: quotes_speaker\): run `make migrate` first"):
        call_command("evaluate_extraction", stdout=io.StringIO())


def test_own_gold_annotations_point_at_their_text():
    gold_dir = Path(__file__).parents[1] / "data"
    articles = json.loads((gold_dir / "own-gold.json").read_text(encoding="utf-8"))
    assert {a["lang"] for a in articles} == {"sq", "en", "nl", "it", "de", "fr", "es"}
    for article in articles:
        text = (gold_dir / article["file"]).read_text(encoding="utf-8")
        for entry in article["quotes"] + article["not_quotes"]:
            assert text[entry["start"]:entry["end"]] == entry["text"], (article["file"], entry["text"])


def test_every_own_article_has_its_part_in_the_models_split():
    """An article the split does not name is learned from: a new one must be placed on purpose."""
    data = Path(__file__).parents[1] / "data"
    files = {a["file"] for a in json.loads((data / "own-gold.json").read_text(encoding="utf-8"))}
    split = json.loads((data / "own-split.json").read_text(encoding="utf-8"))
    named = [name for names in split.values() for name in names]
    assert sorted(named) == sorted(files) and len(named) == len(set(named))


@pytest.mark.backend_independent  # measures the engine; the database only lends it the speaker registry
def test_engine_keeps_its_floor_on_the_project_gold(seeded):
    """A regression floor, well under today's figures, so an engine change that breaks a language shows."""
    out = io.StringIO()
    call_command("evaluate_extraction", str(Path(__file__).parents[1] / "data" / "own-gold.json"), stdout=out)
    overall = out.getvalue().splitlines()[0]
    assert float(overall.split("F1")[1].split()[0]) >= 0.65


def _gold_of_our_own(tmp_path):
    text = (
        "Mayor Anna Berg opened the school.\n\n“We built this school in one single year,” she said.\n\n"
        "The council called it a “model school” in its report."
    )
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    start = text.index("We built")
    label = text.index("model school")
    gold = [{"file": "a.txt", "lang": "en", "quotes": [
        {"speaker": "Anna Berg", "aliases": [], "speaker_type": "person", "text": "We built this school in one single year,",
         "start": start, "end": start + 40, "via": "pronoun", "partial": False, "headline": False}],
        "not_quotes": [{"text": "model school", "start": label, "end": label + 12}], "ambiguous": []}]
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return tmp_path / "gold.json"


def test_evaluate_writes_predictions_in_the_reference_scorers_form(tmp_path, seeded):
    gold = _gold_of_our_own(tmp_path)
    out = io.StringIO()
    call_command("evaluate_extraction", str(gold), "--predictions", str(tmp_path / "p.json"), stdout=out)
    predictions = json.loads((tmp_path / "p.json").read_text(encoding="utf-8"))
    # The label after "called" has a cue but no speaker the model is sure of: kept for an editor.
    assert predictions == {"a.txt": [
        {"text": "We built this school in one single year,", "speaker": "Anna Berg"},
        {"text": "model school", "speaker": None},
    ]}
    report = out.getvalue()
    assert "bucket" in report and "expected calibration error" in report and "confidence >= 0.9" in report


def test_evaluate_scores_one_part_of_a_split(tmp_path, seeded):
    gold = _gold_of_our_own(tmp_path)
    (tmp_path / "split.json").write_text(json.dumps({"train": [], "validation": ["a.txt"]}), encoding="utf-8")
    out = io.StringIO()
    call_command("evaluate_extraction", str(gold), "--split", str(tmp_path / "split.json"), "--part", "train", stdout=out)
    assert "(tp 0, fp 0, fn 0)" in out.getvalue().splitlines()[0]
    with pytest.raises(CommandError, match="no part 'test'"):
        call_command("evaluate_extraction", str(gold), "--split", str(tmp_path / "split.json"), "--part", "test")
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    with pytest.raises(CommandError, match="cannot read the split"):
        call_command("evaluate_extraction", str(gold), "--split", str(tmp_path / "bad.json"))


@pytest.mark.backend_independent  # measures the engine; the database only lends it the speaker registry
def test_train_attribution_writes_a_model_the_engine_can_read(tmp_path):
    from quotes.extraction.ranking import Model

    out = io.StringIO()
    gold = Path(__file__).parents[1] / "data" / "own-gold.json"
    call_command("train_attribution", str(gold), "--output", str(tmp_path / "m.json"), "--label", "t1", stdout=out)
    written = json.loads((tmp_path / "m.json").read_text(encoding="utf-8"))
    assert Model.from_dict(written).version == "t1" and "<- chosen" in out.getvalue()
    own = [entry["file"] for entry in json.loads(gold.read_text(encoding="utf-8"))]
    (tmp_path / "a.json").write_text(json.dumps({"train": own[:40]}), encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps({"train": [], "validation": own[40:]}), encoding="utf-8")
    call_command(
        "train_attribution", str(gold), "--output", str(tmp_path / "m2.json"),
        "--split", str(tmp_path / "a.json"), "--split", str(tmp_path / "b.json"), stdout=out,
    )
    assert "40 articles," in out.getvalue()  # the splits together: the rest is in one's validation part
    (tmp_path / "split.json").write_text(json.dumps({"validation": []}), encoding="utf-8")
    with pytest.raises(CommandError, match='no "train" list'):
        call_command("train_attribution", str(gold), "--split", str(tmp_path / "split.json"))
