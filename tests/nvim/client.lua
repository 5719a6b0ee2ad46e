-- Headless Neovim (0.7+) as an LSP client of the duidelijk language server.
-- Prints one line per diagnostic, then applies an edit and prints the count again.
local file = assert(vim.env.LSP_FILE, 'set LSP_FILE')
local server = assert(vim.env.LSP_SERVER, 'set LSP_SERVER')
local function emit(s) io.stdout:write(s .. '\n') end

-- The command docs/editor.md recommends: node, the Node flags of SERVER_EXEC_ARGV, the server.
local cmd = { 'node' }
for flag in string.gmatch(vim.env.LSP_NODE_ARGS or '', '%S+') do table.insert(cmd, flag) end
table.insert(cmd, server)
table.insert(cmd, '--stdio')

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local bufnr = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = 'duidelijk',
  cmd = cmd,
  root_dir = vim.fn.fnamemodify(file, ':p:h'),
})
assert(client_id, 'start_client failed')
vim.lsp.buf_attach_client(bufnr, client_id)

local ok = vim.wait(20000, function() return #vim.diagnostic.get(bufnr) > 0 end, 20)
emit('ok=' .. tostring(ok))
local diags = vim.diagnostic.get(bufnr)
table.sort(diags, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
for _, d in ipairs(diags) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or ''
  emit(string.format('%d:%d-%d %s %s', d.lnum + 1, d.col + 1, d.end_col + 1, tostring(code), d.message))
end
-- Replace "reeds" by "al" and wait for the server to republish without that finding.
vim.api.nvim_buf_set_lines(bufnr, 0, 1, false, { 'Wij hebben uw brief al ontvangen.' })
local ok2 = vim.wait(10000, function() return #vim.diagnostic.get(bufnr) == #diags - 1 end, 20)
emit(string.format('after edit: %d (ok=%s)', #vim.diagnostic.get(bufnr), tostring(ok2)))
vim.lsp.stop_client(client_id)
vim.wait(2000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
vim.cmd(ok and 'qa!' or 'cq')
