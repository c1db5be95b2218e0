# Shared setup for run.sh and test.sh: sourced, not run. Idempotent and quick when nothing changed.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
mkdir -p var

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

python_bin() {
  for candidate in python3.11 python3; do
    if command -v "$candidate" >/dev/null && "$candidate" -c 'import sys; sys.exit(sys.version_info[:2] < (3, 10))'; then
      echo "$candidate"; return
    fi
  done
  die "Python 3.10 or newer is needed (3.11 recommended)."
}

setup_venv() {
  if [ ! -x .venv/bin/python ]; then
    say "Creating the virtualenv in .venv"
    "$(python_bin)" -m venv .venv
  fi
  local stamp=".venv/.requirements.sha"
  local want; want="$(sha256sum requirements.txt | cut -d' ' -f1)"
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    say "Installing requirements"
    .venv/bin/pip install --quiet --disable-pip-version-check -r requirements.txt
    echo "$want" > "$stamp"
  fi
}

setup_descriptors() {
  export TEC_DESCRIPTORS_DIR="${TEC_DESCRIPTORS_DIR:-$ROOT/descriptors}"
  [ -f "$TEC_DESCRIPTORS_DIR/schemas/1.2/system_context_schema.json" ] && return
  say "Fetching the descriptor schemas (git submodule)"
  if [ -d .git ] && timeout 60 git submodule update --init descriptors >/dev/null 2>&1 \
      && [ -f descriptors/schemas/1.2/system_context_schema.json ]; then
    return
  fi
  local shared="$ROOT/../shared/ml-mismatch-descriptors"
  if [ -f "$shared/schemas/1.2/system_context_schema.json" ]; then
    say "No network for the submodule: copying the schemas from $shared"
    mkdir -p descriptors && cp -r "$shared/." descriptors/ && chmod -R u+w descriptors
    return
  fi
  die "The descriptor schemas are missing. Run 'git submodule update --init descriptors' with network access,
or put a checkout of ml-mismatch-descriptors (commit 162f58b) at ../shared/ml-mismatch-descriptors,
or set TEC_DESCRIPTORS_DIR to such a checkout."
}

setup_static() {
  [ -f static/vendor/bootstrap/css/bootstrap.min.css.map ] && [ -f static/vendor/bootstrap/js/bootstrap.bundle.min.js.map ] && return
  command -v npm >/dev/null || die "npm is needed once to fetch Bootstrap into static/vendor (apt-get install npm)."
  say "Fetching Bootstrap from the npm registry"
  npm install --no-audit --no-fund --silent
  mkdir -p static/vendor/bootstrap/css static/vendor/bootstrap/js
  # The source maps go along: the manifest storage follows the files' references to them.
  cp node_modules/bootstrap/dist/css/bootstrap.min.css{,.map} static/vendor/bootstrap/css/
  cp node_modules/bootstrap/dist/js/bootstrap.bundle.min.js{,.map} static/vendor/bootstrap/js/
}

setup_all() {
  setup_venv
  setup_descriptors
  setup_static
  export DJANGO_SETTINGS_MODULE=tec.settings
}
