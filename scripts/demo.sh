#!/usr/bin/env bash
# The main job: installs what is missing, builds, and runs Escapement on the
# bundled examples/, printing findings and writing a SARIF report.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
BUILD_DIR=${ESC_BUILD_DIR:-build}
ESC="$BUILD_DIR/bin/escapement"
mapfile -t SOURCES < <(ls examples/*/*.cpp)

echo "== Escapement on examples/ (findings below; exit status 1 means contract violations) =="
set +e
"$ESC" -p "$BUILD_DIR" --quiet "${SOURCES[@]}"
status=$?
"$ESC" -p "$BUILD_DIR" --quiet --format=sarif -o "$BUILD_DIR/escapement.sarif" "${SOURCES[@]}"
set -e
if ((status == 2)); then
  echo "escapement could not analyze every file (exit status 2)" >&2
  exit 2
fi
echo "== SARIF report: $BUILD_DIR/escapement.sarif (exit status of the analysis: $status) =="
