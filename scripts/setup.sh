# Sets up a machine for Aftersales. Source it so the Node 22 it may install stays on your PATH:
#   . scripts/setup.sh            # Node >= 22, pnpm 10, dependencies
#   AFTERSALES_BROWSER=1 . scripts/setup.sh   # also Debian's Chromium (browser tests) and php-cli (plugin lint)
# Safe to run again; it installs only what is missing. Written for bash and zsh; it never exits your shell.

_aftersales_setup() {
  local cache="${AFTERSALES_CACHE:-$HOME/.cache/aftersales}"
  local major
  major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
  if [ "$major" -lt 22 ]; then
    if [ ! -x "$cache/node22/node_modules/.bin/node" ]; then
      echo "setup: Node $(node --version 2>/dev/null || echo none) is too old; installing node@22 into $cache/node22" >&2
      mkdir -p "$cache/node22" || return 1
      npm install --prefix "$cache/node22" --no-audit --no-fund --loglevel=error node@22 pnpm@10 >&2 || return 1
    fi
    export PATH="$cache/node22/node_modules/.bin:$PATH"
    hash -r 2>/dev/null
  fi
  major=$(node -p 'process.versions.node.split(".")[0]')
  if [ "$major" -lt 22 ]; then echo "setup: could not get Node >= 22" >&2; return 1; fi
  if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null | cut -d. -f1)" != "10" ]; then
    echo "setup: installing pnpm 10" >&2
    mkdir -p "$cache/pnpm10"
    npm install --prefix "$cache/pnpm10" --no-audit --no-fund --loglevel=error pnpm@10 >&2 || return 1
    export PATH="$cache/pnpm10/node_modules/.bin:$PATH"
    hash -r 2>/dev/null
  fi
  if [ -n "${AFTERSALES_BROWSER:-}" ] && [ ! -x /usr/bin/chromium ]; then
    if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
      echo "setup: installing Debian's chromium for the browser tests" >&2
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) >&2 || return 1
    else
      echo "setup: browser tests need Chromium at /usr/bin/chromium (or set CHROMIUM_PATH)" >&2
    fi
  fi
  if [ -n "${AFTERSALES_BROWSER:-}" ] && ! command -v php >/dev/null 2>&1; then
    if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
      echo "setup: installing Debian's php-cli to lint the WordPress plugin" >&2
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq php-cli >/dev/null) >&2 || return 1
    else
      echo "setup: linting the WordPress plugin needs php (php-cli)" >&2
    fi
  fi
  echo "setup: node $(node --version), pnpm $(pnpm --version)" >&2
  local frozen="--frozen-lockfile"
  [ -f pnpm-lock.yaml ] || frozen=""
  pnpm install $frozen >&2 || return 1
}
_aftersales_setup
