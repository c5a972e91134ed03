-- wrk: asks for every address in the file named by PAGES once, as a reader's browser would (its
-- User-Agent), the addresses shared out between wrk's threads; each thread stops at its last one.
local paths = {}
for line in io.lines(os.getenv("PAGES")) do
  paths[#paths + 1] = line
end

local threads = {}
function setup(thread)
  thread:set("id", #threads)
  threads[#threads + 1] = thread
end

function init(args)
  step = #threads
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
