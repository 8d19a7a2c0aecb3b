-- Every request a query string never asked before: a miss of the output cache, so a render, on a node whose other
-- caches are warm. The string names the run (its start time), the wrk thread and the request's number in it: wrk
-- runs each thread in a Lua state of its own, and LuaJIT's unseeded math.random gives every state the same sequence,
-- so a random number alone repeats across threads and runs, and the repeats are served from the cache (or wait on
-- the render of their twin) rather than rendered.
local run = os.time()
local threads = 0
setup = function(thread)
  threads = threads + 1
  thread:set("id", threads)
end
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", wrk.path .. "?lan=" .. run .. "-" .. id .. "-" .. counter)
end
