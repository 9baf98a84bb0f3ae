"""Score the extraction engine on gold annotations: `manage.py evaluate_extraction [GOLD ...]`."""

import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from quotes.extraction.evaluation import GoldError, Report, evaluate_article, evaluate_claims, load_gold
from quotes.extraction.ranking import model as attribution_model
from quotes.extraction.training import reliability
from quotes.services import known_speakers

GOLD_DIR = Path(settings.BASE_DIR) / "tests" / "data"
# The seeds' annotation and the project's own articles (two per supported language).
DEFAULT_GOLD = [GOLD_DIR / "seeds-gold.json", GOLD_DIR / "own-gold.json"]


class Command(BaseCommand):
    help = "Precision, recall and F1 of (speaker, quote) pairs against gold annotation files."

    def add_arguments(self, parser):
        parser.add_argument("gold", nargs="*", type=Path, help="Gold JSON files (default: the seeds' and the project's own annotations).")
        parser.add_argument("--texts", action="append", default=[], type=Path, help="Folder with the annotated texts.")
        parser.add_argument("--misses", action="store_true", help="List every miss and wrong attribution.")
        parser.add_argument(
            "--predictions", type=Path, metavar="FILE",
            help="Also write the quotes found, per file, in the reference scorer's form "
            '({"NAME.txt": [{"text", "speaker"}]}; an unattributed quote has speaker null).',
        )
        parser.add_argument("--split", type=Path, help='A JSON split ({"train": [...], "validation": [...]}) of the gold\'s articles.')
        parser.add_argument("--part", default="train", help="With --split: the part to score (default train).")
        parser.add_argument("--no-registry", action="store_true", help="Run without the speaker registry.")

    def handle(self, *args, gold, texts, misses, no_registry, predictions, split, part, **options):
        try:
            speakers = [] if no_registry else known_speakers()
        except DatabaseError as error:
            raise CommandError(
                f"cannot read the speaker registry ({str(error).strip()}): run `make migrate` first, or use --no-registry"
            ) from None
        report = Report()
        found = {}
        text_dirs = [*texts, Path(settings.SEED_TEXTS_DIR)]
        try:
            parts = json.loads(split.read_text(encoding="utf-8")) if split else None
            if parts is not None and part not in parts:
                raise GoldError(f"{split}: the split has no part {part!r}")
            documents = load_gold(gold or DEFAULT_GOLD, text_dirs, split=parts, part=part)
        except GoldError as error:
            raise CommandError(str(error)) from None
        except (OSError, ValueError) as error:
            raise CommandError(f"{split}: cannot read the split ({error})") from None
        for text, entry in documents:
            quotes = evaluate_article(text, entry, report, speakers)
            found[entry["file"]] = [{"text": q.text, "speaker": (q.named_as or q.speaker) if q.speaker else None} for q in quotes]
            evaluate_claims(text, entry, report, speakers)
        if predictions is not None:
            try:
                predictions.write_text(json.dumps(found, ensure_ascii=False, indent=1), encoding="utf-8")
            except OSError as error:
                raise CommandError(f"{predictions}: cannot write predictions ({error.strerror or error})") from None
        self.stdout.write(self._line("all (speaker, quote)", report.overall))
        self.stdout.write(self._line("full quotes", report.full))
        self.stdout.write(self._line("spans, any speaker", report.spans))
        for language, score in sorted(report.by_language.items()):
            self.stdout.write(self._line(f"language {language}", score))
        for method, score in sorted(report.by_method.items()):
            self.stdout.write(self._line(method, score))
        if report.claims.tp + report.claims.fp + report.claims.fn:
            self.stdout.write(self._line("claims (reported speech)", report.claims))
        self.stdout.write(f"persons attributed to non-quotes: {report.person_on_non_quote}")
        self._calibration(report)
        if misses:
            for file_name, kind, detail in report.misses:
                self.stdout.write(f"  {kind:6} {file_name}: {detail}")

    def _calibration(self, report):
        """The reliability table: is a quote at confidence p right p of the time?"""
        pairs = report.calibration
        if not pairs:
            return
        table = reliability(pairs)
        threshold = attribution_model().threshold if attribution_model() else 0.0
        self.stdout.write(
            f"confidence (attributed without abstention: {len(pairs)}; abstain under {threshold:.2f}: "
            f"{report.abstained} quotes left without a speaker)"
        )
        self.stdout.write("  bucket     count  right  mean confidence")
        for row in table["buckets"]:
            self.stdout.write(f"  {row['bucket']}  {row['count']:5}  {row['right']:.3f}  {row['confidence']:.3f}")
        self.stdout.write(f"  expected calibration error {table['ece']:.3f}")
        kept = [right for confidence, right in pairs if confidence >= threshold]
        sure = [right for confidence, right in pairs if confidence >= 0.9]
        if kept:
            self.stdout.write(
                f"  confidence >= 0.9: {len(sure)} quotes, {len(sure) / len(kept):.0%} of those attributed, "
                f"{(sum(sure) / len(sure)) if sure else 0:.1%} right"
            )

    @staticmethod
    def _line(label, score):
        return (
            f"{label:28} P {score.precision:.3f}  R {score.recall:.3f}  F1 {score.f1:.3f}"
            f"  (tp {score.tp}, fp {score.fp}, fn {score.fn})"
        )
