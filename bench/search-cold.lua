-- Search API queries for wrk that a cache cannot answer: two words of a 60-word backend vocabulary,
-- 3,540 distinct pairs in a cycle, more than the search's result cache (1,000) and the query-embedding
-- cache (2,000) hold, so that every query is embedded and searched. Prints p95 at the end.
local words = {"cache", "index", "kafka", "retry", "timeout", "deadlock", "replica", "shard", "queue", "lock",
               "thread", "pool", "latency", "throughput", "consistency", "partition", "leader", "election",
               "token", "session", "cookie", "oauth", "tls", "dns", "http", "grpc", "rest", "schema", "migration",
               "rollback", "deploy", "canary", "docker", "kubernetes", "memory", "leak", "garbage", "heap", "stack",
               "mutex", "semaphore", "async", "event", "stream", "batch", "cron", "logging", "tracing", "metrics",
               "alert", "outage", "incident", "failover", "backup", "restore", "encryption", "hashing", "password",
               "injection", "cors"}
local i = 0
request = function()
  local a = (i % #words) + 1
  local b = ((math.floor(i / #words) + a) % #words) + 1
  if b == a then b = (b % #words) + 1 end
  i = i + 1
  return wrk.format("GET", "/api/v1/search?q=" .. words[a] .. "+" .. words[b])
end
done = function(summary, latency, requests)
  io.write(string.format("p95 %.2fms\n", latency:percentile(95) / 1000))
end
