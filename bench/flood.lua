-- wrk script: wrong HTTP Basic credentials for /api/me. FLOOD_MODE=admin guesses the
-- administrator's password (what the issue measured); FLOOD_MODE=botnet sends a new user name
-- from a new address (X-Forwarded-For, believed from a trusted proxy) every time, so that no
-- throttle applies and only the bound on password checks is left.
local mode = os.getenv("FLOOD_MODE") or "admin"
local chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

local function base64(data)
  return ((data:gsub(".", function(x)
    local r, b = "", x:byte()
    for i = 8, 1, -1 do r = r .. (b % 2 ^ i - b % 2 ^ (i - 1) > 0 and "1" or "0") end
    return r
  end) .. "0000"):gsub("%d%d%d?%d?%d?%d?", function(x)
    if #x < 6 then return "" end
    local c = 0
    for i = 1, 6 do c = c + (x:sub(i, i) == "1" and 2 ^ (6 - i) or 0) end
    return chars:sub(c + 1, c + 1)
  end) .. ({ "", "==", "=" })[#data % 3 + 1])
end

local counter = 0
function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
end

function init()
  math.randomseed(os.time() * 1000 + id)
end

function request()
  local user, headers = "admin", {}
  if mode == "botnet" then
    user = "guess" .. math.random(1, 1000000000)
    headers["X-Forwarded-For"] = "10." .. math.random(0, 255) .. "." .. math.random(0, 255) .. "." .. math.random(1, 254)
  end
  headers["Authorization"] = "Basic " .. base64(user .. ":wrong-" .. math.random(1, 1000000000))
  return wrk.format("GET", "/api/me", headers)
end
