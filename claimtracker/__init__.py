"""ClaimTracker: attributed quotes and fact-checked claims from news articles."""

import os

# Language detection runs small numpy products; numpy's thread pool only contends with the
# import's own worker processes and PostgreSQL for the cores. One thread each (before numpy loads).
for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

# The task queue's application, loaded with Django so that @shared_task binds to it.
from claimtracker.celery import app as celery_app  # noqa: E402

__all__ = ["celery_app"]
