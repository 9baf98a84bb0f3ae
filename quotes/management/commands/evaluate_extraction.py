"""Score the extraction engine on gold annotations: `manage.py evaluate_extraction [GOLD ...]`."""

import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from quotes.extraction.evaluation import Report, evaluate_article, evaluate_claims, find_text
from quotes.registry import known_speakers

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
        parser.add_argument("--no-registry", action="store_true", help="Run without the speaker registry.")

    def handle(self, *args, gold, texts, misses, no_registry, predictions, **options):
        try:
            speakers = [] if no_registry else known_speakers()
        except DatabaseError as error:
            raise CommandError(
                f"cannot read the speaker registry ({str(error).strip()}): run `make migrate` first, or use --no-registry"
            ) from None
        report = Report()
        found = {}
        text_dirs = [*texts, Path(settings.SEED_TEXTS_DIR)]
        for gold_path in gold or DEFAULT_GOLD:
            try:
                articles = json.loads(gold_path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as error:
                raise CommandError(f"{gold_path}: cannot read gold annotations ({error})") from None
            for entry in articles:
                path = find_text(entry["file"], gold_path, text_dirs)
                if path is None:
                    raise CommandError(f"{gold_path}: text {entry['file']} not found (use --texts DIR)")
                with open(path, encoding="utf-8", newline="") as handle:
                    text = handle.read()
                quotes = evaluate_article(text, entry, report, speakers)
                found[entry["file"]] = [{"text": q.text, "speaker": q.speaker or None} for q in quotes]
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
        if misses:
            for file_name, kind, detail in report.misses:
                self.stdout.write(f"  {kind:6} {file_name}: {detail}")

    @staticmethod
    def _line(label, score):
        return (
            f"{label:28} P {score.precision:.3f}  R {score.recall:.3f}  F1 {score.f1:.3f}"
            f"  (tp {score.tp}, fp {score.fp}, fn {score.fn})"
        )
