#!/usr/bin/env bash
# sarif-validate.sh FILE.sarif...
#
# Validates SARIF logs the way GitHub code scanning will judge them:
#   1. JSON Schema: the SARIF 2.1.0 schema shipped inside the SARIF Multitool
#      package (JSON Schema 2020-12, so ajv's 2020 build; no ajv-draft-04),
#      checked with ajv + ajv-formats;
#   2. the SARIF Multitool's rules: `validate --rule-kind "Sarif;Gh"`
#      (SARIF spec/usability rules and GitHub's ingestion rules GH1001-GH2012).
# Fails (exit 1) on any schema error or any error-level Multitool result;
# warnings are printed. The Multitool itself exits 0 even when it reports
# errors, so its output log is what is judged.
#
# The tools are pinned in tools/npm/package-lock.json and installed by set-up
# (scripts/install-npm-tools.sh); this script installs nothing. Exit 2 when
# they are missing or cannot run.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
NPM_DIR=$(bash "$ROOT/scripts/install-npm-tools.sh" --print-dir)

if [ $# -eq 0 ]; then
  echo "usage: $0 FILE.sarif..." >&2
  exit 2
fi
for f in "$@"; do
  [ -r "$f" ] || { echo "sarif-validate: cannot read '$f'" >&2; exit 2; }
done
command -v node >/dev/null ||
  { echo "sarif-validate: node is missing: run scripts/install-deps.sh" >&2; exit 2; }
MT_DIR="$NPM_DIR/node_modules/@microsoft/sarif-multitool-linux"
MULTITOOL="$MT_DIR/Sarif.Multitool"
SCHEMA="$MT_DIR/sarif-2.1.0.json"
for need in "$MULTITOOL" "$SCHEMA" "$NPM_DIR/node_modules/ajv" "$NPM_DIR/node_modules/ajv-formats"; do
  [ -e "$need" ] || { echo "sarif-validate: $need is missing: run scripts/install-npm-tools.sh" >&2; exit 2; }
done

status=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for f in "$@"; do
  # 1. JSON Schema.
  if ! NODE_PATH="$NPM_DIR/node_modules" node - "$SCHEMA" "$f" <<'EOF'
const fs = require("fs");
const Ajv2020 = require("ajv/dist/2020");
const addFormats = require("ajv-formats");
const [schemaPath, logPath] = process.argv.slice(2);
const schema = JSON.parse(fs.readFileSync(schemaPath, "utf8"));
let log;
try {
  log = JSON.parse(fs.readFileSync(logPath, "utf8"));
} catch (e) {
  console.error(`${logPath}: not JSON: ${e.message}`);
  process.exit(1);
}
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);
if (!validate(log)) {
  for (const e of validate.errors)
    console.error(`${logPath}: schema: ${e.instancePath || "/"} ${e.message}`);
  process.exit(1);
}
console.log(`${logPath}: valid against the SARIF 2.1.0 schema`);
EOF
  then
    status=1
    continue
  fi

  # 2. SARIF Multitool, SARIF and GitHub rules.
  out="$work/validation.sarif"
  if ! DOTNET_CLI_TELEMETRY_OPTOUT=1 "$MULTITOOL" validate "$f" --rule-kind "Sarif;Gh" \
        -o "$out" --log ForceOverwrite >"$work/multitool.log" 2>&1 || [ ! -s "$out" ]; then
    # Without libicu .NET refuses to start: retry in invariant mode.
    if ! DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 "$MULTITOOL" \
          validate "$f" --rule-kind "Sarif;Gh" -o "$out" --log ForceOverwrite \
          >"$work/multitool.log" 2>&1 || [ ! -s "$out" ]; then
      cat "$work/multitool.log" >&2
      echo "sarif-validate: the SARIF Multitool did not run" >&2
      exit 2
    fi
  fi
  if ! node - "$out" "$f" <<'EOF'
const fs = require("fs");
const [outPath, logPath] = process.argv.slice(2);
const run = JSON.parse(fs.readFileSync(outPath, "utf8")).runs[0];
const results = run.results || [];
const rules = run.tool?.driver?.rules || [];
// The Multitool writes message ids with arguments: format them.
function text(r) {
  if (r.message?.text) return r.message.text;
  const rule = rules[r.ruleIndex] || rules.find((x) => x.id === r.ruleId) || {};
  const fmt = rule.messageStrings?.[r.message?.id]?.text ?? r.message?.id ?? "";
  return fmt.replace(/\{(\d+)\}/g, (_, i) => r.message?.arguments?.[+i] ?? "");
}
let errors = 0, warnings = 0;
for (const r of results) {
  const level = r.level || "warning";
  if (level === "error") errors++;
  else if (level === "warning") warnings++;
  else continue;
  const region = r.locations?.[0]?.physicalLocation?.region;
  const where = region ? `:${region.startLine}:${region.startColumn || 1}` : "";
  console.error(`${logPath}${where}: ${level}: ${r.ruleId}: ${text(r)}`);
}
console.log(`${logPath}: Multitool "Sarif;Gh": ${errors} error(s), ${warnings} warning(s)`);
process.exit(errors ? 1 : 0);
EOF
  then
    status=1
  fi
done
exit $status
