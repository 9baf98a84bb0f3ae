"""The editors' curation tool: quotes checked against their article, speakers, claims."""

from django.contrib import admin, messages
from django.db.models import Count
from django.utils.html import format_html

from articles.admin import ArticleAdmin
from articles.models import Article
from quotes import services
from quotes.models import Claim, Quote, Speaker

CONTEXT_CHARS = 300


@admin.register(Speaker)
class SpeakerAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "role", "alias_list", "quote_count"]
    list_filter = ["kind"]
    search_fields = ["name", "slug", "search_names", "role"]
    prepopulated_fields = {"slug": ["name"]}
    fields = ["name", "slug", "kind", "aliases", "role"]

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


class AttributionFilter(admin.SimpleListFilter):
    title = "needs a look"
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return [("low", "Low confidence (< 0.6)"), ("unattributed", "No speaker")]

    def queryset(self, request, queryset):
        if self.value() == "low":
            return queryset.filter(confidence__lt=0.6)
        if self.value() == "unattributed":
            return queryset.filter(speaker__isnull=True)
        return queryset


@admin.register(Quote)
class QuoteAdmin(admin.ModelAdmin):
    list_display = ["short_text", "speaker", "article", "language", "kind", "status", "confidence"]
    list_filter = ["status", "kind", "attribution", "article__language", AttributionFilter, "speaker"]
    list_select_related = ["speaker", "article"]
    search_fields = ["text", "speaker__name", "speaker__search_names", "cue"]
    autocomplete_fields = ["speaker"]
    readonly_fields = ["article", "text", "start", "end", "in_context", "kind", "attribution", "cue", "confidence", "created_at", "updated_at"]
    fields = ["in_context", "text", "speaker", "status", "article", "start", "end", "kind", "attribution", "cue", "confidence", "created_at", "updated_at"]
    actions = ["mark_verified", "mark_rejected", "make_claim"]

    @admin.display(description="Quote")
    def short_text(self, quote):
        return quote.text if len(quote.text) <= 90 else quote.text[:89] + "…"

    @admin.display(description="Language", ordering="article__language")
    def language(self, quote):
        return quote.article.language

    @admin.display(description="In the article")
    def in_context(self, quote):
        body = quote.article.body
        before = body[max(0, quote.start - CONTEXT_CHARS):quote.start]
        after = body[quote.end:quote.end + CONTEXT_CHARS]
        return format_html(
            '<div style="white-space:pre-wrap;max-width:60em">…{}<mark>{}</mark>{}…</div>',
            before, body[quote.start:quote.end], after,
        )

    def save_model(self, request, obj, form, change):
        if change and "speaker" in form.changed_data:
            services.quote_set_speaker(quote=obj, speaker=obj.speaker)
            form.changed_data.remove("speaker")
        if change and form.changed_data:
            obj.edited = True
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
        made = [services.claim_create_from_quote(quote=q) for q in queryset if q.speaker_id]
        self.message_user(request, f"{len(made)} claim(s) created.", messages.SUCCESS)


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


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    list_display = ["text", "claimant", "verdict", "article", "created_at"]
    list_filter = ["verdict", "article__language"]
    list_select_related = ["claimant", "article"]
    search_fields = ["text", "claimant__name", "claimant__search_names"]
    autocomplete_fields = ["claimant", "article", "quotes"]
    readonly_fields = ["created_at", "updated_at"]
