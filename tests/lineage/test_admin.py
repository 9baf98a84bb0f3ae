"""The editors' lineage pages: a quote's page shows its words' other appearances with their
differences, the conflicting attributions have their queue, and split and merge are actions."""

import pytest
from django.urls import reverse

from lineage.models import Appearance, Utterance

pytestmark = pytest.mark.django_db


def test_a_quote_page_shows_the_lineage_with_the_differences_marked(admin_client, lineage):
    page = admin_client.get(reverse("admin:quotes_quote_change", args=[lineage["whole"].pk])).content.decode()
    assert "4 appearance(s)" in page and "<ins>never</ins>" in page and "<del>not</del>" in page
    assert "Olof Berg" in page  # the misattributed appearance
    utterance = Utterance.objects.get()
    assert f'href="{reverse("admin:lineage_utterance_change", args=[utterance.pk])}"' in page


def test_the_conflict_queue_lists_the_words_credited_to_someone_else(admin_client, lineage):
    url = reverse("admin:lineage_appearance_changelist")
    page = admin_client.get(url, {"conflict": "yes"}).content.decode()
    assert lineage["misattributed"].text[:40] in page and "Olof Berg" in page and "Marta Lindgren" in page
    assert admin_client.get(reverse("admin:lineage_utterance_changelist"), {"conflicting__exact": "1"}).status_code == 200
    utterance = Utterance.objects.get()
    assert admin_client.get(reverse("admin:lineage_utterance_change", args=[utterance.pk])).status_code == 200


def test_split_and_merge_are_admin_actions(admin_client, lineage):
    appearance = Appearance.objects.get(quote=lineage["misattributed"])
    admin_client.post(
        reverse("admin:lineage_appearance_changelist"), {"action": "split", "_selected_action": [appearance.pk]}
    )
    assert Utterance.objects.count() == 2 and Appearance.objects.get(quote=lineage["misattributed"]).pinned
    admin_client.post(
        reverse("admin:lineage_utterance_changelist"),
        {"action": "merge", "_selected_action": list(Utterance.objects.values_list("pk", flat=True))},
    )
    assert Utterance.objects.get().appearance_count == 4


def test_an_editor_may_split_and_merge(client, editor, lineage):
    client.force_login(editor)
    assert client.get(reverse("admin:lineage_utterance_changelist")).status_code == 200
    appearance = Appearance.objects.get(quote=lineage["misattributed"])
    client.post(reverse("admin:lineage_appearance_changelist"), {"action": "split", "_selected_action": [appearance.pk]})
    assert Utterance.objects.count() == 2
