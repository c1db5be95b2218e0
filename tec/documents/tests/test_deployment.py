import os
import re
import subprocess
import sys
from pathlib import Path

import yaml
from django.conf import settings
from django.db import connection

ROOT = Path(settings.BASE_DIR)


def test_docker_compose_serves_gunicorn_on_the_readme_port():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    web, db = compose["services"]["web"], compose["services"]["db"]
    assert "gunicorn tec.wsgi:application --bind 0.0.0.0:3000" in web["command"]
    assert "3000:3000" in web["ports"]
    assert "localhost:3000" in (ROOT / "README.md").read_text()
    assert db["image"] == "postgres:16" and "tec-db" in compose["volumes"]
    assert web["env_file"] == db["env_file"] == "proxy.env" and (ROOT / "proxy.env").exists()
    assert "healthcheck" in web and "healthcheck" in db


def test_the_readme_test_command_is_what_ci_runs():
    assert "./test.sh" in (ROOT / ".ci" / "run").read_text()
    assert "./test.sh" in (ROOT / "README.md").read_text()


def test_production_settings_pass_the_deploy_check():
    env = {**os.environ, "SECRET_KEY": "x" * 20 + "a-long-random-production-secret-9f8e7d6c5b4a",
           "DEBUG": "0", "TEC_HTTPS": "1", "ALLOWED_HOSTS": "tec.example.org"}
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set by the browser tests for their own process
    result = subprocess.run([sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
                            cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_connections_persist_with_health_checks():
    assert settings.DATABASES["default"]["CONN_MAX_AGE"] > 0
    assert settings.DATABASES["default"]["CONN_HEALTH_CHECKS"] is True


def test_the_database_is_the_one_database_url_names():
    url = os.environ.get("DATABASE_URL", "")
    expected = "postgresql" if re.match(r"postgres(ql)?://", url) else "sqlite"
    assert connection.vendor == expected
