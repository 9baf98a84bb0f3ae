"""The speaker registry as the engine sees it, kept in memory across the articles of an import.

Reading and indexing every speaker per article would cost more than the article itself once a
desk has thousands. So the registry is read once, then kept up to date: each check compares the
speakers' count and latest change with what it holds, reads only the speakers changed since, and
indexes the new ones; an edited or deleted speaker makes it read them all again. The speakers an
import creates itself are noted as they are made, without a query.
"""

from datetime import timedelta

from django.db import connection
from django.db.models import Count, Max

from quotes.extraction import KnownSpeaker, SpeakerIndex
from quotes.extraction.text import search_names
from quotes.models import Speaker

_FIELDS = ("id", "slug", "name", "aliases", "role", "kind", "search_names")
# A speaker saved just before a check may commit just after it: a catch-up reads from a little
# earlier than the latest change it saw.
_CATCH_UP_MARGIN = timedelta(seconds=5)
_JOIN_EVERY = 256  # noted names searched one by one before they join the rest


class Registry:
    """Every speaker as the engine's index, and every speaker's search names (so an import can
    tell, without a query, that a new name is nobody's)."""

    def __init__(self, database: str, rows, count: int, newest):
        self.database, self.count, self.newest = database, count, newest
        self.index = SpeakerIndex()
        self.known: dict[int, KnownSpeaker] = {}
        self._names = ""  # search names, one speaker per line
        self._recent: list[str] = []
        self._add(rows)

    def _add(self, rows) -> None:
        rows = [row for row in rows if row[0] not in self.known]
        for row in rows:
            self.known[row[0]] = _known(row)
        self.index.add(self.known[row[0]] for row in rows)
        self._recent += [row[-1] for row in rows]
        if len(self._recent) > _JOIN_EVERY:
            self._names = "\n".join([self._names, *self._recent])
            self._recent = []

    def note(self, speaker: Speaker) -> None:
        """A speaker this process has just created. Should its transaction roll back (a dry run,
        a refused article), the next check finds one speaker fewer than noted and reads all again."""
        self._add([tuple(getattr(speaker, field) for field in _FIELDS)])

    def may_name(self, name: str) -> bool:
        """Whether some speaker's names contain `name` as the search_names lookup matches them."""
        pattern = search_names([name])
        return pattern in self._names or any(pattern in names for names in self._recent)

    def catch_up(self, count: int, newest) -> bool:
        """Index the speakers added since the last check; False if any other change happened."""
        changed = Speaker.objects.filter(updated_at__gt=self.newest - _CATCH_UP_MARGIN).values_list(*_FIELDS)
        new = []
        for row in changed.order_by("id"):
            if row[0] not in self.known:
                new.append(row)
            elif self.known[row[0]] != _known(row):
                return False  # edited
        if len(self.known) + len(new) != count:
            return False  # deleted, or committed too late for the margin
        self._add(new)
        self.count, self.newest = count, newest
        return True


_current: list[Registry] = []


def registry_current() -> Registry:
    """The registry, checked against the database (one aggregate query when nothing changed)."""
    count, newest = Speaker.objects.aggregate(Count("id"), Max("updated_at")).values()
    database = connection.settings_dict["NAME"]
    held = _current[0] if _current and _current[0].database == database else None
    if held and (held.count, held.newest) == (count, newest) and len(held.known) == count:
        return held
    if held and held.newest is not None and newest is not None and held.catch_up(count, newest):
        return held
    _current[:] = [Registry(database, Speaker.objects.order_by("id").values_list(*_FIELDS), count, newest)]
    return _current[0]


def known_speakers() -> SpeakerIndex:
    """The registry as the engine takes it: `extract_quotes(..., speakers=known_speakers())`."""
    return registry_current().index


def _known(row) -> KnownSpeaker:
    _, slug, name, aliases, role, kind, _ = row
    return KnownSpeaker(key=slug, name=name, aliases=tuple(aliases or ()), role=role, kind=kind)
