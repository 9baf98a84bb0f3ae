"""The filter kit (common/filtersets.py): filter sets cheap per request, ids and periods checked."""

import pytest

from quotes.models import Quote

pytestmark = pytest.mark.django_db


def test_filter_sets_do_not_share_filters_between_requests():
    from quotes.filtersets import QuoteFilterSet

    first, second = QuoteFilterSet({"q": "a"}), QuoteFilterSet({"q": "b"})
    for name in ("q", "speaker", "speaker_name"):
        assert first.filters[name] is not second.filters[name]
        assert first.filters[name].parent is first and second.filters[name].parent is second
    assert first.filters["q"].method == "search" and first.filters["q"].filter.f is first.filters["q"]
    assert QuoteFilterSet.base_filters["q"] is not first.filters["q"]


def test_filter_forms_are_built_once_and_validate_each_request_alone(db):
    from quotes.filtersets import QuoteFilterSet

    first = QuoteFilterSet({"kind": "nonsense", "speaker": "nobody"}, queryset=Quote.objects.all())
    second = QuoteFilterSet({"kind": "full"}, queryset=Quote.objects.all())
    assert type(first.form) is type(second.form)
    assert not first.is_valid() and set(first.form.errors) == {"kind", "speaker"}
    assert second.is_valid() and second.form.cleaned_data["kind"] == "full"


@pytest.mark.parametrize("params", [
    {"speaker_id": str(10**40)}, {"speaker_id": "-5"}, {"article": "1.5"}, {"article": str(10**30)},
    {"published_after": "20%-01"}, {"published_before": "%(x)s"},
])
def test_out_of_range_and_format_breaking_values_are_400(api, seeded, params):
    """Found by the schema fuzzer: these used to reach the database or a format string."""
    assert api.get("/api/quotes/", params).status_code == 400


@pytest.mark.parametrize("value", ["²", "١٢", "1²"])
def test_digits_that_are_no_ascii_number_are_400(api, seeded, value):
    response = api.get("/api/quotes/", {"speaker_id": value})
    assert response.status_code == 400 and "speaker_id" in response.json()
