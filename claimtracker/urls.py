from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from quotes.api.extract import extract
from quotes.api.factcheck import claims_search
from quotes.api.views import claimreview_feed

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/claimreview.jsonld", claimreview_feed, name="claimreview-feed"),
    path("api/factcheck/v1alpha1/claims:search", claims_search, name="factcheck-claims-search"),
    path("api/extract/", extract, name="extract"),
    path("api/", include("articles.api.urls")),
    path("api/", include("quotes.api.urls")),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    # The split view serves its start-up script as a file, which the Content-Security-Policy allows.
    path("api/docs/", SpectacularSwaggerSplitView.as_view(url_name="schema"), name="docs"),
]
