"""The rooms of docs/architecture.md and which may import which, held by reading every module's imports."""

import ast
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
# A room, and the top-level packages (or modules) its code must never import.
FORBIDDEN = {
    "quotes/extraction": {"django", "rest_framework", "articles", "common", "lineage", "claimtracker", "quotes.api",
                          "quotes.models", "quotes.services", "quotes.selectors"},
    "common": {"articles", "quotes", "lineage", "claimtracker"},
    "articles": {"quotes", "lineage"},
    "quotes": {"lineage"},
}


def imported(path: Path) -> set[str]:
    """Every module a file imports, anywhere in it (functions included)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("room", FORBIDDEN)
def test_a_room_imports_nothing_it_must_not(room):
    offences = []
    for path in sorted((ROOT / room).rglob("*.py")):
        for name in imported(path):
            if any(name == banned or name.startswith(banned + ".") for banned in FORBIDDEN[room]):
                offences.append(f"{path.relative_to(ROOT)} imports {name}")
    assert not offences
