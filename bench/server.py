"""Run the product as in production (gunicorn, DEBUG off) against a bench database, for the
benchmarks' load generators, which run in their own process. Loopback only."""

import os
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def production_env(database_url: str) -> dict:
    return {
        **os.environ,
        "DATABASE_URL": database_url,
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": "bench-only-" + "k" * 50,
        "DJANGO_SECURE_SSL_REDIRECT": "0",  # loopback HTTP
        "DJANGO_CONN_MAX_AGE": "600",
        # The benchmarks measure the service, not the rate limiter.
        "CLAIMTRACKER_THROTTLE_ANON": "off",
        "CLAIMTRACKER_THROTTLE_USER": "off",
    }


def manage(database_url: str, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=production_env(database_url),
        check=True, capture_output=True, text=True,
    )
    return result.stdout


@contextmanager
def gunicorn(database_url: str, *, workers: int, app: str = "claimtracker.wsgi", log=None):
    """Yields the base URL of a gunicorn serving `app`; stops it afterwards."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", app, "--bind", f"127.0.0.1:{port}", "--workers", str(workers),
         "--backlog", "2048", "--timeout", "60"],
        cwd=ROOT, env={**production_env(database_url), "PYTHONPATH": str(ROOT)},
        stdout=log or subprocess.DEVNULL, stderr=subprocess.STDOUT,
    )
    try:
        for _ in range(200):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if process.poll() is not None:
                    raise RuntimeError(f"gunicorn {app} exited with status {process.returncode}")
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=30)
