"""The editors' curation tool: quotes checked against their article, speakers, claims."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ActionForm
from django.db.models import Count
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from simple_history.admin import SimpleHistoryAdmin

from articles.admin import ArticleAdmin
from articles.models import Article
from quotes import selectors, services
from quotes.claimreview_import import reviews_matching
from quotes.models import Claim, Quote, QuoteForReview, Speaker

CONTEXT_CHARS = 300
admin.site.site_header = "ClaimTracker editors"
admin.site.site_title = "ClaimTracker"
admin.site.index_title = "Curation"


def highlight(body: str, start: int, end: int, context: int = CONTEXT_CHARS):
    """The article text around [start, end) with that span marked, for checking provenance."""
    return format_html(
        '<div style="white-space:pre-wrap;max-width:60em;min-width:22em">…{}<mark>{}</mark>{}…</div>',
        body[max(0, start - context):start], body[start:end], body[end:end + context],
    )


class SpeakerMergeForm(ActionForm):
    merge_into = forms.CharField(required=False, label="Merge into (slug)")


class SpeakerForm(forms.ModelForm):
    class Meta:
        model = Speaker
        fields = ["name", "slug", "kind", "aliases", "role", "wikidata_id"]

    def clean_aliases(self):
        try:
            return services.aliases_validated(self.cleaned_data.get("aliases") or [])
        except ValueError as error:
            raise forms.ValidationError(str(error)) from None


@admin.register(Speaker)
class SpeakerAdmin(SimpleHistoryAdmin):
    form = SpeakerForm
    action_form = SpeakerMergeForm
    actions = ["merge"]
    list_display = ["name", "kind", "role", "alias_list", "wikidata_id", "quote_count"]
    list_filter = ["kind"]
    search_fields = ["name", "slug", "search_names", "role", "wikidata_id"]
    prepopulated_fields = {"slug": ["name"]}
    fields = ["name", "slug", "kind", "aliases", "role", "wikidata_id"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(quote_count=Count("quotes"))

    @admin.display(description="Aliases")
    def alias_list(self, speaker):
        return ", ".join(speaker.aliases or [])

    @admin.display(description="Quotes", ordering="quote_count")
    def quote_count(self, speaker):
        return speaker.quote_count

    def save_model(self, request, obj, form, change):
        services.speaker_set_names(speaker=obj, name=obj.name, aliases=obj.aliases or [])

    # Django offers an action to whoever holds any one of its permissions: a merge deletes a speaker.
    @admin.action(description="Merge the selected speakers into the one named below", permissions=["delete"])
    def merge(self, request, queryset):
        slug = request.POST.get("merge_into", "").strip()
        target = Speaker.objects.filter(slug=slug).first()
        if target is None:
            self.message_user(request, f"No speaker with slug {slug!r}: type the slug to merge into.", messages.ERROR)
            return
        merged = [s for s in queryset if s.pk != target.pk]
        for source in merged:
            services.speaker_merge(source=source, target=target)
        self.message_user(request, f"{len(merged)} speaker(s) merged into {target.name}.", messages.SUCCESS)


class AttributionFilter(admin.SimpleListFilter):
    title = "needs a look"
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return [("low", "Not sure (confidence < 0.9)"), ("unattributed", "No speaker (the engine was unsure)")]

    def queryset(self, request, queryset):
        if self.value() == "low":
            return queryset.filter(confidence__lt=0.9)
        if self.value() == "unattributed":
            return queryset.filter(speaker__isnull=True)
        return queryset


@admin.register(Quote)
class QuoteAdmin(SimpleHistoryAdmin):
    list_display = ["short_text", "speaker", "article", "language", "kind", "status", "confidence"]
    list_filter = ["status", "kind", "attribution", "article__language", AttributionFilter, "speaker"]
    list_select_related = ["speaker", "article"]
    search_fields = ["text", "speaker__name", "speaker__search_names", "cue"]
    autocomplete_fields = ["speaker"]
    readonly_fields = ["article", "text", "start", "end", "in_context", "kind", "attribution", "cue", "confidence", "created_at", "updated_at"]
    fields = ["in_context", "text", "speaker", "status", "article", "start", "end", "kind", "attribution", "cue", "confidence", "created_at", "updated_at"]
    actions = ["mark_verified", "mark_rejected", "make_claim"]

    def has_add_permission(self, request):
        return False  # quotes come from articles (their offsets point into the body): the import makes them

    @admin.display(description="Quote")
    def short_text(self, quote):
        return quote.text if len(quote.text) <= 90 else quote.text[:89] + "…"

    @admin.display(description="Language", ordering="article__language")
    def language(self, quote):
        return quote.article.language

    @admin.display(description="In the article")
    def in_context(self, quote):
        return highlight(quote.article.body, quote.start, quote.end)

    def save_model(self, request, obj, form, change):
        changed = set(form.changed_data)
        if change and "speaker" in changed:
            services.quote_set_speaker(quote=obj, speaker=obj.speaker)
            changed.discard("speaker")
        if change and changed:
            obj.edited = True
        if not change or changed:
            super().save_model(request, obj, form, change)

    @admin.action(description="Mark verified")
    def mark_verified(self, request, queryset):
        count = services.quotes_set_status(quotes=queryset, status=Quote.Status.VERIFIED)
        self.message_user(request, f"{count} quote(s) marked verified.", messages.SUCCESS)

    @admin.action(description="Mark rejected")
    def mark_rejected(self, request, queryset):
        count = services.quotes_set_status(quotes=queryset, status=Quote.Status.REJECTED)
        self.message_user(request, f"{count} quote(s) marked rejected.", messages.SUCCESS)

    @admin.action(description="Create a claim from each quote")
    def make_claim(self, request, queryset):
        made = sum(services.claim_create_from_quote(quote=q)[1] for q in queryset if q.speaker_id)
        skipped = sum(1 for q in queryset if not q.speaker_id)
        message = f"{made} claim(s) created."
        if skipped:
            message += f" {skipped} quote(s) without a speaker skipped."
        self.message_user(request, message, messages.SUCCESS)


class ReviewSpeakerForm(forms.ModelForm):
    """The speaker typed by slug, so the queue renders without a query per row."""

    speaker = forms.ModelChoiceField(
        Speaker.objects.all(), to_field_name="slug", required=False,
        widget=forms.TextInput(attrs={"size": 18, "title": "Speaker slug, e.g. vladimir-putin", "aria-label": "Speaker slug"}),
    )

    class Meta:
        model = Quote
        fields = ["speaker"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.speaker_id:
            self.initial["speaker"] = self.instance.speaker.slug


@admin.register(QuoteForReview)
class ReviewQueueAdmin(QuoteAdmin):
    """One screen to work through extracted quotes: least confident first, each shown in its
    article, with one-click verify and reject and the speaker editable in place."""

    list_display = ["confidence", "passage", "speaker_name", "speaker", "attribution", "decide"]
    list_display_links = None
    list_editable = ["speaker"]
    autocomplete_fields = []
    list_filter = ["article__language", "kind", "attribution"]
    list_per_page = 25
    ordering = ["confidence", "id"]

    def get_queryset(self, request):
        return super().get_queryset(request).filter(status=Quote.Status.EXTRACTED)

    def get_changelist_form(self, request, **kwargs):
        return ReviewSpeakerForm

    def changelist_view(self, request, extra_context=None):
        extra_context = {"title": "Review queue: least confident quotes first", **(extra_context or {})}
        return super().changelist_view(request, extra_context)

    def has_add_permission(self, request):
        return False

    @admin.display(description="Current speaker", ordering="speaker__name")
    def speaker_name(self, quote):
        return quote.speaker or "—"

    @admin.display(description="Quote in its article")
    def passage(self, quote):
        return highlight(quote.article.body, quote.start, quote.end, context=120)

    @admin.display(description="Decide")
    def decide(self, quote):
        return format_html(
            '<button type="submit" class="button" formaction="{}" title="Verify this quote">Verify</button> '
            '<button type="submit" class="button" formaction="{}" title="Reject this quote">Reject</button>',
            reverse("admin:quotes_quoteforreview_decide", args=[quote.pk, "verified"]),
            reverse("admin:quotes_quoteforreview_decide", args=[quote.pk, "rejected"]),
        )

    def get_urls(self):
        decide = self.admin_site.admin_view(self.decide_view)
        return [path("<int:pk>/<str:status>/", decide, name="quotes_quoteforreview_decide"), *super().get_urls()]

    def decide_view(self, request, pk, status):
        if request.method != "POST" or status not in (Quote.Status.VERIFIED, Quote.Status.REJECTED):
            return HttpResponseNotAllowed(["POST"])
        if not self.has_change_permission(request):
            raise PermissionDenied
        quote = get_object_or_404(Quote, pk=pk)
        count = services.quotes_set_status(quotes=[quote], status=status)
        self.message_user(request, f"{count} quote marked {status}: “{quote.text[:60]}”", messages.SUCCESS)
        return redirect(reverse("admin:quotes_quoteforreview_changelist") + "?" + request.GET.urlencode())


class QuoteInline(admin.TabularInline):
    model = Quote
    fields = ["text", "speaker", "start", "end", "kind", "status", "confidence"]
    readonly_fields = ["text", "speaker", "start", "end", "kind", "status", "confidence"]
    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("speaker")


admin.site.unregister(Article)


@admin.register(Article)
class ArticleWithQuotesAdmin(ArticleAdmin):
    inlines = [QuoteInline]

    def save_model(self, request, obj, form, change):
        services.article_save(article=obj)  # its quotes follow a new language or date


class ReviewedFilter(admin.SimpleListFilter):
    title = "reviewed"
    parameter_name = "reviewed"

    def lookups(self, request, model_admin):
        return [("yes", "Reviewed"), ("no", "Not reviewed")]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(reviewed_at__isnull=False)
        if self.value() == "no":
            return queryset.filter(reviewed_at__isnull=True)
        return queryset


class ClaimRatingForm(forms.ModelForm):
    review_url = forms.URLField(required=False, assume_scheme="https", help_text="Where the published fact-check lives.")

    class Meta:
        model = Claim
        fields = ["claimant", "verdict", "explanation", "review_url", "status"]

    def clean(self):
        data = super().clean()
        try:
            services.claim_review_check(status=data.get("status"), verdict=data.get("verdict"), claimant=data.get("claimant"))
        except ValueError as error:
            reason = str(error)
            raise forms.ValidationError(f"{reason[:1].upper()}{reason[1:]}.") from None
        return data


@admin.register(Claim)
class ClaimAdmin(SimpleHistoryAdmin):
    form = ClaimRatingForm
    list_display = ["short_text", "claimant", "verdict", "status", "language", "reviewed_at", "article"]
    list_filter = ["verdict", "status", ReviewedFilter, "article__language", "origin", "claimant"]
    list_select_related = ["claimant", "article"]
    search_fields = ["text", "claimant__name", "claimant__search_names"]
    readonly_fields = ["text", "article", "origin", "cue", "in_context", "source_quotes", "similar", "elsewhere",
                       "reviewed_by", "reviewed_at", "created_at", "updated_at"]
    autocomplete_fields = ["claimant"]
    fieldsets = [
        (None, {"fields": ["text", "claimant", "in_context", "source_quotes", "similar", "elsewhere"]}),
        ("Rating", {"fields": ["verdict", "explanation", "review_url", "status", "reviewed_by", "reviewed_at"]}),
        ("Provenance", {"fields": ["article", "origin", "cue", "created_at", "updated_at"]}),
    ]

    def has_add_permission(self, request):
        return False  # claims come from articles: the import, or "create a claim" on a quote

    def revert_disabled(self, request, obj=None):
        return True  # a verdict changes through the rating form, which records who gave it

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        if request.method == "POST":
            # Reverting would put back an old review whole, credited to its reviewer, even one
            # that was withdrawn: rate the claim instead.
            raise PermissionDenied
        return super().history_form_view(request, object_id, version_id, extra_context)

    @admin.display(description="Claim")
    def short_text(self, claim):
        return claim.text if len(claim.text) <= 90 else claim.text[:89] + "…"

    @admin.display(description="Language", ordering="article__language")
    def language(self, claim):
        return claim.article.language

    @admin.display(description="In the article")
    def in_context(self, claim):
        return highlight(claim.article.body, claim.start, claim.end)

    @admin.display(description="Source quotes")
    def source_quotes(self, claim):
        quotes = list(claim.quotes.select_related("speaker"))
        if not quotes:
            return "—"
        return format_html_join(
            "", '<p><a href="{}">{}</a>: “{}”</p>',
            ((reverse("admin:quotes_quote_change", args=[q.pk]), q.speaker or "no speaker yet", q.text) for q in quotes),
        )

    @admin.display(description="Similar claims (checked before?)")
    def similar(self, claim):
        similar = selectors.claims_similar(claim=claim)
        if not similar:
            return "None found."
        return format_html_join(
            "", '<p><a href="{}">{}</a> — {} ({})</p>',
            ((reverse("admin:quotes_claim_change", args=[c.pk]), c.text[:120], c.claimant or "no claimant yet",
              c.get_verdict_display())
             for c in similar),
        )

    @admin.display(description="Fact-checked elsewhere?")
    def elsewhere(self, claim):
        found = reviews_matching(claim)
        if not found:
            return "No published review of this claim found."
        return format_html_join(
            "", '<p><a href="{}" rel="noopener noreferrer">{}</a> — {}: {} ({} alike)</p>',
            ((r.url, r.claim_text[:120], r.publisher or "unknown publisher", r.rating or "no rating", f"{score:.0%}")
             for r, score in found),
        )

    def save_model(self, request, obj, form, change):
        rating, changed = {"verdict", "explanation", "review_url", "status"}, set(form.changed_data)
        if change and "claimant" in changed:
            services.claim_set_claimant(claim=obj, claimant=obj.claimant)
        if change and rating & changed:
            services.claim_rate(
                claim=obj, verdict=obj.verdict, reviewer=request.user, explanation=obj.explanation,
                review_url=obj.review_url, status=obj.status,
            )
        elif not change or changed - {"claimant"}:
            super().save_model(request, obj, form, change)
