"""Editors' view of quote lineage: utterances with their appearances and differences, the queue of
conflicting attributions, and the split and merge decisions that re-imports keep."""

from django.contrib import admin, messages
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from lineage import services
from lineage.models import Appearance, Utterance
from quotes.models import Quote


def diff_html(diff) -> str:
    """A word-level diff as HTML: words only in the first appearance struck through, words only in
    this one marked as inserted."""
    if not diff:
        return "—"
    tags = {"equal": "span", "delete": "del", "insert": "ins"}
    return format_html_join(" ", "<{0}>{1}</{0}>", ((tags[op], text) for op, text in diff if text))


class AppearanceColumns:
    """What an appearance shows wherever it is listed: who it credits, and how it differs."""

    def has_add_permission(self, request, obj=None):
        return False  # appearances are made by linking imported quotes

    @admin.display(description="Credited to")
    def speaker(self, appearance):
        return appearance.quote.speaker or "—"

    @admin.display(description="Against the first appearance")
    def differences(self, appearance):
        return diff_html(appearance.diff)


class AppearanceInline(AppearanceColumns, admin.TabularInline):
    model = Appearance
    fields = ["quote", "speaker", "article_date", "status", "differences", "conflicting", "pinned"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True

    @admin.display(description="Date")
    def article_date(self, appearance):
        return appearance.quote.published or "—"


@admin.register(Utterance)
class UtteranceAdmin(admin.ModelAdmin):
    list_display = ["short_text", "speaker", "language", "first_seen", "appearance_count", "altered_count", "conflicting"]
    list_filter = ["conflicting", "language"]
    list_select_related = ["speaker"]
    search_fields = ["text", "speaker__name"]
    readonly_fields = ["text", "speaker", "language", "first_quote", "first_seen", "appearance_count", "altered_count", "conflicting"]
    fields = readonly_fields
    inlines = [AppearanceInline]
    actions = ["merge"]

    def has_add_permission(self, request):
        return False  # utterances are made by linking imported quotes

    @admin.display(description="Words (first appearance)")
    def short_text(self, utterance):
        return utterance.text if len(utterance.text) <= 90 else utterance.text[:89] + "…"

    @admin.action(description="Merge the selected utterances into one (the most quoted)", permissions=["change"])
    def merge(self, request, queryset):
        chosen = list(queryset.order_by("-appearance_count", "id"))
        if len(chosen) < 2:
            self.message_user(request, "Select two utterances or more to merge.", messages.WARNING)
            return
        if len({u.language for u in chosen}) > 1:
            self.message_user(request, "Utterances in different languages are not merged.", messages.ERROR)
            return
        kept = services.utterances_merge(keep=chosen[0], others=chosen[1:])
        self.message_user(request, f"Merged {len(chosen)} utterances into #{kept.pk}.", messages.SUCCESS)


class ConflictFilter(admin.SimpleListFilter):
    title = "attribution"
    parameter_name = "conflict"

    def lookups(self, request, model_admin):
        return [("yes", "credited to someone else")]

    def queryset(self, request, queryset):
        return queryset.filter(conflicting=True) if self.value() == "yes" else queryset


@admin.register(Appearance)
class AppearanceAdmin(AppearanceColumns, admin.ModelAdmin):
    """Every appearance of every utterance; filtered on conflicting attributions, the queue of the
    words credited to someone other than who said them first."""

    list_display = ["quote_text", "speaker", "first_speaker", "status", "conflicting", "pinned"]
    list_filter = [ConflictFilter, "status", "pinned"]
    list_select_related = ["quote__speaker", "utterance__speaker"]
    readonly_fields = ["quote", "utterance", "status", "shared", "differences", "conflicting", "pinned"]
    fields = readonly_fields
    actions = ["split"]

    @admin.display(description="Quote")
    def quote_text(self, appearance):
        text = appearance.quote.text
        return text if len(text) <= 80 else text[:79] + "…"

    @admin.display(description="First said by")
    def first_speaker(self, appearance):
        return appearance.utterance.speaker or "—"

    @admin.action(description="Split into utterances of their own", permissions=["change"])
    def split(self, request, queryset):
        count = 0
        for appearance in queryset.select_related("quote", "utterance"):
            if appearance.utterance.appearance_count > 1:
                services.utterance_split(appearance=appearance)
                count += 1
        self.message_user(request, f"{count} appearance(s) now stand as utterances of their own.", messages.SUCCESS)


def lineage_panel(quote) -> str:
    """For the quote's admin page: the other appearances of its words, with their differences."""
    appearance = Appearance.objects.filter(quote=quote).select_related("utterance").first()
    if appearance is None:
        return "Not linked yet."
    others = (
        appearance.utterance.appearances.exclude(quote=quote)
        .select_related("quote__article", "quote__speaker").order_by("quote__published", "quote_id")[:50]
    )
    rows = format_html_join(
        "", "<li>{} — {} ({}): {} {}</li>",
        (
            (other.quote.published or "undated", other.quote.article.source or other.quote.article.title[:60],
             other.quote.speaker or "unattributed", other.get_status_display(), diff_html(other.diff))
            for other in others
        ),
    )
    return format_html(
        '<p>Utterance <a href="{}">#{}</a>: {} appearance(s); this one: {}.</p><ul>{}</ul>',
        reverse("admin:lineage_utterance_change", args=[appearance.utterance_id]), appearance.utterance_id,
        appearance.utterance.appearance_count, appearance.get_status_display(), rows,
    )


@admin.display(description="Other appearances of these words")
def lineage(quote) -> str:
    return lineage_panel(quote)


# The quote's page is the quotes app's; lineage adds its panel to it (quotes knows nothing of
# lineage). A read-only field, not an inline: an inline would ask every save of the page for its
# formset's data.
_quote_admin = admin.site.get_model_admin(Quote)
_quote_admin.readonly_fields = [*_quote_admin.readonly_fields, lineage]
_quote_admin.fields = [*_quote_admin.fields, lineage]
