#!/usr/bin/env bash
# Sets up TEC and runs the whole test suite (PostgreSQL when DATABASE_URL is set, else SQLite).
# Extra arguments go to pytest.
source "$(dirname "$0")/bin/setup.sh"
setup_all

if ! command -v chromium >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "Installing Debian's chromium for the browser tests"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    die "The browser tests need Chromium: apt-get install chromium (or set TEC_CHROMIUM to its path)."
  fi
fi

say "Running the tests on ${DATABASE_URL:+PostgreSQL}${DATABASE_URL:-SQLite}"
exec .venv/bin/pytest "$@"
