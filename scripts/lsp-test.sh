#!/usr/bin/env bash
# lsp-test.sh [--bin-dir DIR] [--work DIR]
#
# End-to-end test of escapement-clangd with a real LSP client
# (test/editor/lsp_e2e.mjs): diagnostics with notes as related information,
# code actions, NOLINT after an unsaved edit, the default FastCheckFilter,
# and the on-disk summary store read at start-up.
#
# The client is npm's vscode-languageserver-protocol, pinned, installed once
# into $ESCAPEMENT_NPM_LSP_CACHE (default ~/.cache/escapement-npm-lsp); CI can
# cache that directory. --bin-dir defaults to <repo>/build/bin (it must hold
# escapement-clangd and escapement). Exit 2 when node/npm or the package are
# missing, 1 when the test fails.
set -euo pipefail

LSP_PROTOCOL_VERSION=3.17.5

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BIN_DIR=$ROOT/build/bin
WORK=
while [ $# -gt 0 ]; do
  case $1 in
    --bin-dir) BIN_DIR=$2; shift 2 ;;
    --work) WORK=$2; shift 2 ;;
    *) echo "usage: $0 [--bin-dir DIR] [--work DIR]" >&2; exit 2 ;;
  esac
done
for b in escapement-clangd escapement; do
  [ -x "$BIN_DIR/$b" ] || { echo "lsp-test: $BIN_DIR/$b not found (configure with -DESC_BUILD_CLANGD=ON)" >&2; exit 2; }
done
command -v node >/dev/null && command -v npm >/dev/null ||
  { echo "lsp-test: node and npm are needed (apt-get install nodejs npm)" >&2; exit 2; }

CACHE_DIR=${ESCAPEMENT_NPM_LSP_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/escapement-npm-lsp}
mkdir -p "$CACHE_DIR"
STAMP="$CACHE_DIR/.escapement-lsp-$LSP_PROTOCOL_VERSION"
# One installer at a time (lit runs tests in parallel).
exec 9>"$CACHE_DIR/.lock"
flock 9
if [ ! -e "$STAMP" ] || [ ! -e "$CACHE_DIR/node_modules/vscode-languageserver-protocol/node.js" ]; then
  echo "lsp-test: installing vscode-languageserver-protocol@$LSP_PROTOCOL_VERSION into $CACHE_DIR" >&2
  if ! npm install --prefix "$CACHE_DIR" --no-audit --no-fund --loglevel=error \
        "vscode-languageserver-protocol@$LSP_PROTOCOL_VERSION" >&2; then
    echo "lsp-test: npm install failed" >&2
    exit 2
  fi
  touch "$STAMP"
fi
flock -u 9

if [ -z "$WORK" ]; then
  WORK=$(mktemp -d)
  trap 'rm -rf "$WORK"' EXIT
fi
ESCAPEMENT_NPM_LSP_DIR=$CACHE_DIR node "$ROOT/test/editor/lsp_e2e.mjs" \
  --bin-dir "$BIN_DIR" --annotations "$ROOT/runtime/include" --work "$WORK"
