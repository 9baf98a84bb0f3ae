"""The import_articles command: a summary line per file, a progress bar or progress lines."""

import io

import pytest
from django.core.management import call_command

from articles.models import Article
from tests.support import run_import

pytestmark = pytest.mark.django_db


def test_summary_line_per_file_and_total(seeded):
    lines = seeded.strip().splitlines()
    assert len(lines) == 6
    assert lines[-1].startswith("5 files imported, 0 failed")


class _Terminal(io.StringIO):
    def isatty(self):
        return True


def test_a_terminal_gets_a_progress_bar_and_file_lines_only_with_verbosity_2(tmp_path):
    for n in range(3):
        (tmp_path / f"a{n}.txt").write_text(f"Story number {n} about the council budget vote.", encoding="utf-8")
    out, err = _Terminal(), _Terminal()
    call_command("import_articles", str(tmp_path), stdout=out, stderr=err)
    assert "importing" in err.getvalue() and "3/3" in err.getvalue()  # the bar: files done of all
    assert ": new, language" not in out.getvalue() and "3 files imported" in out.getvalue()
    out = _Terminal()
    Article.objects.update(engine="an-older-engine")
    call_command("import_articles", str(tmp_path), stdout=out, stderr=_Terminal(), verbosity=2)
    assert out.getvalue().count(": unchanged, language") == 3


def test_a_log_gets_a_line_per_file_and_progress_lines(tmp_path, monkeypatch):
    monkeypatch.setattr("quotes.management.commands.import_articles.PROGRESS_EVERY_SECONDS", 0)
    for n in range(3):
        (tmp_path / f"a{n}.txt").write_text(f"Story number {n} about the council budget vote.", encoding="utf-8")
    out, _ = run_import(tmp_path)
    assert out.count(": new, language") == 3
    assert "progress: 3 of 3 files" in out and "articles/s, about 0 s left" in out
