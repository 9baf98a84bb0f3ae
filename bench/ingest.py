"""Import throughput on this machine: articles/s with 1 and 2 Celery workers (a Redis broker of its
own, `import_articles --queue --wait`) against today's in-process `import_articles --workers 2`, on
the same generated article files into a fresh PostgreSQL database each time.

    python bench/ingest.py --articles 2000
"""

import argparse
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))

from datagen import Generator, create_database  # noqa: E402
from server import production_env  # noqa: E402

DATABASE_URL = "postgres://postgres@127.0.0.1:5432/claimtracker_ingest"


def write_articles(folder: Path, articles: int, seed: int) -> int:
    """Generated article files, as bench/api.py's import_run writes them; how many."""
    written = 0
    for kind, row in Generator(articles * 5, seed).rows():
        if kind == "article":
            Path(folder, row[7]).write_text(f" date {row[4] or '2020-01-01'} {row[2]}", encoding="utf-8")
            written += 1
    return written


def fresh_database(env) -> None:
    create_database(DATABASE_URL)
    subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True)
    subprocess.run([sys.executable, "manage.py", "shell", "-c",
                    "from quotes.services.speakers import speaker_registry_ensure as e; e()"], cwd=ROOT, env=env, check=True)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def in_process(folder: Path, count: int, env) -> float:
    fresh_database(env)
    began = time.perf_counter()
    subprocess.run([sys.executable, "manage.py", "import_articles", str(folder), "--workers", "2"], cwd=ROOT, env=env,
                   check=True, capture_output=True)
    return count / (time.perf_counter() - began)


def queued(folder: Path, count: int, env, workers: int, broker: str) -> float:
    """articles/s from enqueueing to the run's end, with `workers` worker processes (one task at a
    time each) already started and warmed up on a first article."""
    fresh_database(env)
    env = {**env, "CELERY_BROKER_URL": broker}
    started = [subprocess.Popen([sys.executable, "-m", "celery", "-A", "claimtracker", "worker", "-l", "warning", "-c", "1",
                                 "-n", f"bench{n}@127.0.0.1", "--without-gossip", "--without-mingle", "--without-heartbeat"],
                                cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                start_new_session=True) for n in range(workers)]
    try:
        with tempfile.TemporaryDirectory() as warm:
            Path(warm, "warm.txt").write_text("“We are ready,” said Anna Berg.\n", encoding="utf-8")
            for _ in range(workers):  # each worker loads the engine before the clock starts
                subprocess.run([sys.executable, "manage.py", "import_articles", "--queue", "--wait", warm], cwd=ROOT,
                               env=env, check=True, capture_output=True)
        began = time.perf_counter()
        subprocess.run([sys.executable, "manage.py", "import_articles", "--queue", "--wait", str(folder)], cwd=ROOT,
                       env=env, check=True, capture_output=True)
        return count / (time.perf_counter() - began)
    finally:
        for process in started:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=60)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000, help="Generated article files to import.")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    env = production_env(DATABASE_URL)
    port = free_port()
    redis = subprocess.Popen(["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(0.5)
        with tempfile.TemporaryDirectory() as folder:
            count = write_articles(Path(folder), args.articles, args.seed)
            print(f"{count} generated articles, {os.cpu_count()} cores, PostgreSQL and Redis on this machine")
            print(f"import_articles --workers 2 (in process): {in_process(Path(folder), count, env):7.1f} articles/s")
            for workers in (1, 2):
                rate = queued(Path(folder), count, env, workers, f"redis://127.0.0.1:{port}/0")
                print(f"import_articles --queue, {workers} Celery worker(s):  {rate:7.1f} articles/s")
    finally:
        redis.kill()


if __name__ == "__main__":
    main()
