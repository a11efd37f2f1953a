#!/usr/bin/env bash
# Installs, with apt, every Debian 12 package the build, the tests and the
# benchmarks need. Idempotent: packages already present are not touched, so a
# machine that has them all pays one dpkg query.
set -euo pipefail

PACKAGES=(
  # analyzer: LLVM/Clang 19 (LibTooling, clang-tidy libraries), lit, FileCheck
  clang-19 libclang-19-dev llvm-19-dev llvm-19-tools clang-tidy-19 libclang-rt-19-dev
  libz3-dev nlohmann-json3-dev libgtest-dev
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
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  exit 0
fi

echo "install-deps: installing ${missing[*]}" >&2
SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO=sudo; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
