"""Learn the attribution model from annotated articles: `manage.py train_attribution GOLD ...`."""

import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from quotes.extraction import KnownSpeaker
from quotes.extraction.evaluation import GoldError, load_gold
from quotes.extraction.ranking import MODEL_PATH
from quotes.extraction.training import examples_from, model_json, train

BUNDLED_REGISTRY = Path(settings.BASE_DIR) / "fixtures" / "speakers.json"


def bundled_speakers(path: Path = BUNDLED_REGISTRY) -> list[KnownSpeaker]:
    """The bundled registry as the engine takes it, read from its fixture (no database needed)."""
    rows = json.loads(path.read_text(encoding="utf-8"))
    return [
        KnownSpeaker(key=f["slug"], name=f["name"], aliases=tuple(f.get("aliases") or ()), role=f.get("role", ""),
                     kind=f.get("kind", "person"))
        for f in (row["fields"] for row in rows if row.get("model") == "quotes.speaker")
    ]


class Command(BaseCommand):
    help = "Train the model that chooses each quote's speaker, from gold annotation files."

    def add_arguments(self, parser):
        parser.add_argument("gold", nargs="+", type=Path, help="Gold JSON files (evaluate_extraction's format).")
        parser.add_argument("--texts", action="append", default=[], type=Path, help="Folder with the annotated texts.")
        parser.add_argument(
            "--split", type=Path, action="append", default=[],
            help='A JSON split ({"train": [...], "validation": [...]}), repeatable (one per gold source): only '
            'its "train" articles (and articles no split names) are learned from.',
        )
        parser.add_argument("--output", type=Path, default=MODEL_PATH, help=f"Where to write the model (default {MODEL_PATH}).")
        parser.add_argument("--label", default="", help="A label stored in the model file (its version).")
        parser.add_argument("--regularisation", type=float, default=1.0, help="Inverse strength C (default 1.0).")

    def handle(self, *args, gold, texts, split, output, label, regularisation, **options):
        split_parts: dict[str, list] = {}
        for path in split:
            try:
                parts = json.loads(path.read_text(encoding="utf-8"))
                if not isinstance(parts, dict) or "train" not in parts:
                    raise ValueError('no "train" list')
            except (OSError, ValueError) as error:
                raise CommandError(f"{path}: cannot read the split ({error})") from None
            for part, names in parts.items():
                split_parts.setdefault(part, []).extend(names)
        try:
            documents = load_gold(gold, [*texts, Path(settings.SEED_TEXTS_DIR)], split=split_parts or None)
        except GoldError as error:
            raise CommandError(str(error)) from None
        data = examples_from(documents, bundled_speakers())
        if not any(any(e.right) for e in data.examples):
            raise CommandError("the gold gives no quote whose speaker is among the candidates: nothing to learn")
        model, report = train(data, regularisation=regularisation, version=label)
        try:
            output.write_text(model_json(model), encoding="utf-8")
        except OSError as error:
            raise CommandError(f"{output}: cannot write the model ({error.strerror or error})") from None
        self.stdout.write(
            f"{report['articles']} articles, {report['proposals']} quotes, {report['pairs']} (quote, candidate) pairs"
        )
        self.stdout.write("out of fold, by threshold:")
        for row in report["out_of_fold"]:
            mark = "  <- chosen" if row["threshold"] == report["threshold"] else ""
            self.stdout.write(f"  {row['threshold']:.2f}  P {row['precision']:.3f}  R {row['recall']:.3f}  F1 {row['f1']:.3f}{mark}")
        self.stdout.write(
            f"calibration strength C {report['calibration_strength']}; "
            f"expected calibration error, out of fold: {report['reliability']['ece']:.3f}"
        )
        self.stdout.write(f"wrote {output}")
