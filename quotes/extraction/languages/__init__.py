"""Per-language knowledge, one module a language; `profile_for` falls back to the neutral one."""

from importlib import import_module

from .base import LanguageProfile, NEUTRAL

SUPPORTED = ("sq", "en", "nl", "it", "de", "fr", "es")
_PROFILES = {code: import_module(f"{__name__}.{code}").PROFILE for code in SUPPORTED}


def profile_for(language: str) -> LanguageProfile:
    return _PROFILES.get((language or "").lower()[:2], NEUTRAL)
