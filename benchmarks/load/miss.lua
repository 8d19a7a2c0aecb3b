-- Every request a new query string: a miss of the output cache, so a render, on a node whose other caches are warm.
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", wrk.path .. "?lan=" .. counter .. "-" .. math.random(1000000000))
end
