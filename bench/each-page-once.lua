-- wrk: asks for every address in the file named by PAGES once, as a reader's browser would (its
-- User-Agent), the addresses shared out between wrk's threads; each thread stops at its last one.
-- Give the number of threads after "--" (wrk -t2 … -s each-page-once.lua URL -- 2): each thread
-- runs in a Lua state of its own and cannot count the others. wrk itself still waits out its -d
-- (its threads stopping do not end it): the script around it measures once the counter stops.
local paths = {}
for line in io.lines(os.getenv("PAGES")) do
  paths[#paths + 1] = line
end

local created = 0
function setup(thread)
  thread:set("id", created)
  created = created + 1
end

function init(args)
  step = tonumber(args[1]) or 1
  next_index = id + 1
  wrk.headers["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"
end

function request()
  local path = paths[next_index] or paths[#paths]
  next_index = next_index + step
  return wrk.format("GET", path)
end

function response(status, headers, body)
  if next_index > #paths + step then
    wrk.thread:stop()
  end
end
