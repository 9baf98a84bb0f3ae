from rest_framework.routers import DefaultRouter

from quotes.api.views import ClaimViewSet, QuoteViewSet, SpeakerViewSet

router = DefaultRouter()
router.register("speakers", SpeakerViewSet)
router.register("quotes", QuoteViewSet)
router.register("claims", ClaimViewSet)
urlpatterns = router.urls
