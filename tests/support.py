"""Helpers tests in several files share: reading the API, running commands and the import, a quote in\nan article of its own."""

import io
import socket
import threading

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from articles.models import Article
from quotes.models import Quote, Speaker


def get(api, url, expect=200, **params):
    response = api.get(url, params)
    assert response.status_code == expect, response.content[:300]
    return response.json()


def command_output(name, *args) -> tuple[str, str]:
    """What a management command wrote to its output and its errors, whether it failed or not."""
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command(name, *map(str, args), stdout=out, stderr=err)
    except CommandError:
        pass
    return out.getvalue(), err.getvalue()


def run_import(*paths, **options):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_articles", *[str(p) for p in paths], stdout=out, stderr=err, **options)
    return out.getvalue(), err.getvalue()


def import_failure(*paths):
    err = io.StringIO()
    with pytest.raises(CommandError) as failure:
        call_command("import_articles", *[str(p) for p in paths], stdout=io.StringIO(), stderr=err)
    return str(failure.value), err.getvalue()


def quote_in_new_article(text, language="en", published="2024-05-02"):
    """A quote by Ana Test, alone in an article of its own, stored as the import stores one."""
    article = Article.objects.create(
        body=f"Intro. {text} End.", language=language, published=published, published_precision="day",
        source_file=f"{language}-{len(text)}.txt", sha256=f"{language}{hash(text) & 0xFFFFFFFF:064x}"[-64:],
    )
    speaker = Speaker.objects.get_or_create(slug="ana-test", defaults={"name": "Ana Test"})[0]
    return Quote.objects.create(
        article=article, speaker=speaker, text=text, start=7, end=7 + len(text), kind="full", attribution="explicit",
        language=article.language, published=article.published,
    )


class Relay:
    """A loopback TCP relay to the database that can be cut and restored on the same port."""

    def __init__(self, target):
        self.target = target
        self.port = free_port()
        self.links = []
        self.listener = None
        self.lock = threading.Lock()

    def restore(self):
        self.listener = socket.create_server(("127.0.0.1", self.port), reuse_port=True)
        threading.Thread(target=self._accept, args=(self.listener,), daemon=True).start()

    def cut(self):
        try:
            self.listener.shutdown(socket.SHUT_RDWR)  # wakes the accepting thread; close alone does not
        except OSError:
            pass
        self.listener.close()
        with self.lock:
            for sock in self.links:
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                sock.close()
            self.links.clear()

    def _accept(self, listener):
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.target)
            with self.lock:
                self.links += [client, server]
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    @staticmethod
    def _pump(source, sink):
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
