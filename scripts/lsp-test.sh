#!/usr/bin/env bash
# lsp-test.sh [--bin-dir DIR] [--work DIR]
#
# End-to-end test of escapement-clangd with a real LSP client
# (test/editor/lsp_e2e.mjs): diagnostics with notes as related information,
# code actions, NOLINT after an unsaved edit, the default FastCheckFilter,
# and the on-disk summary store read at start-up.
#
# The client is npm's vscode-languageserver-protocol, pinned in
# tools/npm/package-lock.json and installed by set-up
# (scripts/install-npm-tools.sh); this script installs nothing. --bin-dir
# defaults to <repo>/build/bin (it must hold escapement-clangd and
# escapement). Exit 2 when node or the package are missing, 1 when the test
# fails.
set -euo pipefail

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
command -v node >/dev/null ||
  { echo "lsp-test: node is missing: run scripts/install-deps.sh" >&2; exit 2; }
NPM_DIR=$(bash "$ROOT/scripts/install-npm-tools.sh" --print-dir)
[ -e "$NPM_DIR/node_modules/vscode-languageserver-protocol/node.js" ] ||
  { echo "lsp-test: vscode-languageserver-protocol is not in $NPM_DIR: run scripts/install-npm-tools.sh" >&2; exit 2; }

if [ -z "$WORK" ]; then
  WORK=$(mktemp -d)
  trap 'rm -rf "$WORK"' EXIT
fi
ESCAPEMENT_NPM_LSP_DIR=$NPM_DIR node "$ROOT/test/editor/lsp_e2e.mjs" \
  --bin-dir "$BIN_DIR" --annotations "$ROOT/runtime/include" --work "$WORK"
