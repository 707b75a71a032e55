-- A realistic mix for wrk: browse 70%, search 15%, practice reviews 10%, feedback 5%.
-- TOKEN (a personal access token) and SLUGS (comma-separated question slugs) come from the environment.
local token = os.getenv("TOKEN")
local slugs = {}
for s in string.gmatch(os.getenv("SLUGS"), "[^,]+") do slugs[#slugs + 1] = s end
local queries = {"cache+stampede", "idempotent+retries", "jwt+vs+sessions", "kafka+ordering", "index+slow+query",
                 "circuit+breaker", "blue+green+deploy", "race+condition", "rate+limiter", "cap+theorem"}
local answer = "During a network partition a distributed store must choose between consistency and availability. "
  .. "Without a partition it can offer both, and PACELC adds the latency trade-off in normal operation. "
  .. "A bank ledger picks consistency; a shopping cart usually picks availability and merges later."
local counter = 0

math.randomseed(os.time())

request = function()
  counter = counter + 1
  local r = math.random(100)
  local slug = slugs[math.random(#slugs)]
  if r <= 70 then
    if r <= 10 then
      return wrk.format("GET", "/topics/databases")
    end
    return wrk.format("GET", "/questions/" .. slug)
  elseif r <= 85 then
    return wrk.format("GET", "/search?q=" .. queries[math.random(#queries)])
  elseif r <= 95 then
    local body = string.format('{"questionSlug":"%s","rating":"good","clientReviewId":"%d-%d-%d"}',
      slug, os.time(), math.random(1e9), counter)
    return wrk.format("POST", "/api/v1/practice/reviews",
      {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token}, body)
  else
    local body = string.format('{"questionSlug":"cap-theorem","answer":"%s","coach":false}', answer)
    return wrk.format("POST", "/api/v1/feedback", {["Content-Type"] = "application/json"}, body)
  end
end
