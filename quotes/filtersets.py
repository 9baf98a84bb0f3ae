"""Filters for speakers, quotes and claims, named the way fact-checkers ask for them."""

import django_filters
from django.db.models import Q

from common.filtersets import FilterSet, IdFilter, IdsFilter, KeysFilter, PeriodFilter, words_filter
from quotes.extraction.text import fold
from quotes.models import Claim, Quote, Speaker
from quotes.search import quotes_matching
from quotes.services import user_is_editor

# A name matching more speakers than this is too vague to list quotes by.
MAX_SPEAKERS_PER_NAME = 200


def alias_lookup(prefix=""):
    """Match a name against every alias at word starts, ignoring case and accents."""

    def method(queryset, name, value):
        folded = fold(value)
        if not folded:
            return queryset
        return queryset.filter(**{f"{prefix}search_names__contains": f" {folded}"})

    return method


def speakers_by_slug(field, label):
    """One or more speakers by slug (?speaker=a&speaker=b), filtered on the key column itself."""

    def method(queryset, name, value):
        return queryset.filter(**{f"{field}__in": value}) if value else queryset

    return KeysFilter(
        field_name=field, to_field_name="slug", queryset=Speaker.objects.only("id", "slug").order_by(),
        method=method, label=label, distinct=False,
    )


def words_in(field):
    """Every word of the value must appear in `field`; a blank value changes nothing."""

    def method(queryset, name, value):
        return words_filter(queryset, field, value)

    return method


class SpeakerFilterSet(FilterSet):
    name = django_filters.CharFilter(method=alias_lookup(), label="Name or any alias")
    q = django_filters.CharFilter(method=alias_lookup(), label="Words in the name, aliases")
    kind = django_filters.ChoiceFilter(choices=Speaker.Kind.choices)
    wikidata = django_filters.CharFilter(field_name="wikidata_id", label="Wikidata item id, e.g. Q7747")

    class Meta:
        model = Speaker
        fields = ["kind"]


def speakers_named(queryset, name, value):
    """Quotes by every speaker one of whose names or aliases has `value` at a word start. The
    speakers are looked up first, so that the quotes come from one index range per speaker."""
    folded = fold(value)
    if not folded:
        return queryset
    ids = Speaker.objects.filter(search_names__contains=f" {folded}").order_by().values_list("id", flat=True)
    return queryset.filter(speaker_id__in=list(ids[:MAX_SPEAKERS_PER_NAME]))


class QuoteFilterSet(FilterSet):
    # Filters on the quote's own columns (language and date are copies of the article's), so that
    # every list is one index range; see the indexes on Quote.
    speaker = speakers_by_slug("speaker", "Speaker slug")
    speaker_id = IdsFilter(field_name="speaker", queryset=Speaker.objects.all())
    speaker_name = django_filters.CharFilter(method=speakers_named, label="Speaker name or alias")
    article = IdFilter(field_name="article_id")
    language = django_filters.CharFilter(field_name="language")
    kind = django_filters.ChoiceFilter(choices=Quote.Kind.choices)
    status = django_filters.ChoiceFilter(choices=Quote.Status.choices)
    attribution = django_filters.ChoiceFilter(choices=Quote.Attribution.choices)
    published_after = PeriodFilter(field_name="published", lookup_expr="gte")
    published_before = PeriodFilter(field_name="published", lookup_expr="lte")
    altered = django_filters.BooleanFilter(method="by_altered", label="Its words differ from their first appearance elsewhere")
    conflicting = django_filters.BooleanFilter(
        field_name="appearance__conflicting", label="Its words were first credited to someone else"
    )
    q = django_filters.CharFilter(
        method="search", label="Words in the quote (\"a phrase\", or, -word): stemmed in the language filter's language, exact words otherwise"
    )

    class Meta:
        model = Quote
        fields = []

    def by_altered(self, queryset, name, value):
        if value is None:
            return queryset
        altered = Q(appearance__status="altered")
        return queryset.filter(altered) if value else queryset.exclude(altered)

    def search(self, queryset, name, value):
        return quotes_matching(queryset, value, language=self.form.cleaned_data.get("language") or None)


PUBLISHED = Q(status=Claim.Status.PUBLISHED)


class ClaimFilterSet(FilterSet):
    """Outside the editors, a review counts only once it is published: the verdict and review
    filters see every other claim as unrated and unreviewed, as the claims themselves show."""

    speaker = speakers_by_slug("claimant", "Claimant slug")
    speaker_name = django_filters.CharFilter(method=alias_lookup("claimant__"), label="Claimant name or alias")
    verdict = django_filters.MultipleChoiceFilter(choices=Claim.Verdict.choices, method="by_verdict")
    status = django_filters.ChoiceFilter(choices=Claim.Status.choices)
    language = django_filters.CharFilter(field_name="article__language")
    article = IdFilter(field_name="article_id")
    reviewed = django_filters.BooleanFilter(method="by_reviewed", label="Reviewed (true) or not (false)")
    reviewed_after = PeriodFilter(field_name="reviewed_at", method="reviewed_since")
    reviewed_before = PeriodFilter(field_name="reviewed_at", method="reviewed_until")
    q = django_filters.CharFilter(method=words_in("text"), label="Words in the claim")

    class Meta:
        model = Claim
        fields = []

    @property
    def drafts_visible(self) -> bool:
        return self.request is not None and user_is_editor(self.request.user)

    def by_verdict(self, queryset, name, value):
        if not value:
            return queryset
        if self.drafts_visible:
            return queryset.filter(verdict__in=value)
        shown = PUBLISHED & Q(verdict__in=value)
        return queryset.filter(shown | ~PUBLISHED if Claim.Verdict.UNRATED in value else shown)

    def by_reviewed(self, queryset, name, value):
        reviewed = Q(reviewed_at__isnull=False) if self.drafts_visible else PUBLISHED & Q(reviewed_at__isnull=False)
        return queryset.filter(reviewed) if value else queryset.exclude(reviewed)

    def reviewed_since(self, queryset, name, value):
        return self._reviewed(queryset, Q(reviewed_at__gte=value))

    def reviewed_until(self, queryset, name, value):
        return self._reviewed(queryset, Q(reviewed_at__lte=value))

    def _reviewed(self, queryset, condition):
        return queryset.filter(condition if self.drafts_visible else condition & PUBLISHED)
