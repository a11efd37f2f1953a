// lsp_e2e.mjs - escapement-clangd driven end to end by a real LSP client.
//
// usage: node lsp_e2e.mjs --bin-dir DIR --annotations DIR --work DIR
//   DIR/escapement-clangd is the server, DIR/escapement writes the summary
//   store; the workspaces are created under --work (emptied first).
// The client is npm's vscode-languageserver-protocol 3.17.5, loaded from
// $ESCAPEMENT_NPM_LSP_DIR/node_modules (scripts/lsp-test.sh installs it).
//
// Prints one "ok: ..." line per assertion; exits 1 on the first failure.
import { createRequire } from 'node:module';
import * as cp from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const npmDir = process.env.ESCAPEMENT_NPM_LSP_DIR;
if (!npmDir) { console.error('lsp_e2e: ESCAPEMENT_NPM_LSP_DIR is not set'); process.exit(2); }
const require = createRequire(path.join(path.resolve(npmDir), 'node_modules', 'x.js'));
const P = require('vscode-languageserver-protocol/node');

const opt = {};
for (let i = 2; i < process.argv.length; i += 2) opt[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
for (const k of ['bin-dir', 'annotations', 'work'])
  if (!opt[k]) { console.error(`lsp_e2e: --${k} is required`); process.exit(2); }
const SERVER = path.resolve(opt['bin-dir'], 'escapement-clangd');
const ESCAPEMENT = path.resolve(opt['bin-dir'], 'escapement');
const ANNOT = path.resolve(opt.annotations);
const WORK = path.resolve(opt.work);
const TIMEOUT_MS = 60000;

function fail(msg) { console.error('FAIL: ' + msg); process.exit(1); }
function ok(msg) { console.log('ok: ' + msg); }
function check(cond, msg, detail) {
  if (!cond) fail(msg + (detail === undefined ? '' : '\n' + JSON.stringify(detail, null, 2)));
  ok(msg);
}
const uriOf = (f) => 'file://' + f;

// A workspace: files + compile_commands.json + .clangd.
function workspace(name, files, clangd) {
  const dir = path.join(WORK, name);
  fs.mkdirSync(dir, { recursive: true });
  for (const [f, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, f), text);
  const cdb = Object.keys(files).filter((f) => f.endsWith('.cpp')).map((f) => ({
    directory: dir, file: path.join(dir, f),
    arguments: ['clang++', '-std=c++20', '-I' + ANNOT, '-c', f] }));
  fs.writeFileSync(path.join(dir, 'compile_commands.json'), JSON.stringify(cdb, null, 1));
  if (clangd !== null) fs.writeFileSync(path.join(dir, '.clangd'), clangd);
  return dir;
}

// One server process and its LSP connection.
async function start(name, root, args = [], env = {}) {
  const log = fs.openSync(path.join(WORK, name + '.stderr'), 'w');
  const childEnv = { ...process.env, XDG_CONFIG_HOME: path.join(WORK, 'xdg'), ...env };
  for (const [k, v] of Object.entries(childEnv)) if (v === undefined) delete childEnv[k];
  const proc = cp.spawn(SERVER, ['--log=info', '--background-index=false', '--pch-storage=memory', ...args],
                        { stdio: ['pipe', 'pipe', log], env: childEnv, cwd: root });
  proc.on('exit', (code, sig) => { if (!proc.expectedExit) fail(`${name}: server exited (${code ?? sig}); see ${name}.stderr`); });
  const conn = P.createProtocolConnection(new P.StreamMessageReader(proc.stdout), new P.StreamMessageWriter(proc.stdin));
  const latest = new Map(), waiters = [];
  conn.onNotification(P.PublishDiagnosticsNotification.type, (p) => {
    latest.set(p.uri, p);
    for (const w of waiters.splice(0)) if (!w(p)) waiters.push(w);
  });
  conn.listen();
  const init = await conn.sendRequest(P.InitializeRequest.type, {
    processId: process.pid, rootUri: uriOf(root), workspaceFolders: [{ uri: uriOf(root), name }],
    capabilities: { textDocument: {
      synchronization: { didSave: true },
      publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
      codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor', 'info'] } } } } } });
  conn.sendNotification(P.InitializedNotification.type, {});
  const s = {
    name, conn, proc, init,
    open(file, version = 1) {
      conn.sendNotification(P.DidOpenTextDocumentNotification.type, { textDocument:
        { uri: uriOf(file), languageId: 'cpp', version, text: fs.readFileSync(file, 'utf8') } });
      return s.diagnostics(file, version);
    },
    change(file, text, version) {
      conn.sendNotification(P.DidChangeTextDocumentNotification.type, {
        textDocument: { uri: uriOf(file), version }, contentChanges: [{ text }] });
      return s.diagnostics(file, version);
    },
    // The first publishDiagnostics for `file` at `version` (or later).
    diagnostics(file, version) {
      const uri = uriOf(file);
      return new Promise((resolve) => {
        const t = setTimeout(() => fail(`${name}: no diagnostics for ${path.basename(file)} v${version} ` +
                                        `within ${TIMEOUT_MS / 1000}s`), TIMEOUT_MS);
        const w = (p) => {
          // clangd sends the version (versionSupport); an unversioned
          // publish for the same file would be stale.
          if (p.uri !== uri || p.version === undefined || p.version < version) return false;
          clearTimeout(t); resolve(p.diagnostics); return true;
        };
        const have = latest.get(uri);
        if (!(have && w(have))) waiters.push(w);
      });
    },
    async stop() {
      await conn.sendRequest(P.ShutdownRequest.type);
      proc.expectedExit = true;
      const exited = new Promise((r) => proc.on('exit', r));
      conn.sendNotification(P.ExitNotification.type);
      await exited;
      conn.dispose();
    },
  };
  return s;
}

const CLANGD_ON = 'Diagnostics:\n  ClangTidy:\n    Add: [heap-*]\n    FastCheckFilter: None\n';
const CLANGD_STRICT = 'Diagnostics:\n  ClangTidy:\n    Add: [heap-*]\n';
const CHAIN = [
  '#include <escapement/annotations.hpp>',
  '',
  'int *fresh() { return new int(1); }',
  '',
  'ESC_NOALLOC int on_packet() {',
  '  int *p = fresh();',
  '  return *p;',
  '}',
  ''].join('\n');
const COPY = [
  '#include <escapement/annotations.hpp>',
  '#include <string>',
  '#include <vector>',
  '',
  'ESC_NOALLOC std::size_t total(const std::vector<std::string> &names) {',
  '  std::size_t n = 0;',
  '  for (auto s : names)',
  '    n += s.size();',
  '  return n;',
  '}',
  ''].join('\n');
const codeActions = async (s, file, d) => await s.conn.sendRequest(P.CodeActionRequest.type,
  { textDocument: { uri: uriOf(file) }, range: d.range, context: { diagnostics: [d] } }) ?? [];
// Applies LSP text edits (UTF-16 positions; the texts here are ASCII).
function applyEdits(text, edits) {
  const lines = text.split('\n');
  const off = (p) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  for (const e of [...edits].sort((a, b) => off(b.range.start) - off(a.range.start)))
    text = text.slice(0, off(e.range.start)) + e.newText + text.slice(off(e.range.end));
  return text;
}
const ours = (ds, code) => ds.filter((d) => d.code === code && d.source === 'clang-tidy');
const codes = (ds) => ds.map((d) => d.code).join(',') || '(none)';

fs.rmSync(WORK, { recursive: true, force: true });
fs.mkdirSync(path.join(WORK, 'xdg'), { recursive: true });

// 1. Our diagnostic, its notes as related information, code actions, NOLINT.
{
  const root = workspace('chain', { 'chain.cpp': CHAIN }, CLANGD_ON);
  const file = path.join(root, 'chain.cpp');
  const s = await start('chain', root);
  check(/clangd/.test(s.init.serverInfo?.name ?? ''), `server is clangd (${s.init.serverInfo?.name} ${s.init.serverInfo?.version ?? ''})`);
  const ds = await s.open(file);
  const d = ours(ds, 'heap-noalloc')[0];
  check(d, `heap-noalloc reported by clang-tidy [all: ${codes(ds)}]`, ds);
  check(d.range.start.line === 5 && d.range.start.character === 11,
        `at chain.cpp:6:12 (severity ${d.severity}): ${d.message}`, d);
  check(/^Call to 'fresh' allocates; 'on_packet' must not allocate/.test(d.message), 'message names callee and caller', d);
  const rel = d.relatedInformation ?? [];
  const note = (re) => rel.find((r) => re.test(r.message) && r.location.uri === uriOf(file));
  const n1 = note(/'new int' allocates on the heap/), n2 = note(/'on_packet' is declared ESC_NOALLOC here/);
  check(n1 && n1.location.range.start.line === 2, `note as related information: ${n1?.message} (line ${n1 && n1.location.range.start.line + 1})`, rel);
  check(n2 && n2.location.range.start.line === 4, `note as related information: ${n2?.message} (line ${n2 && n2.location.range.start.line + 1})`, rel);

  // A finding without a fix-it: no quick fix claims it.
  const actions = await codeActions(s, file, d);
  check(actions.every((a) => !(a.diagnostics ?? []).some((x) => x.code === 'heap-noalloc')),
        `no code action claims heap-noalloc without a fix-it (${actions.length} in all)`, actions);
  let version = 1;

  // NOLINT on the line, sent as an unsaved edit, silences it.
  const nolint = CHAIN.replace('  int *p = fresh();', '  int *p = fresh(); // NOLINT(heap-noalloc)');
  const after = await s.change(file, nolint, ++version);
  check(!ours(after, 'heap-noalloc').length, `NOLINT(heap-noalloc) after didChange: heap-noalloc gone [all: ${codes(after)}]`, after);
  const back = await s.change(file, CHAIN, ++version);
  check(ours(back, 'heap-noalloc').length === 1, 'NOLINT removed: heap-noalloc back', back);
  await s.stop();
}

// 1b. A fix-it offered as a quick fix: applying it clears the finding.
{
  const root = workspace('copy', { 'copy.cpp': COPY }, CLANGD_ON);
  const file = path.join(root, 'copy.cpp');
  const s = await start('copy', root);
  const ds = await s.open(file);
  const d = ours(ds, 'heap-noalloc')[0];
  check(d && d.range.start.line === 6, `copy into a read-only local reported at copy.cpp:${d && d.range.start.line + 1}: ${d?.message}`, ds);
  const fixes = (await codeActions(s, file, d)).filter(
    (a) => a.kind === 'quickfix' && (a.diagnostics ?? []).some((x) => x.code === 'heap-noalloc'));
  check(fixes.length === 1, `one quick fix for heap-noalloc: "${fixes[0]?.title}"`, fixes);
  const edits = (fixes[0].edit?.changes ?? {})[uriOf(file)] ?? [];
  check(edits.length === 2, `the quick fix carries ${edits.length} edits`, fixes[0]);
  const fixed = applyEdits(COPY, edits);
  check(fixed.includes('  for (const auto& s : names)'), 'applied: for (const auto& s : names)', fixed);
  const after = await s.change(file, fixed, 2);
  check(!ours(after, 'heap-noalloc').length, `after the quick fix: heap-noalloc gone [all: ${codes(after)}]`, after);
  await s.stop();
}

// 2. Without FastCheckFilter, clangd 19's default (Strict) skips our checks.
{
  const root = workspace('strict', { 'chain.cpp': CHAIN }, CLANGD_STRICT);
  const s = await start('strict', root);
  const ds = await s.open(path.join(root, 'chain.cpp'));
  check(!ours(ds, 'heap-noalloc').length, `default FastCheckFilter (Strict): heap-noalloc not run [all: ${codes(ds)}]`, ds);
  await s.stop();
}

// 2b. .clang-tidy's WarningsAsErrors turns the warning into an error, as
// `escapement` reports contract violations on the command line.
{
  const root = workspace('werror', { 'chain.cpp': CHAIN }, CLANGD_ON);
  fs.writeFileSync(path.join(root, '.clang-tidy'), 'WarningsAsErrors: heap-noalloc\n');
  const s = await start('werror', root);
  const ds = await s.open(path.join(root, 'chain.cpp'));
  const d = ours(ds, 'heap-noalloc')[0];
  check(d && d.severity === 1, `WarningsAsErrors: heap-noalloc: severity ${d?.severity} (error)`, ds);
  await s.stop();
}

// 3. Cross-TU: the summary store `escapement -p` leaves is read at start-up.
{
  const src = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'driver', 'Inputs', 'cross-tu');
  const files = {};
  for (const f of ['handler.cpp', 'pool.cpp', 'pool.h']) files[f] = fs.readFileSync(path.join(src, f), 'utf8');
  const root = workspace('xtu', files, CLANGD_ON);
  const handler = path.join(root, 'handler.cpp');
  const r = cp.spawnSync(ESCAPEMENT, ['-p', root, handler, path.join(root, 'pool.cpp')], { encoding: 'utf8' });
  check(r.status === 1 && fs.existsSync(path.join(root, '.escapement-cache')),
        `escapement -p wrote ${path.basename(root)}/.escapement-cache (exit ${r.status})`, r.stderr);
  const cache = path.join(root, '.escapement-cache');
  const variants = [
    ['ESCAPEMENT_CACHE_DIR', [], { ESCAPEMENT_CACHE_DIR: cache }],
    ['--escapement-cache-dir', ['--escapement-cache-dir=' + cache], { ESCAPEMENT_CACHE_DIR: undefined }],
    ['--compile-commands-dir', ['--compile-commands-dir=' + root], { ESCAPEMENT_CACHE_DIR: undefined }],
  ];
  for (const [how, args, env] of variants) {
    const s = await start('xtu' + how.replace(/\W/g, ''), root, args, env);
    const ds = await s.open(handler);
    const d = ours(ds, 'heap-noalloc')[0];
    const via = (d?.relatedInformation ?? []).find((x) => /calls 'pool::fresh'/.test(x.message));
    check(d && via && via.location.uri === uriOf(path.join(root, 'pool.cpp')),
          `store via ${how}: ${d?.message}; related ${path.basename(via?.location.uri ?? '?')}:${via && via.location.range.start.line + 1} ${via?.message}`, ds);
    // pool::capacity (pure) and pool::release (frees) are judged by their
    // bodies too: nothing "may allocate" is left.
    check(ds.length === 1, `store via ${how}: nothing else [all: ${codes(ds)}]`, ds);
    await s.stop();
    const log = fs.readFileSync(path.join(WORK, s.name + '.stderr'), 'utf8').match(/^escapement-clangd: .*$/m);
    check(log && /\bindex of \d+ functions loaded from .*\.escapement-cache; summaries are read on demand$/.test(log[0]),
          `log: ${log?.[0].replace(WORK + '/', '')}`);
  }
  const s = await start('xtu-nocache', root, [], { ESCAPEMENT_CACHE_DIR: undefined });
  const ds = await s.open(handler);
  const unproven = ours(ds, 'heap-noalloc-unproven').map((d) => d.message.match(/^Call to '([^']+)'/)?.[1]).sort();
  check(!ours(ds, 'heap-noalloc').length && unproven.join(',') === 'pool::acquire,pool::capacity,pool::release',
        `no store: heap-noalloc-unproven instead, for ${unproven.join(', ')} [all: ${codes(ds)}]`, ds);
  await s.stop();
}
// 4. A second module: bound-blocking, its chain as related information.
{
  const BLOCKING = [
    '#include <escapement/annotations.hpp>',
    '#include <unistd.h>',
    '',
    'void nap() { usleep(1); }',
    '',
    'ESC_NONBLOCKING void on_tick() {',
    '  nap();',
    '}',
    ''].join('\n');
  const root = workspace('blocking', { 'blocking.cpp': BLOCKING },
                         'Diagnostics:\n  ClangTidy:\n    Add: [bound-*]\n    FastCheckFilter: None\n');
  const file = path.join(root, 'blocking.cpp');
  const s = await start('blocking', root);
  const ds = await s.open(file);
  const d = ours(ds, 'bound-blocking')[0];
  check(d && d.range.start.line === 6 && d.range.start.character === 2,
        `bound-blocking at blocking.cpp:${d && d.range.start.line + 1}:${d && d.range.start.character + 1}: ${d?.message}`, ds);
  const rel = d.relatedInformation ?? [];
  for (const [re, line] of [[/'usleep' may block the calling thread/, 3], [/'on_tick' is declared ESC_NONBLOCKING here/, 5]]) {
    const n = rel.find((r) => re.test(r.message) && r.location.uri === uriOf(file));
    check(n && n.location.range.start.line === line, `bound-blocking note as related information: ${n?.message} (line ${n && n.location.range.start.line + 1})`, rel);
  }
  check(ds.length === 1, `bound-blocking: nothing else [all: ${codes(ds)}]`, ds);
  await s.stop();
}
// 5. bound-deadline: solved with Z3 in the editor, the path as related
// information; the profile comes from the .clangd file's CheckOptions.
{
  const DEADLINE = [
    '#include <escapement/annotations.hpp>',
    'ESC_COST_NS(100) void send_frame();',
    'ESC_DEADLINE_NS(250) void on_tick(unsigned n) {',
    '  for (unsigned i = 0; i < n && i < 3; ++i)',
    '    send_frame();',
    '}',
    ''].join('\n');
  const root = workspace('deadline', { 'deadline.cpp': DEADLINE },
                         'Diagnostics:\n  ClangTidy:\n    Add: [bound-*]\n    FastCheckFilter: None\n' +
                         '    CheckOptions:\n      escapement.bound.Profile: declared-costs-only\n');
  const file = path.join(root, 'deadline.cpp');
  const s = await start('deadline', root);
  const ds = await s.open(file);
  const d = ours(ds, 'bound-deadline')[0];
  check(d && d.range.start.line === 2 && d.range.start.character === 26,
        `bound-deadline at deadline.cpp:${d && d.range.start.line + 1}:${d && d.range.start.character + 1}: ${d?.message}`, ds);
  const rel = d?.relatedInformation ?? [];
  for (const [re, line] of [[/the 'for' loop runs 3 times \(300 ns so far\)/i, 3], [/'on_tick' is declared ESC_DEADLINE_NS\(250\) here/, 2]]) {
    const n = rel.find((r) => re.test(r.message) && r.location.uri === uriOf(file));
    check(n && n.location.range.start.line === line, `bound-deadline note as related information: ${n?.message} (line ${n && n.location.range.start.line + 1})`, rel);
  }
  check(ds.length === 1, `bound-deadline: nothing else [all: ${codes(ds)}]`, ds);
  await s.stop();
}
ok('all');
process.exit(0);
