"""Public shapes: one declaration of what the API shows of an object, from which its serializer's
fields, the columns a list reads and the mapping of a row to what is shown all derive.

Lists read value rows, not model instances: building a page of instances cost more than its SQL.
A shape names each public field and the column (a `values()` path, such as "article__title") it
comes from, so the rows of a list and the instance of a detail view go through the same mapping
and cannot drift apart.
"""

from collections.abc import Callable
from dataclasses import dataclass
from operator import itemgetter

from django.core.exceptions import ObjectDoesNotExist
from django.utils import timezone
from rest_framework import serializers


def moment(value) -> str | None:
    """A datetime as DRF writes it (ISO 8601, UTC as Z). The project never activates a time zone
    per request, so the current one is the default (looking the current one up costs more)."""
    if value is None:
        return None
    text = value.astimezone(timezone.get_default_timezone()).isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def day(value) -> str | None:
    """A date as ISO 8601."""
    return value.isoformat() if value else None


@dataclass(frozen=True)
class Column:
    """A field read from a column, through `convert` when the column's value is not what is shown."""

    path: str
    convert: Callable | None = None


@dataclass(frozen=True)
class Nested:
    """A field that is another shape, read from the columns of the relation `via`; `optional`: null
    when the relation is empty."""

    via: str
    shape: "Shape"
    optional: bool = False


@dataclass(frozen=True)
class Given:
    """A field the serializer supplies in the row (not a column), such as ids read by another query."""


class Shape:
    """The public fields of an object, in order: each a column path, a Column, a Nested or Given."""

    def __init__(self, **fields):
        self.fields = {name: Column(spec) if isinstance(spec, str) else spec for name, spec in fields.items()}
        self.names = list(self.fields)
        self.columns = tuple(dict.fromkeys(self._columns("")))
        self._readers = self._readers_for("")

    def read(self, row: dict) -> dict:
        """What the API shows, from a row of `columns` (and the Given fields)."""
        return {name: reader(row) for name, reader in self._readers}

    def row_of(self, instance) -> dict:
        """The row `columns` would read of this instance (its relations loaded), for a detail view."""
        return {column: _follow(instance, column) for column in self.columns}

    def _columns(self, prefix: str):
        for spec in self.fields.values():
            if isinstance(spec, Column):
                yield prefix + spec.path
            elif isinstance(spec, Nested):
                yield from spec.shape._columns(f"{prefix}{spec.via}__")

    def _readers_for(self, prefix: str) -> list:
        readers = []
        for name, spec in self.fields.items():
            if isinstance(spec, Given):
                readers.append((name, itemgetter(prefix + name)))
            elif isinstance(spec, Nested):
                readers.append((name, spec.shape._nested_reader(f"{prefix}{spec.via}__", spec.optional)))
            elif spec.convert is None:
                readers.append((name, itemgetter(prefix + spec.path)))
            else:
                readers.append((name, _converted(prefix + spec.path, spec.convert)))
        return readers

    def _nested_reader(self, prefix: str, optional: bool):
        readers, key = self._readers_for(prefix), prefix + "id"

        def nested(row):
            if optional and row[key] is None:
                return None
            return {name: reader(row) for name, reader in readers}

        return nested


def _converted(key: str, convert):
    return lambda row: convert(row[key])


def _follow(instance, path: str):
    for name in path.split("__"):
        if instance is None:
            return None
        try:
            instance = getattr(instance, name)
        except ObjectDoesNotExist:  # an empty reverse one-to-one (a quote not linked yet)
            return None
    return instance


class RowsSerializer(serializers.ListSerializer):
    """Many objects of a ShapedSerializer: their queryset (a page, not yet read) is read as value
    rows of the shape's columns."""

    def to_representation(self, data):
        rows = list(data.prefetch_related(None).values(*self.child.shape.columns))
        return self.child.represent_rows(rows)


class ShapedSerializer(serializers.ModelSerializer):
    """A serializer that shows its `shape`: the Meta.fields are the shape's names, one object is
    read through shape.row_of and many as rows (set `list_serializer_class = RowsSerializer`)."""

    shape: Shape

    def get_fields(self):
        """The declared fields read where the shape says: a column across a relation is their source
        (so the field-by-field output, and the schema, cannot drift from the shape's)."""
        fields = super().get_fields()
        for name, spec in self.shape.fields.items():
            if isinstance(spec, Column) and spec.path != name and fields[name].source is None:
                fields[name].source = spec.path.replace("__", ".")
        return fields

    def to_representation(self, instance):
        return self.represent_row(self.shape.row_of(instance))

    def represent_row(self, row: dict) -> dict:
        return self.shape.read(row)

    def represent_rows(self, rows: list[dict]) -> list[dict]:
        return [self.represent_row(row) for row in rows]
