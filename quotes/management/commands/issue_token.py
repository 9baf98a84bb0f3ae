"""Give an existing editor a new API token: `manage.py issue_token NAME` (tokens expire)."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from quotes.services import editor_token_issue, user_is_editor


class Command(BaseCommand):
    help = "Issue a new API token for an editor and print it (it is stored only as a hash)."

    def add_arguments(self, parser):
        parser.add_argument("name", help="Login name of the editor.")

    def handle(self, *args, name, **options):
        user = get_user_model().objects.filter(username=name).first()
        if user is None:
            raise CommandError(f"no user {name!r}: create one with create_editor")
        if not user_is_editor(user):
            raise CommandError(f"user {name!r} is not an editor: only editors get API tokens")
        self.stdout.write(f"API token: {editor_token_issue(user=user)}")
