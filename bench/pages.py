"""Times the main pages on the demo project, through the whole Django stack (no network).

Run from the repository root:  .venv/bin/python bench/pages.py
It uses a throw-away SQLite database unless DATABASE_URL is set (then PostgreSQL: give it an
empty database). It prints the median time and the number of queries of each page.
"""

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tec.settings")
if "DATABASE_URL" not in os.environ:
    os.environ["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3"

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

RUNS = 15
SLUG = "road-sign-classifier"
PAGES = {
    "dashboard": "/dashboard/",
    "project": f"/projects/{SLUG}/",
    "mismatch report": f"/projects/{SLUG}/mismatches/",
    "trained model form": f"/projects/{SLUG}/descriptors/trained_model/",
    "relationships": f"/guide/projects/{SLUG}/relationships/",
    "report PDF": f"/projects/{SLUG}/mismatches/report.pdf",
}


def timed(client, url):
    durations = []
    for _ in range(RUNS):
        start = time.perf_counter()
        response = client.get(url)
        durations.append(time.perf_counter() - start)
        assert response.status_code == 200, (url, response.status_code)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return statistics.median(durations) * 1000, len(queries)


def main():
    settings.ALLOWED_HOSTS = ["testserver"]
    call_command("migrate", verbosity=0)
    call_command("seed_demo", stdout=open(os.devnull, "w"))
    client = Client()
    client.force_login(get_user_model().objects.get(username="developer"))
    print(f"{connection.vendor}, median of {RUNS} requests")
    for name, url in PAGES.items():
        median, queries = timed(client, url)
        print(f"  {name:20s} {median:7.1f} ms  {queries:3d} queries")


if __name__ == "__main__":
    main()
