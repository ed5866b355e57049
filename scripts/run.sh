#!/usr/bin/env bash
# One command from a fresh clone: gets what the machine lacks, then runs an npm script.
#
#   bash scripts/run.sh start   Node 24 if needed, npm ci, build and serve on http://localhost:4321/
#   bash scripts/run.sh test    the same, plus Chromium for the browser tests, then every test
#
# Node: the system Node when it is >= 22.12, otherwise Node 24 from the npm registry, installed once
# in ${XDG_CACHE_HOME:-$HOME/.cache}/vente-engagee/node24 (outside the project: npm 11 refuses
# per-package script approval inside a project that declares `allowScripts`).
# Chromium: CHROMIUM_PATH, else /usr/bin/chromium, else Debian's `chromium` when running as root.
# Java (for the W3C Nu HTML Checker, npm run test:nu): the `java` on PATH, else Debian's
# `default-jre-headless` when running as root.
# Nothing is downloaded from anywhere but the npm registry and Debian's packages.
set -euo pipefail
cd "$(dirname "$0")/.."

task=${1:-}
case "$task" in
  start | test) ;;
  *) echo "usage: bash scripts/run.sh start|test" >&2; exit 2 ;;
esac

say() { printf '\n==> %s\n' "$*"; }

# Installs Debian packages (apt-get update once per run).
apt_updated=
apt_install() {
  export DEBIAN_FRONTEND=noninteractive
  [ -n "$apt_updated" ] || { apt-get update -q; apt_updated=1; }
  apt-get install -y -q "$@"
}
can_apt() { [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; }

# True when the `node` on PATH is at least 22.12 (Astro 7's minimum).
node_ok() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 22 || (a === 22 && b >= 12) ? 0 : 1)'
}

if ! node_ok; then
  node_dir="${XDG_CACHE_HOME:-$HOME/.cache}/vente-engagee/node24"
  if [ ! -x "$node_dir/node_modules/.bin/node" ]; then
    command -v npm >/dev/null 2>&1 || { echo "npm is missing: install Node.js (any version with npm), then run this again." >&2; exit 1; }
    say "Node $(node --version 2>/dev/null || echo absent) is too old for Astro 7 (22.12 or later): downloading Node 24 from the npm registry into $node_dir"
    mkdir -p "$node_dir"
    # Installed from a folder of its own, not the project, so the project's npm settings (allowScripts)
    # do not apply. No --prefix: it would also move npm's global config (and any CA file it names).
    [ -f "$node_dir/package.json" ] || echo '{ "private": true }' >"$node_dir/package.json"
    (cd "$node_dir" && npm install --no-save --no-audit --no-fund --no-update-notifier --loglevel=error node@24)
  fi
  # npm finds its global config (proxy, CA file…) next to the running Node: keep the system's.
  npm_config_globalconfig=$(npm config get globalconfig)
  export npm_config_globalconfig
  export PATH="$node_dir/node_modules/.bin:$PATH"
  node_ok || { echo "Node 24 could not be installed in $node_dir; install Node 24 (see .nvmrc) and run this again." >&2; exit 1; }
fi
say "Node $(node --version), npm $(npm --version)"

if [ "$task" = test ]; then
  if [ -n "${CHROMIUM_PATH:-}" ]; then
    [ -x "$CHROMIUM_PATH" ] || { echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file." >&2; exit 1; }
  elif [ -x /usr/bin/chromium ]; then
    export CHROMIUM_PATH=/usr/bin/chromium
  elif can_apt; then
    say "Chromium is missing: installing Debian's chromium package for the browser tests"
    apt_install chromium
    export CHROMIUM_PATH=/usr/bin/chromium
  else
    echo "The browser tests need Chromium: install Debian's package (sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome executable, then run this again." >&2
    exit 1
  fi
  say "Chromium: $CHROMIUM_PATH"

  if ! command -v java >/dev/null 2>&1; then
    if can_apt; then
      say "Java is missing: installing Debian's default-jre-headless package for the W3C HTML checker"
      apt_install default-jre-headless
    else
      echo "The W3C HTML checker (npm run test:nu) needs Java: install Debian's package (sudo apt-get install default-jre-headless), then run this again." >&2
      exit 1
    fi
  fi
  say "Java: $(java -version 2>&1 | head -n 1)"
fi

export ASTRO_TELEMETRY_DISABLED=1
say "Installing the project's packages (npm ci)"
npm ci --no-audit --no-fund
say "npm $task"
exec npm "$task"
