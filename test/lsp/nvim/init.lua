-- A headless Neovim (0.7+) as an LSP client of `policylint --lsp`: opens a file, waits for the
-- diagnostics, edits the buffer, applies a code action, and writes what it saw as JSON to $OUT.
-- Run by test/lsp/neovim.test.ts.
local file = os.getenv('FILE')
local out = os.getenv('OUT')
local result = { steps = {} }

local function finish(err)
  if err then result.error = err end
  local f = io.open(out, 'w')
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd('qa!')
end

local function codes(bufnr)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(list, { code = lsp.code or d.code, line = d.lnum, col = d.col, end_line = d.end_lnum, end_col = d.end_col, severity = d.severity, message = d.message })
  end
  table.sort(list, function(a, b) return (a.line * 1000 + a.col) < (b.line * 1000 + b.col) end)
  return list
end

-- `rule` or `rule/CHECK`: a diagnostic's code is the rule id with its check id.
local function has(bufnr, code)
  for _, d in ipairs(codes(bufnr)) do
    if d.code == code or vim.startswith(d.code or '', code .. '/') then return true end
  end
  return false
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'policylint',
    cmd = { os.getenv('NODE'), os.getenv('POLICYLINT_BIN'), '--lsp' },
    root_dir = vim.fn.fnamemodify(file, ':h'),
  })
  if not client_id then return finish('the server did not start') end
  vim.lsp.buf_attach_client(bufnr, client_id)

  -- 1. Diagnostics for the file as it is on disk.
  if not vim.wait(20000, function() return has(bufnr, 'principal-arn-pattern/PA09') end, 50) then
    return finish('no PA09 diagnostic after opening')
  end
  table.insert(result.steps, { step = 'open', diagnostics = codes(bufnr) })

  -- 2. An edit, not saved: a statement open to everyone, appended.
  local last = vim.api.nvim_buf_line_count(bufnr)
  vim.api.nvim_buf_set_lines(bufnr, last, last, false, {
    'resource "aws_s3_bucket_policy" "open" {',
    '  bucket = "open"',
    '  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "arn:aws:s3:::open/*" }] })',
    '}',
  })
  if not vim.wait(20000, function() return has(bufnr, 'wildcard-principal') end, 50) then
    return finish('no wildcard-principal diagnostic after the edit')
  end
  table.insert(result.steps, { step = 'edit', diagnostics = codes(bufnr) })

  -- 3. The code actions at the PA09 diagnostic, and the quick fix applied.
  local target
  for _, d in ipairs(codes(bufnr)) do
    if d.code == 'principal-arn-pattern/PA09' then target = d end
  end
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = { start = { line = target.line, character = target.col }, ['end'] = { line = target.end_line, character = target.end_col } },
    context = { diagnostics = {} },
  }
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 20000) or {}
  local titles, fix = {}, nil
  for _, r in pairs(responses) do
    for _, action in ipairs(r.result or {}) do
      table.insert(titles, action.title)
      if action.title == 'Write ArnLike instead of ArnEquals' then fix = action end
    end
  end
  table.insert(result.steps, { step = 'actions', titles = titles })
  if not fix then return finish('no ArnLike quick fix offered') end
  vim.lsp.util.apply_workspace_edit(fix.edit, 'utf-16')
  if not vim.wait(20000, function() return not has(bufnr, 'principal-arn-pattern/PA09') end, 50) then
    return finish('the PA09 diagnostic stayed after the fix')
  end
  table.insert(result.steps, { step = 'fixed', diagnostics = codes(bufnr) })
  result.text = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n')
  finish(nil)
end)
if not ok then finish(tostring(err)) end
