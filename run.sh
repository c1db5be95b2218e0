#!/usr/bin/env bash
# Sets up TEC on this machine and serves it on port 3000 (SQLite unless DATABASE_URL is set).
source "$(dirname "$0")/bin/setup.sh"
setup_all

if [ -z "${SECRET_KEY:-}" ]; then
  [ -s var/secret_key ] || .venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(50))' > var/secret_key
  SECRET_KEY="$(cat var/secret_key)"
  export SECRET_KEY
fi

say "Migrating the database"
.venv/bin/python manage.py migrate --noinput
say "Loading the demo project and users"
.venv/bin/python manage.py seed_demo
.venv/bin/python manage.py collectstatic --noinput >/dev/null

PORT="${PORT:-3000}"
say "TEC is serving on http://localhost:$PORT (demo logins in README.md; Ctrl-C stops it)"
exec .venv/bin/gunicorn tec.wsgi:application --bind "0.0.0.0:$PORT" --workers "${WEB_CONCURRENCY:-3}" \
  --access-logfile - --forwarded-allow-ips "${FORWARDED_ALLOW_IPS:-127.0.0.1}"
