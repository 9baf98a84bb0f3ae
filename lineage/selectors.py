"""Reads of quote lineage: utterances for lists, one utterance with its appearances."""

from django.db.models import F, Prefetch

from lineage.models import Appearance, Utterance


def utterances():
    """Utterances with what a list shows of them (the first appearance's speaker)."""
    return Utterance.objects.select_related("speaker").order_by("-appearance_count", "id")


def utterance_with_appearances():
    """Utterances with their appearances, earliest first, each with its article and speaker."""
    appearances = Appearance.objects.select_related("quote__article", "quote__speaker").defer("quote__article__body").order_by(
        F("quote__published").asc(nulls_last=True), "quote__article__created_at", "quote__article_id", "quote__start"
    )
    return utterances().prefetch_related(Prefetch("appearances", queryset=appearances))
