"""The editors: their group and its permissions, who counts as one, and their API tokens."""

from django.contrib.auth.models import Group, Permission

EDITORS_GROUP = "editors"
_EDITOR_PERMISSIONS = {
    "articles": {"article": ("view", "change")},
    "quotes": {
        "speaker": ("view", "add", "change", "delete"),  # a merge deletes the speaker merged away
        "quote": ("view", "add", "change"),
        "quoteforreview": ("view", "change"),
        "claim": ("view", "add", "change"),
    },
    # (Apps that follow quotes; named here, not imported.) Split and merge are changes.
    "lineage": {"utterance": ("view", "change"), "appearance": ("view", "change")},
    "ingestion": {"source": ("view", "add", "change"), "importrun": ("view",), "importitem": ("view",)},
}


def user_is_editor(user) -> bool:
    """Members of the editors group, and superusers: the people who rate claims and may see a
    review before it is published."""
    return bool(
        user is not None and user.is_authenticated
        and (user.is_superuser or user.groups.filter(name=EDITORS_GROUP).exists())
    )


def editor_token_issue(*, user) -> str:
    """A new API token for an editor: shown once, stored only as a hash, valid for the configured
    days (REST_KNOX TOKEN_TTL)."""
    from knox.models import AuthToken

    _, key = AuthToken.objects.create(user=user)
    return key


def editors_group_ensure() -> Group:
    """The editors group with its permissions (run after every migrate: permissions exist only then)."""
    group, _ = Group.objects.get_or_create(name=EDITORS_GROUP)
    wanted = []
    for app_label, models in _EDITOR_PERMISSIONS.items():
        for model, actions in models.items():
            wanted += [f"{action}_{model}" for action in actions]
    permissions = Permission.objects.filter(
        content_type__app_label__in=_EDITOR_PERMISSIONS, codename__in=wanted
    )
    group.permissions.add(*permissions)
    return group
