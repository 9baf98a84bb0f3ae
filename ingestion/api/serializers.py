"""How the API shows import runs: counts, progress and timing, and on a run's page its failures."""

from rest_framework import serializers

from ingestion.models import ImportItem, ImportRun


class ImportRunSerializer(serializers.ModelSerializer):
    source = serializers.StringRelatedField(help_text="The feed polled (feed runs).")
    done = serializers.IntegerField(read_only=True, help_text="Items handled so far (new + unchanged + updated + failed).")
    progress = serializers.SerializerMethodField(help_text="Share of the items handled, 0 to 1.")

    class Meta:
        model = ImportRun
        fields = ["id", "kind", "status", "source", "queued", "total", "done", "progress", "new", "unchanged",
                  "updated", "failed", "error", "started", "finished"]

    def get_progress(self, run) -> float:
        return round(run.done / run.total, 4) if run.total else (1.0 if run.finished else 0.0)


class ImportFailureSerializer(serializers.ModelSerializer):
    class Meta:
        model = ImportItem
        fields = ["position", "item", "reason"]


class ImportRunDetailSerializer(ImportRunSerializer):
    failures = serializers.SerializerMethodField(help_text="Each failed item with its one-line reason.")

    class Meta(ImportRunSerializer.Meta):
        fields = [*ImportRunSerializer.Meta.fields, "failures"]

    def get_failures(self, run) -> list[dict]:
        failed = run.items.filter(outcome="failed").order_by("position")
        return ImportFailureSerializer(failed, many=True).data
