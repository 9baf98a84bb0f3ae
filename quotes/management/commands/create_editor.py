"""Create an editor: `manage.py create_editor NAME [--email E]`; prints how to log in."""

import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from quotes.services import editor_token_issue, editors_group_ensure


class Command(BaseCommand):
    help = "Create a staff user in the editors group with a generated password."

    def add_arguments(self, parser):
        parser.add_argument("name", help="Login name of the new editor.")
        parser.add_argument("--email", default="", help="Email address (optional).")
        parser.add_argument("--token", action="store_true", help="Also create and print an API token (for PATCH).")

    def handle(self, *args, name, email, token=False, **options):
        users = get_user_model()
        if users.objects.filter(username=name).exists():
            raise CommandError(f"user {name!r} already exists: choose another name")
        password = secrets.token_urlsafe(12)
        user = users.objects.create_user(name, email=email, password=password, is_staff=True)
        user.groups.add(editors_group_ensure())
        self.stdout.write(f"Editor {name!r} created. Log in at /admin/ with password: {password}")
        self.stdout.write("Change it after the first login (top right: Change password).")
        if token:
            self.stdout.write(f"API token: {editor_token_issue(user=user)}")
