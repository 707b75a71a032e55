-- Search API queries for wrk: 16 everyday queries in turn, so after the first round they come from the
-- search's result cache, as repeated searches and the live suggestions do (search-cold.lua measures
-- queries that no cache holds); prints p95 at the end.
local queries = {"cache+stampede", "idempotent+retries", "jwt+vs+sessions", "kafka+ordering", "index+slow+query",
                 "circuit+breaker", "blue+green+deploy", "race+condition", "rate+limiter", "cap+theorem",
                 "how+does+a+hash+map+grow", "eventual+consistency", "sql+join+types", "load+balancer+sticky",
                 "garbage+collection+pauses", "tell+me+about+a+conflict"}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/api/v1/search?q=" .. queries[(i % #queries) + 1])
end
done = function(summary, latency, requests)
  io.write(string.format("p95 %.2fms\n", latency:percentile(95) / 1000))
end
