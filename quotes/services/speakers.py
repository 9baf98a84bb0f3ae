"""Speakers: the registry the engine reads names from, and finding, creating, renaming and merging
speakers.

The registry is kept in memory across the articles of an import. Reading and indexing every
speaker per article would cost more than the article itself once a desk has thousands. So the
registry is read once, then kept up to date: each check compares the speakers' count and latest
change with what it holds, reads only the speakers changed since, and indexes the new ones; an
edited or deleted speaker makes it read them all again. The speakers an import creates itself are
noted as they are made, without a query.
"""

from datetime import timedelta

from django.core.management import call_command
from django.db import IntegrityError, connection, transaction
from django.db.models import Count, Max
from django.utils.text import slugify
from simple_history.utils import bulk_update_with_history

from quotes.extraction import KnownSpeaker, SpeakerIndex
from quotes.extraction.text import search_names
from quotes.models import Claim, Quote, Speaker

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


def aliases_validated(aliases) -> list[str]:
    """A speaker's aliases as stored: a list of names, stripped, each once. Anything else (a number,
    a bare string, a list with a number or an empty name, a NUL) is a ValueError saying what."""
    if not isinstance(aliases, list):
        raise ValueError(f"aliases must be a list of names, like [\"Poetin\", \"Poutine\"], not {aliases!r}")
    names = []
    for alias in aliases:
        if not isinstance(alias, str) or not alias.strip():
            raise ValueError(f"every alias must be a name (a non-empty string), not {alias!r}")
        if "\x00" in alias:
            raise ValueError(f"alias {alias!r} contains a NUL character")
        names.append(alias.strip())
    return list(dict.fromkeys(names))


def speaker_set_names(*, speaker: Speaker, name: str | None = None, aliases: list[str] | None = None) -> Speaker:
    """Change a speaker's name or aliases and keep the alias search in step."""
    if name is not None:
        speaker.name = name
    if aliases is not None:
        speaker.aliases = aliases_validated(aliases)
    speaker.search_names = search_names([speaker.name, *speaker.aliases])
    speaker.save()
    return speaker


def _slug_base(name: str) -> str:
    return (slugify(name, allow_unicode=False) or "speaker")[:190]


def speaker_create(*, name: str, kind: str = Speaker.Kind.PERSON, aliases=(), role: str = "") -> Speaker:
    """A new speaker, under the first slug of their name that no other speaker has."""
    base = _slug_base(name)
    slug, number = base, 2
    while Speaker.objects.filter(slug=slug).exists():
        slug, number = f"{base[:185]}-{number}", number + 1
    return Speaker.objects.create(
        name=name, slug=slug, kind=kind, aliases=list(aliases), role=role,
        search_names=search_names([name, *aliases]),
    )



def speaker_named(name: str) -> Speaker | None:
    """The speaker whose names (or aliases) contain `name`."""
    return Speaker.objects.filter(search_names__contains=search_names([name])).first()


def speaker_create_or_find(*, name: str, kind: str) -> Speaker:
    """A new speaker of this name; or the one another import process created a moment ago (the
    registry this process holds may not have them yet: their slug gives them away)."""
    if Speaker.objects.filter(slug=_slug_base(name)).exists():
        found = speaker_named(name)
        if found is not None:
            return found
    try:
        with transaction.atomic():
            return speaker_create(name=name, kind=kind)
    except IntegrityError:
        speaker = speaker_named(name)
        if speaker is None:
            raise
        return speaker


def speaker_registry_ensure() -> None:
    """An empty registry gets the bundled one (fixtures/speakers.json)."""
    if not Speaker.objects.exists():
        call_command("loaddata", "speakers", verbosity=0)


def speaker_merge(*, source: Speaker, target: Speaker) -> Speaker:
    """Fold `source` into `target`: its quotes and claims move, its name and aliases become
    aliases of `target` (so a re-import finds `target`), and `source` goes. History records each
    row that changed."""
    if source.pk == target.pk:
        raise ValueError(f"cannot merge speaker {source.slug!r} into itself")
    with transaction.atomic():
        quotes = list(Quote.objects.filter(speaker=source))
        for quote in quotes:
            quote.speaker, quote.edited = target, True  # an editor's decision: imports keep it
        bulk_update_with_history(quotes, Quote, ["speaker", "edited"])
        claims = list(Claim.objects.filter(claimant=source))
        for claim in claims:
            claim.claimant = target
        bulk_update_with_history(claims, Claim, ["claimant"])
        speaker_set_names(speaker=target, aliases=[*target.aliases, source.name, *source.aliases])
        source.delete()
    return target
