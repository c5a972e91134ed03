-- wrk script: cycles through bench/search-queries.txt on /api/search (each thread its own offset).
local queries = {}
for line in io.lines("bench/search-queries.txt") do
  if line ~= "" then
    queries[#queries + 1] = line:gsub("([^%w%-%.%_%~])", function(c) return string.format("%%%02X", string.byte(c)) end)
  end
end
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("offset", counter * 17)
end
function request()
  offset = offset + 1
  local q = queries[(offset % #queries) + 1]
  return wrk.format("GET", "/api/search?lang=vi&size=10&q=" .. q)
end
