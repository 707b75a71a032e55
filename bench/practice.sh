#!/usr/bin/env bash
# Practice benchmark: reviews per second through the API (wrk on loopback) on H2 or PostgreSQL, and
# the dashboard for a user with 300 cards and 10,000 reviews (API figures and the HTML page).
# Not part of the tests. Writes target/bench/practice-report-<db>.md.
#
#   bench/practice.sh              # H2 (embedded, the default)
#   DB=postgres bench/practice.sh  # PostgreSQL at 127.0.0.1:5432, database "test", a schema of its own
#   DURATION=5s bench/practice.sh  # smoke-size run
#   H2_WRITE_DELAY=500 bench/practice.sh  # H2 as it was before WRITE_DELAY=0 (acknowledges before writing)
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${DB:-h2}
DURATION=${DURATION:-20s}
PORT=${PORT:-18090}
OUT=target/bench
mkdir -p "$OUT"
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }

export JAVA_HOME=$(bin/java-home)
./mvnw -q -B package -DskipTests -Dspotless.check.skip=true
JAR=$(ls target/prepstack-*.jar | grep -v plain | head -1)
DATA=$(mktemp -d)
ARGS=(--server.port=$PORT --prepstack.data-dir="$DATA" --logging.level.root=warn --prepstack.embedding.enabled=false
      --prepstack.rate-limit.sign-in-per-minute=0 --prepstack.rate-limit.sign-up-per-hour=0)
if [ -n "${H2_WRITE_DELAY:-}" ]; then
  ARGS+=("--spring.datasource.url=jdbc:h2:file:$DATA/prepstack;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;WRITE_DELAY=$H2_WRITE_DELAY")
fi
if [ "$DB" = postgres ]; then
  SCHEMA=bench_$RANDOM
  psql -h 127.0.0.1 -U postgres -d test -qc "CREATE SCHEMA $SCHEMA"
  ARGS+=(--spring.profiles.active=postgres "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$SCHEMA"
         --spring.flyway.schemas=$SCHEMA)
fi
"$JAVA_HOME/bin/java" -jar "$JAR" "${ARGS[@]}" > "$OUT/practice-app.log" 2>&1 &
APP=$!
cleanup() { kill $APP 2>/dev/null || true; rm -rf "$DATA"; [ "$DB" = postgres ] && psql -h 127.0.0.1 -U postgres -d test -qc "DROP SCHEMA $SCHEMA CASCADE" || true; }
trap cleanup EXIT
# Up to 10 minutes: on a busy machine start-up (migrations, content sync, index) takes minutes.
for i in $(seq 1 600); do curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null && break; sleep 1; done

BASE="http://127.0.0.1:$PORT"
python3 - "$BASE" "$OUT" <<'PY'
import json, sys, http.client, urllib.parse, datetime, random, re
base, out = sys.argv[1], sys.argv[2]
host = urllib.parse.urlparse(base)
def conn(): return http.client.HTTPConnection(host.hostname, host.port, timeout=30)
c = conn()
def call(method, path, body=None, token=None, headers=None):
    h = {"Content-Type": "application/json", "Accept": "application/json"}
    if token: h["Authorization"] = "Bearer " + token
    if headers: h.update(headers)
    c.request(method, path, json.dumps(body) if body is not None else None, h)
    r = c.getresponse(); data = r.read()
    return r.status, data
def user(email):
    call("POST", "/api/v1/accounts", {"email": email, "displayName": "Bench", "password": "bench-passphrase-123"})
    s, d = call("POST", "/api/v1/auth/tokens", {"email": email, "password": "bench-passphrase-123", "name": "bench"})
    return json.loads(d)["token"]
slugs = [q["slug"] for p in range(3) for q in json.loads(call("GET", f"/api/v1/questions?size=100&page={p}")[1])["items"]]
open(out + "/slugs.txt", "w").write("\n".join(slugs))
open(out + "/token-writer.txt", "w").write(user("writer@bench.test"))
# A heavy user: 300 cards, 10,000 reviews over the last ~400 days, replayed in time order.
heavy = user("heavy@bench.test")
cards = slugs[:300]
start = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(days=400)
events = []
for i in range(10000):
    events.append((start + datetime.timedelta(seconds=i * 3400 + random.randint(0, 60)), cards[i % len(cards)]))
for at, slug in events:
    s, d = call("POST", "/api/v1/practice/reviews", {"questionSlug": slug, "rating": random.choice(["good", "good", "easy", "hard", "again"]),
                                                     "reviewedAt": at.strftime("%Y-%m-%dT%H:%M:%SZ")}, heavy)
    if s != 200: raise SystemExit(f"seeding failed: {s} {d[:200]}")
open(out + "/token-heavy.txt", "w").write(heavy)
# A signed-in page session for the heavy user, for the HTML dashboard.
# Anonymous pages keep the CSRF token in a cookie (XSRF-TOKEN); signing in starts the session (JSESSIONID).
def cookie_named(response, name):
    return next(c.split(";")[0] for c in response.headers.get_all("Set-Cookie") or [] if c.startswith(name + "="))
c2 = conn(); c2.request("GET", "/login"); r = c2.getresponse(); page = r.read().decode()
cookie = cookie_named(r, "XSRF-TOKEN")
csrf = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
form = urllib.parse.urlencode({"email": "heavy@bench.test", "password": "bench-passphrase-123", "_csrf": csrf})
c2.request("POST", "/login", form, {"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie}); r = c2.getresponse(); r.read()
cookie = cookie_named(r, "JSESSIONID")
open(out + "/cookie-heavy.txt", "w").write(cookie)
PY

cat > "$OUT/review.lua" <<LUA
local slugs = {}
for line in io.lines("$OUT/slugs.txt") do slugs[#slugs + 1] = line end
local ratings = {"again", "hard", "good", "easy"}
local token = io.open("$OUT/token-writer.txt"):read("*a")
local n = 0
request = function()
  n = n + 1
  local body = string.format('{"questionSlug":"%s","rating":"%s"}', slugs[(n % #slugs) + 1], ratings[(n % 4) + 1])
  return wrk.format("POST", "/api/v1/practice/reviews", {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token}, body)
end
LUA
wrk -t2 -c16 -d"$DURATION" --latency -s "$OUT/review.lua" "$BASE" > "$OUT/practice-reviews-$DB.txt"
wrk -t1 -c4 -d"$DURATION" --latency -H "Authorization: Bearer $(cat "$OUT/token-heavy.txt")" "$BASE/api/v1/progress" > "$OUT/practice-progress-api-$DB.txt"
wrk -t1 -c4 -d"$DURATION" --latency -H "Cookie: $(cat "$OUT/cookie-heavy.txt")" "$BASE/progress" > "$OUT/practice-progress-page-$DB.txt"

rps() { awk '/Requests\/sec/ {print $2}' "$1"; }
lat() { awk -v p="$2" '$1==p {print $2}' "$1"; }
{
  echo "# Practice benchmark on $DB${H2_WRITE_DELAY:+ (WRITE_DELAY=$H2_WRITE_DELAY)} ($(date -u +%Y-%m-%dT%H:%MZ))"
  echo
  echo "One run on loopback, $(nproc) cores. The dashboard user has 300 cards and 10,000 reviews."
  echo
  echo "| target | requests/s | p50 | p90 | p99 |"
  echo "|---|---|---|---|---|"
  for t in reviews progress-api progress-page; do
    f="$OUT/practice-$t-$DB.txt"
    echo "| $t | $(rps "$f") | $(lat "$f" 50%) | $(lat "$f" 90%) | $(lat "$f" 99%) |"
  done
  echo
  echo "Non-2xx responses: $(cat "$OUT"/practice-*-$DB.txt | awk '/Non-2xx/ {s+=$NF} END {print s+0}')"
} > "$OUT/practice-report-$DB.md"
cat "$OUT/practice-report-$DB.md"
