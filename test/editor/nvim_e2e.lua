-- nvim_e2e.lua - Neovim's own LSP client (no plugins) against
-- escapement-clangd, headless: the diagnostic with its related information,
-- the quick fix applied through Neovim's workspace-edit code, and the
-- diagnostic gone after Neovim sends the change.
--
-- usage: ESC_SERVER=<escapement-clangd> ESC_FILE=<file> ESC_ROOT=<dir> \
--        nvim --headless -u NONE -i NONE -n -c 'luafile nvim_e2e.lua'
-- Prints one line per step; exits 1 at the first failure.
local server, file, root = os.getenv('ESC_SERVER'), os.getenv('ESC_FILE'), os.getenv('ESC_ROOT')
local TIMEOUT_MS = 60000

local function out(s) io.stdout:write(s .. '\n') end
local function fail(s)
  out('FAIL: ' .. s)
  os.exit(1)
end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
local client = vim.lsp.start_client({
  name = 'escapement-clangd',
  cmd = { server, '--background-index=false', '--log=error' },
  root_dir = root,
})
if not client then fail('escapement-clangd did not start') end
vim.lsp.buf_attach_client(buf, client)
out('nvim ' .. tostring(vim.version().major) .. '.' .. tostring(vim.version().minor))

local function ours() return vim.diagnostic.get(buf, { namespace = nil }) end
if not vim.wait(TIMEOUT_MS, function() return #ours() > 0 end, 50) then
  fail('no diagnostics within ' .. TIMEOUT_MS / 1000 .. 's')
end
local d = ours()[1]
out(string.format('diagnostic %d:%d [%s] %s', d.lnum + 1, d.col + 1, tostring(d.code), d.message))
for _, r in ipairs(d.user_data.lsp.relatedInformation or {}) do
  out(string.format('related %d: %s', r.location.range.start.line + 1, r.message))
end

local params = {
  textDocument = { uri = vim.uri_from_bufnr(buf) },
  range = { start = { line = d.lnum, character = d.col }, ['end'] = { line = d.end_lnum, character = d.end_col } },
  -- What vim.lsp.buf.code_action() sends: the line's diagnostics, back in
  -- LSP form.
  context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buf, d.lnum) },
}
local replies = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, TIMEOUT_MS) or {}
local fix
for _, reply in pairs(replies) do
  for _, action in ipairs(reply.result or {}) do
    if action.kind == 'quickfix' and action.edit then fix = action end
  end
end
if not fix then fail("no quick fix offered: " .. vim.inspect(replies)) end
out('quick fix: ' .. fix.title)
vim.lsp.util.apply_workspace_edit(fix.edit, 'utf-16')
out('line 7 now: ' .. vim.api.nvim_buf_get_lines(buf, 6, 7, false)[1])

-- Neovim sends didChange itself; the server re-checks the unsaved buffer.
if not vim.wait(TIMEOUT_MS, function() return #ours() == 0 end, 50) then
  fail('the diagnostic is still there after the quick fix')
end
out('after the quick fix: no diagnostics')
vim.lsp.stop_client(client)
os.exit(0)
