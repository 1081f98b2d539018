#!/usr/bin/env bash
# Installs a real VS Code for tests: code-server (VS Code's server + web
# workbench, from npm) plus the Debian packages it needs (chromium to drive the
# workbench, ripgrep, libkrb5-dev). See shared/REAL-VSCODE.md. Also the Debian
# tools that `npm run test:pdf` checks the PDF export with (poppler-utils, qpdf),
# so that CI has one apt step.
#
# Idempotent and fast when everything is in place. Works offline as long as the
# npm registry and Debian apt are reachable.
#
#   bash scripts/install-code-server.sh     # last stdout line: path of code-server
#
# Env: MINUTES_CACHE (default $HOME/.cache/minutes) - install goes to
#      $MINUTES_CACHE/code-server. All progress output goes to stderr.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
# code-server 4.100.3's lib/vscode/npm-shrinkwrap.json pins @vscode/ripgrep 1.15.11,
# whose postinstall wants ripgrep v13.0.0-10 and first looks in
# <os.tmpdir()>/vscode-ripgrep-cache-<its version>/ before downloading from GitHub.
VSCODE_RIPGREP_VERSION=1.15.11
RIPGREP_ASSET_VERSION=v13.0.0-10

CACHE_ROOT="${MINUTES_CACHE:-$HOME/.cache/minutes}"
PREFIX="$CACHE_ROOT/code-server"
BIN="$PREFIX/node_modules/.bin/code-server"
PKG_JSON="$PREFIX/node_modules/code-server/package.json"
MARKER="$PREFIX/.installed-$CODE_SERVER_VERSION"

log() { echo "[install-code-server] $*" >&2; }

# --- 1. Debian packages -----------------------------------------------------
need=()
for p in chromium ripgrep libkrb5-dev poppler-utils qpdf; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    need+=("$p")
  fi
done
if ((${#need[@]})); then
  SUDO=()
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || { log "need root (or sudo) to install: ${need[*]}"; exit 1; }
    SUDO=(sudo)
  fi
  log "apt-get install ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${SUDO[@]}" apt-get update -qq >&2
  "${SUDO[@]}" apt-get install -y -qq "${need[@]}" >&2
fi

# --- 2. code-server -----------------------------------------------------------
installed_version() {
  [ -f "$PKG_JSON" ] && node -p "require(process.argv[1]).version" "$PKG_JSON" 2>/dev/null || true
}

if [ -f "$MARKER" ] && [ -x "$BIN" ] && [ "$(installed_version)" = "$CODE_SERVER_VERSION" ]; then
  log "code-server $CODE_SERVER_VERSION already installed in $PREFIX"
else
  case "$(node -p process.versions.node)" in
    20.*) ;;
    *) log "code-server $CODE_SERVER_VERSION needs Node 20 exactly, this is $(node --version)"; exit 1 ;;
  esac

  # Seed @vscode/ripgrep's download cache with Debian's rg so its postinstall
  # never goes to GitHub.
  case "$(node -p process.arch)" in
    x64) rg_target=x86_64-unknown-linux-musl ;;
    arm64) rg_target=aarch64-unknown-linux-musl ;;
    *) log "unsupported arch $(node -p process.arch)"; exit 1 ;;
  esac
  rg_cache="$(node -p 'require("os").tmpdir()')/vscode-ripgrep-cache-$VSCODE_RIPGREP_VERSION"
  rg_tar="$rg_cache/ripgrep-$RIPGREP_ASSET_VERSION-$rg_target.tar.gz"
  if [ ! -s "$rg_tar" ]; then
    log "seeding ripgrep cache $rg_tar from $(command -v rg)"
    mkdir -p "$rg_cache"
    tmp="$(mktemp -d)"
    cp "$(command -v rg)" "$tmp/rg"
    tar czf "$rg_tar.part" -C "$tmp" rg
    mv "$rg_tar.part" "$rg_tar"
    rm -rf "$tmp"
  fi

  log "npm install code-server@$CODE_SERVER_VERSION into $PREFIX: several minutes (3 to 12 here), progress every 5 s"
  rm -rf "$PREFIX"
  mkdir -p "$PREFIX"
  # A private package.json stops npm from walking up into an enclosing project. code-server's
  # postinstall installs VS Code's own modules and argon2 builds its native module: both needed,
  # so allowScripts approves them (npm 11.19 warns about install scripts it has no decision for).
  echo '{"name":"minutes-code-server-cache","private":true,"allowScripts":{"code-server":true,"argon2":true}}' >"$PREFIX/package.json"
  node_prefix="$(dirname "$(dirname "$(command -v node)")")"
  if [ -z "${npm_config_nodedir:-}" ] && [ -f "$node_prefix/include/node/node.h" ]; then
    # Build native modules against the local Node headers (no headers download).
    export npm_config_nodedir="$node_prefix"
  fi
  # npm_config_yes: node-pty's postinstall runs `npx node-gyp`;
  # npm_config_unsafe_perm: code-server's postinstall insists on it as root.
  # npm's info log, turned into a progress line every few seconds (warnings and errors pass
  # through); the whole log is kept for when the install fails.
  install_log="$CACHE_ROOT/code-server-install.log"
  if ! npm_config_yes=true npm_config_unsafe_perm=true npm_config_fund=false npm_config_audit=false \
    npm install --prefix "$PREFIX" --loglevel=info "code-server@$CODE_SERVER_VERSION" 2>&1 \
    | node "$(dirname "$0")/install-progress.mjs" "$install_log" install-code-server; then
    log "npm install code-server failed; the end of its log ($install_log):"
    tail -n 30 "$install_log" >&2
    exit 1
  fi

  rg_bin="$PREFIX/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg"
  [ -x "$rg_bin" ] || { log "ripgrep missing at $rg_bin"; exit 1; }
  [ "$(installed_version)" = "$CODE_SERVER_VERSION" ] || { log "code-server install failed"; exit 1; }
  touch "$MARKER"
  log "installed code-server $CODE_SERVER_VERSION"
fi

echo "$BIN"
