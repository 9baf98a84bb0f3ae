"""The writes that stay signals because they come past the services: a fixture load (`loaddata`
saves rows raw) keeps an editor's work, and a published claim deleted in any way withdraws its review."""

from django.db.models.signals import pre_delete, pre_save
from django.dispatch import Signal, receiver

from quotes.models import Claim, Quote

# Sent by the services, after they commit, for apps that follow quotes without quotes knowing them
# (lineage links each stored quote to its utterance): `quotes_stored` with the `articles` whose
# quotes an import wrote, `quote_speaker_set` with the `quote` an editor credited to someone.
quotes_stored = Signal()
quote_speaker_set = Signal()

EDITOR_FIELDS = {
    Quote: ["speaker_id", "status", "edited", "attribution", "text", "kind", "cue", "confidence"],
    Claim: ["claimant_id", "edited", "verdict", "explanation", "review_url", "reviewed_by_id", "reviewed_at", "status",
            "origin"],
}


@receiver(pre_save, sender=Quote, dispatch_uid="quote_keep_editor_work")
@receiver(pre_save, sender=Claim, dispatch_uid="claim_keep_editor_work")
def keep_editor_work(sender, instance, raw=False, **kwargs):
    """A raw save of a quote or claim that an editor has touched keeps the editor's fields."""
    if not raw or instance.pk is None:
        return
    current = sender.objects.filter(pk=instance.pk).first()
    if current is None or not current.is_protected:
        return
    for field in EDITOR_FIELDS[sender]:
        setattr(instance, field, getattr(current, field))


@receiver(pre_delete, sender=Claim, dispatch_uid="claim_withdraw_on_delete")
def withdraw_deleted_review(sender, instance, **kwargs):
    """A published claim deleted in any way (the admin, a queryset, a cascade) withdraws its
    review: a signal, because deletes do not all pass through a service."""
    if instance.status == Claim.Status.PUBLISHED:
        from quotes.services import review_withdraw

        review_withdraw(claim=instance)

