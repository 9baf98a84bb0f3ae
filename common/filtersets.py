"""The filter kit every app's FilterSets are made of: a FilterSet that is cheap per request, and filters
for periods, ids and words that answer a bad value with a 400, never a database error."""

import copy
import re
from datetime import date

import django_filters
from django import forms


class FilterSet(django_filters.FilterSet):
    """django-filter's FilterSet without its per-request deep copy of every filter (and the
    querysets inside them): filters keep no request state but their parent, so a shallow copy
    each, with method filters bound to the copy, is enough. Lists spend a millisecond or two less."""

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None):
        base_filters = self.base_filters
        self.base_filters = {}
        try:
            super().__init__(data, queryset, request=request, prefix=prefix)
        finally:
            del self.base_filters  # back to the class attribute
        self.filters = {}
        for name, base in base_filters.items():
            filter_ = copy.copy(base)
            filter_.extra = dict(base.extra)
            if base.method:
                filter_.method = base.method  # rebinds the method to this copy
            filter_.model, filter_.parent = self.queryset.model, self
            self.filters[name] = filter_

    def get_form_class(self):
        """The same form for every request, so it is built once per filter set; and its forms share
        its fields (SharedFields) instead of deep-copying them each."""
        form_class = type(self).__dict__.get("_form_class")
        if form_class is None:
            form_class = super().get_form_class()
            form_class.base_fields = SharedFields(form_class.base_fields)
            type(self)._form_class = form_class
        return form_class


class SharedFields(dict):
    """A filter form's fields, which each form it makes takes as they are: Django deep-copies a
    form's fields (their widgets, choices and querysets) for every form, in case one form changes
    its own, and a filter form never does: its fields only clean values (a model choice field
    filters its queryset into a new one), so a new dict of the same fields is enough. A form that
    adds or removes a field changes its own dict only."""

    def __deepcopy__(self, memo):
        return dict(self)


class PeriodField(forms.CharField):
    """A date given as YYYY-MM-DD or YYYY-MM (a whole month), parsed to its first day."""

    def to_python(self, value):
        value = super().to_python(value).strip()
        if not value:
            return None
        match = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", value)
        try:
            if not match:
                raise ValueError
            return date(int(match[1]), int(match[2]), int(match[3] or 1))
        except ValueError:
            raise forms.ValidationError(
                "%(value)r is not a date: use YYYY-MM-DD or YYYY-MM", params={"value": value}
            ) from None


class PeriodFilter(django_filters.Filter):
    field_class = PeriodField


MAX_ID = 2**63 - 1  # the largest key PostgreSQL and SQLite can compare with


class IdFilter(django_filters.NumberFilter):
    """A whole-number key; anything else (1.5, 10**40) is a 400, never a database error."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", MAX_ID)
        super().__init__(*args, **kwargs)


class KeysField(django_filters.fields.ModelMultipleChoiceField):
    """Rows chosen by key (a list of them when given). Nothing given is [], not Django's
    `queryset.none()`: a filter asks whether its value is empty, and asking a queryset reads it (a
    compiled query, if no round trip) on every request that does not use the filter."""

    def clean(self, value):
        if not value and not self.required:
            return []
        return super().clean(value)


class KeysFilter(django_filters.ModelMultipleChoiceFilter):
    """A ModelMultipleChoiceFilter whose unused value costs nothing (KeysField)."""

    field_class = KeysField


class IdsField(KeysField):
    def clean(self, value):
        for item in value or []:
            if not re.fullmatch(r"[0-9]+", str(item)) or not 0 < int(item) <= MAX_ID:  # ("²".isdigit())
                raise forms.ValidationError("%(value)r is not an id", params={"value": item})
        return super().clean(value)


class IdsFilter(KeysFilter):
    """Several whole-number keys (?speaker_id=1&speaker_id=2)."""

    field_class = IdsField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("distinct", False)  # a key on the row itself: no duplicates to remove
        super().__init__(*args, **kwargs)


def words_filter(queryset, field, value):
    """Every word of `value` must appear in `field` (case-insensitive); blank changes nothing."""
    for word in value.split()[:20]:
        queryset = queryset.filter(**{f"{field}__icontains": word})
    return queryset
