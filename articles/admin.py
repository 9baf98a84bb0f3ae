from django.contrib import admin
from django.db import models

from articles.models import Article


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["__str__", "language", "published", "source", "url", "source_file"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_filter = ["language", "source"]
    search_fields = ["title", "source_file", "sha256", "url"]
    readonly_fields = ["sha256", "source_file", "body", "created_at", "updated_at"]
    date_hierarchy = "published"
