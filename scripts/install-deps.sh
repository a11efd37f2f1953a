#!/usr/bin/env bash
# Set-up: installs, with apt, every Debian 12 package the build, the tests and
# the benchmarks need, then the pinned npm tools the tests use
# (scripts/install-npm-tools.sh). Idempotent: packages already present are not
# touched, so a machine that has them all pays one dpkg query. Tests install
# nothing: everything they run comes from here.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  # analyzer: LLVM/Clang 19 (LibTooling, clang-tidy libraries), lit, FileCheck
  clang-19 libclang-19-dev llvm-19-dev llvm-19-tools clang-tidy-19 libclang-rt-19-dev
  libz3-dev nlohmann-json3-dev libgtest-dev
  # the z3 command line replays --dump-smt queries
  z3
  # escapement-clangd links clangd's static libraries, built with gRPC
  libgrpc++-dev libprotobuf-dev libabsl-dev
  # build
  cmake ninja-build ccache g++ python3
  # runtime benchmark peers (Asio is also a real-code test)
  libtbb-dev libasio-dev libmimalloc-dev
  # real-code tests: header-only libraries analyzed through TUs that use them
  libfmt-dev libspdlog-dev
  # editors tried headless against escapement-clangd (test/editor)
  neovim emacs-nox elpa-eglot
  # the network-free test run (scripts/offline.sh: unshare, ip)
  util-linux iproute2
)
# Node.js runs the SARIF validators and the LSP client. A machine that has
# node and npm from elsewhere (NodeSource's nodejs bundles npm and conflicts
# with Debian's npm) keeps them.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  PACKAGES+=(nodejs npm)
fi

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "install-deps: installing ${missing[*]}" >&2
  SUDO=""
  if [[ $(id -u) -ne 0 ]]; then SUDO=sudo; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

bash scripts/install-npm-tools.sh
