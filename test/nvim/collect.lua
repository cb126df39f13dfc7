-- Neovim (0.7+) as a second, independent LSP client: start the empathy-lint server, open a
-- scenario, wait for its diagnostics, ask for a hover and the quick fixes of the first finding,
-- and write everything to a JSON file for the node test to check. Always quits, even on error.
local server = os.getenv('EMPATHY_SERVER')
local file = os.getenv('EMPATHY_FILE')
local out = os.getenv('EMPATHY_OUT')
local wait_ms = tonumber(os.getenv('EMPATHY_WAIT_MS') or '30000')

local function write(result)
  local f = assert(io.open(out, 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'scenario'
  local client_id = vim.lsp.start_client({
    name = 'empathy-lint',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':h'),
    settings = { empathyLint = { enable = true } },
  })
  assert(client_id, 'vim.lsp.start_client returned nil')
  vim.lsp.buf_attach_client(bufnr, client_id)

  local got = vim.wait(wait_ms, function()
    return #vim.diagnostic.get(bufnr) > 0
  end, 50)
  local client = vim.lsp.get_client_by_id(client_id)
  local result = { attached = got, diagnostics = {}, capabilities = {} }
  for _, cap in ipairs({ 'codeActionProvider', 'hoverProvider', 'completionProvider' }) do
    result.capabilities[cap] = client.server_capabilities[cap] ~= nil
  end
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = (d.user_data or {}).lsp or {}
    table.insert(result.diagnostics, {
      code = d.code or lsp.code,
      message = d.message,
      source = d.source,
      severity = d.severity,
      lnum = d.lnum,
      col = d.col,
      end_lnum = d.end_lnum,
      href = (lsp.codeDescription or {}).href,
    })
  end

  local first = vim.diagnostic.get(bufnr)[1]
  if first then
    local position = { line = first.lnum, character = first.col }
    local hover = client.request_sync('textDocument/hover', {
      textDocument = vim.lsp.util.make_text_document_params(bufnr),
      position = position,
    }, wait_ms, bufnr)
    result.hover = hover and hover.result and hover.result.contents and hover.result.contents.value or vim.NIL
    local actions = client.request_sync('textDocument/codeAction', {
      textDocument = vim.lsp.util.make_text_document_params(bufnr),
      range = { start = position, ['end'] = { line = first.end_lnum, character = first.end_col } },
      context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr, first.lnum) },
    }, wait_ms, bufnr)
    result.actions = {}
    for _, a in ipairs((actions and actions.result) or {}) do
      table.insert(result.actions, { title = a.title, kind = a.kind, isPreferred = a.isPreferred == true })
    end
  end
  client.stop()
  vim.wait(5000, function() return client.is_stopped() end, 50)
  write(result)
end)
if not ok then
  write({ error = tostring(err) })
end
vim.cmd('qa!')
