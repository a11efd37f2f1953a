#!/usr/bin/env bash
# Installs the npm tools the tests use (tools/npm/package.json, pinned by its
# package-lock.json) with `npm ci` into one cache directory, during set-up and
# with the machine's whole environment, so that its npm configuration (proxy,
# CA file) applies. Tests only read what this installed; they never install.
#
# The directory is $ESCAPEMENT_NPM_DIR, default ~/.cache/escapement-npm-tools
# (test/lit.cfg.py resolves it by the same rule). Reinstalls only when the
# lock file changed. `--print-dir` prints the directory and exits.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DIR=${ESCAPEMENT_NPM_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/escapement-npm-tools}
if [[ ${1:-} == --print-dir ]]; then echo "$DIR"; exit 0; fi

command -v node >/dev/null && command -v npm >/dev/null ||
  { echo "install-npm-tools: node and npm are missing: run scripts/install-deps.sh" >&2; exit 2; }

LOCK=$ROOT/tools/npm/package-lock.json
STAMP=$DIR/.escapement-lock.sha256
want=$(sha256sum "$LOCK" | cut -d' ' -f1)
mkdir -p "$DIR"
exec 9>"$DIR/.lock"
flock 9
if [[ -f $STAMP && $(cat "$STAMP") == "$want" && -d $DIR/node_modules ]]; then
  exit 0
fi
echo "install-npm-tools: npm ci into $DIR" >&2
cp "$ROOT/tools/npm/package.json" "$LOCK" "$DIR/"
rm -f "$STAMP"
# No --prefix: it would also move npm's global configuration file
# ($PREFIX/etc/npmrc) and lose the machine's registry settings.
(cd "$DIR" && npm ci --no-audit --no-fund --loglevel=error)
# The Multitool's postinstall (chmod) does not run where npm holds back
# install scripts.
chmod u+x "$DIR/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
echo "$want" >"$STAMP"
