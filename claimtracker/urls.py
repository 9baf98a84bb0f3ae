"""The URLs: the admin, and the API under /api/ with one router for every app's viewsets; API URL
names are in the `api` namespace (reverse("api:claim-detail"))."""

from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter

from ingestion.api.views import ImportRunViewSet
from lineage.api.views import UtteranceViewSet
from quotes.api.extract import ArticleImportViewSet, extract
from quotes.api.factcheck import claims_search
from quotes.api.views import ClaimViewSet, QuoteViewSet, SpeakerViewSet, claimreview_feed

router = DefaultRouter()
router.register("articles", ArticleImportViewSet)
router.register("speakers", SpeakerViewSet)
router.register("quotes", QuoteViewSet)
router.register("claims", ClaimViewSet)
router.register("utterances", UtteranceViewSet)
router.register("imports", ImportRunViewSet)

api = [
    path("claimreview.jsonld", claimreview_feed, name="claimreview-feed"),
    path("factcheck/v1alpha1/claims:search", claims_search, name="factcheck-claims-search"),
    path("extract/", extract, name="extract"),
    *router.urls,
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    # The split view serves its start-up script as a file, which the Content-Security-Policy allows.
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api:schema"), name="docs"),
]

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include((api, "api"))),
]
