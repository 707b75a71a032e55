#!/usr/bin/env bash
# HTTP benchmark of issue 20, in one run on this machine: start-up to a healthy /actuator/health on a
# fresh and on a warm data folder (wall time and the CPU time the process used), resident memory idle
# and under load, then wrk on loopback against the anonymous question page, the same page signed in,
# GET /api/v1/questions and GET /api/v1/questions/{slug}, beside nginx serving the same page as a
# static file. The application runs with the README's JVM options (JAVA_OPTS to try others) and no
# rate limits. Writes target/bench/http-report.md. Not part of the test command.
#
#   bench/http.sh                          # 15 s per target, 2 threads, 64 connections
#   DURATION=5s bench/http.sh              # smoke-size run
#   SKIP_BUILD=1 JAVA_OPTS="-Xmx1g" bench/http.sh
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-15s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-64}
APP_PORT=${APP_PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18081}
# Keep in step with the README's run command.
JAVA_OPTS=${JAVA_OPTS:-"-XX:+UseSerialGC -Xms32m -Xmx256m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:-ShrinkHeapInSteps -Xss512k -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=96m"}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
OUT=target/bench
mkdir -p "$OUT"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

for tool in wrk nginx; do
  if ! command -v "$tool" >/dev/null && ! [ -x "/usr/sbin/$tool" ]; then
    echo "Installing $tool (Debian package)"; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx-light >/dev/null
  fi
done
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

export JAVA_HOME=$(bin/java-home)
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -B package -DskipTests -Dspotless.check.skip=true
JAR=$(ls target/prepstack-*.jar | grep -v plain | head -1)
# DATA_DIR=folder with SKIP_FRESH=1 starts only once, on that (warm) folder, which is kept.
DATA=${DATA_DIR:-$(mktemp -d)}
NGINX_DIR=$(mktemp -d)
APP_PID=
SAMPLER_PID=
cleanup() {
  [ -n "$SAMPLER_PID" ] && kill "$SAMPLER_PID" 2>/dev/null || true
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  [ -f "$NGINX_DIR/nginx.pid" ] && kill "$(cat "$NGINX_DIR/nginx.pid")" 2>/dev/null || true
  [ -n "${DATA_DIR:-}" ] || rm -rf "$DATA"
  rm -rf "$NGINX_DIR"
}
trap cleanup EXIT

# Starts the application; sets APP_PID, HEALTHY_S (wall) and CPU_S (user + system of the process).
# START_JAR and START_OPTS (extra JVM options) change what starts, for the AOT cache's start below.
start_app() {
  local t0 t1
  t0=$(date +%s.%N)
  # shellcheck disable=SC2086
  "$JAVA_HOME/bin/java" $JAVA_OPTS ${START_OPTS:-} -jar "${START_JAR:-$JAR}" --server.port=$APP_PORT --prepstack.data-dir="$DATA" \
    --prepstack.rate-limit.public-api-per-minute=0 --prepstack.rate-limit.search-per-minute=0 \
    --prepstack.rate-limit.sign-in-per-minute=0 > "$OUT/app-$1.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 3000); do
    curl -sf "http://127.0.0.1:$APP_PORT/actuator/health" >/dev/null 2>&1 && break
    kill -0 $APP_PID 2>/dev/null || { echo "the application stopped; see $OUT/app-$1.log"; exit 1; }
    sleep 0.1
  done
  t1=$(date +%s.%N)
  HEALTHY_S=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f", b - a}')
  CPU_S=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' /proc/$APP_PID/stat)
}
models_loaded() { # waits up to 5 minutes for both embedding models
  for _ in $(seq 1 300); do grep -q "bge-small-en-v1.5-q ready" "$OUT/app-$1.log" && return 0; sleep 1; done
}
rss_mb() { awk '/VmRSS/ {printf "%d", $2 / 1024}' /proc/$APP_PID/status; }
stop_app() { kill $APP_PID; while kill -0 $APP_PID 2>/dev/null; do sleep 0.2; done; APP_PID=; }

FRESH_S=not; FRESH_CPU=measured
if [ -z "${SKIP_FRESH:-}" ]; then
  start_app fresh; FRESH_S=$HEALTHY_S; FRESH_CPU=$CPU_S
  models_loaded fresh; stop_app
fi
# On JDK 24+, a warm start with the JDK's AOT cache as the README describes it (extracted jar, one
# training run on a data folder of its own); AOT=0 leaves it out.
AOT_S=not; AOT_CPU=measured
JDK_MAJOR=$("$JAVA_HOME/bin/java" -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print v[1]; exit}')
if [ "${AOT:-1}" != 0 ] && [ "$JDK_MAJOR" -ge 24 ]; then
  AOT_DIR="$NGINX_DIR/aot"
  "$JAVA_HOME/bin/java" -Djarmode=tools -jar "$JAR" extract --destination "$AOT_DIR" >/dev/null
  AOT_JAR="$AOT_DIR/$(basename "$JAR")"
  # shellcheck disable=SC2086
  "$JAVA_HOME/bin/java" $JAVA_OPTS -XX:AOTCacheOutput="$AOT_DIR/app.aot" -Dspring.context.exit=onRefresh \
    -jar "$AOT_JAR" --prepstack.data-dir="$AOT_DIR/training-data" --prepstack.embedding.enabled=false \
    --server.port=0 > "$OUT/app-aot-training.log" 2>&1 || true
  if [ -f "$AOT_DIR/app.aot" ]; then
    START_JAR=$AOT_JAR START_OPTS="-XX:AOTCache=$AOT_DIR/app.aot" start_app aot
    AOT_S=$HEALTHY_S; AOT_CPU=$CPU_S; stop_app
  else
    echo "no AOT cache was written; see $OUT/app-aot-training.log"
  fi
fi
start_app warm; WARM_S=$HEALTHY_S; WARM_CPU=$CPU_S
models_loaded warm; sleep 20
RSS_IDLE=$(rss_mb)
echo "start-up: fresh ${FRESH_S}s (${FRESH_CPU}s CPU), warm ${WARM_S}s (${WARM_CPU}s CPU), warm with AOT cache ${AOT_S}s (${AOT_CPU}s CPU), idle ${RSS_IDLE} MB"

# A signed-in visitor: an account, then the sign-in form with the CSRF token of its cookie.
JAR_COOKIES="$NGINX_DIR/cookies"
EMAIL="bench-$$@example.test"
curl -sf -o /dev/null -H 'Content-Type: application/json' \
  -d "{\"email\":\"$EMAIL\",\"displayName\":\"Bench Reader\",\"password\":\"a-long-and-unusual-passphrase-7\"}" \
  "http://127.0.0.1:$APP_PORT/api/v1/accounts"
CSRF=$(curl -sf -c "$JAR_COOKIES" "http://127.0.0.1:$APP_PORT/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -sf -o /dev/null -b "$JAR_COOKIES" -c "$JAR_COOKIES" --data-urlencode "email=$EMAIL" \
  --data-urlencode "password=a-long-and-unusual-passphrase-7" --data-urlencode "_csrf=$CSRF" "http://127.0.0.1:$APP_PORT/login"
SESSION=$(awk '$6 == "JSESSIONID" {print $7}' "$JAR_COOKIES")
[ -n "$SESSION" ] || { echo "could not sign in"; exit 1; }

# Every page of the bank once, to see what the page cache holds for all of it.
for n in 0 1 2 3 4 5 6 7 8 9; do
  curl -sf "http://127.0.0.1:$APP_PORT/api/v1/questions?page=$n&size=100" | grep -o '"slug":"[^"]*"' | cut -d'"' -f4 || true
done | sort -u > "$NGINX_DIR/slugs"
for path in / /topics /behavioral /system-design /roles /learning-path $(sed 's|^|/questions/|' "$NGINX_DIR/slugs"); do
  curl -s -o /dev/null "http://127.0.0.1:$APP_PORT$path"
done
CACHE_PAGES=$(wc -l < "$NGINX_DIR/slugs")
CACHE_MB=$(curl -s "http://127.0.0.1:$APP_PORT/actuator/prometheus" | awk '/^prepstack_page_cache_bytes/ {printf "%.1f", $2 / 1048576}')

PAGE=/questions/cap-theorem
mkdir -p "$NGINX_DIR/www/questions" "$NGINX_DIR/logs" "$NGINX_DIR/tmp"
curl -sf "http://127.0.0.1:$APP_PORT$PAGE" > "$NGINX_DIR/www/questions/cap-theorem.html"
# Into a file first: grep -q stopping early would fail curl's write (and the pipeline).
curl -sf -H "Cookie: JSESSIONID=$SESSION" "http://127.0.0.1:$APP_PORT$PAGE" > "$NGINX_DIR/signed-in.html"
grep -q "Bench Reader" "$NGINX_DIR/signed-in.html" || { echo "the signed-in page does not show the reader"; exit 1; }
cat > "$NGINX_DIR/nginx.conf" <<CONF
worker_processes 1;
pid $NGINX_DIR/nginx.pid;
error_log $NGINX_DIR/logs/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $NGINX_DIR/tmp; proxy_temp_path $NGINX_DIR/tmp; fastcgi_temp_path $NGINX_DIR/tmp;
  uwsgi_temp_path $NGINX_DIR/tmp; scgi_temp_path $NGINX_DIR/tmp;
  server { listen 127.0.0.1:$NGINX_PORT; root $NGINX_DIR/www; default_type text/html; }
}
CONF
# nginx's workers run as another user: mktemp's folder (mode 700) answered them 403, not the page.
chmod -R a+rX "$NGINX_DIR"
"$NGINX" -c "$NGINX_DIR/nginx.conf"
[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$NGINX_PORT/questions/cap-theorem.html")" = 200 ] \
  || { echo "nginx does not serve the page"; exit 1; }

# Resident memory under load: the highest of samples every half second while wrk runs.
( peak=0; while sleep 0.5; do r=$(awk '/VmRSS/ {print int($2 / 1024)}' /proc/$APP_PID/status 2>/dev/null || echo 0)
    [ "$r" -gt "$peak" ] && peak=$r && echo "$peak" > "$OUT/rss-peak"; done ) &
SAMPLER_PID=$!

# Warm-up so the JIT has compiled the hot paths before measuring.
for path in "$PAGE" /api/v1/questions /api/v1/questions/cap-theorem; do
  wrk -t1 -c8 -d5s "http://127.0.0.1:$APP_PORT$path" >/dev/null
done
wrk -t1 -c8 -d5s -H "Cookie: JSESSIONID=$SESSION" "http://127.0.0.1:$APP_PORT$PAGE" >/dev/null

run() { # name url [header]
  if [ -n "${3:-}" ]; then wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "$3" "$2" > "$OUT/$1.txt"
  else wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$2" > "$OUT/$1.txt"; fi
}
LOAD_WRK=$(cut -d' ' -f1-3 /proc/loadavg)
run nginx "http://127.0.0.1:$NGINX_PORT/questions/cap-theorem.html"
run page "http://127.0.0.1:$APP_PORT$PAGE"
run page-signed-in "http://127.0.0.1:$APP_PORT$PAGE" "Cookie: JSESSIONID=$SESSION"
run api-list "http://127.0.0.1:$APP_PORT/api/v1/questions"
run api-detail "http://127.0.0.1:$APP_PORT/api/v1/questions/cap-theorem"
# Search API at 16 connections, the issue's own setting, with varied queries (query embedding included).
wrk -t"$THREADS" -c16 -d"$DURATION" --latency -s bench/search-p95.lua "http://127.0.0.1:$APP_PORT" > "$OUT/search.txt"
SEARCH_P95=$(awk '/^p95/ {print $2}' "$OUT/search.txt")
# The same with queries no cache holds (3,540 distinct pairs of words in a cycle): every one embedded.
wrk -t"$THREADS" -c16 -d"$DURATION" --latency -s bench/search-cold.lua "http://127.0.0.1:$APP_PORT" > "$OUT/search-cold.txt"
SEARCH_COLD_P95=$(awk '/^p95/ {print $2}' "$OUT/search-cold.txt")
RSS_LOAD=$(cat "$OUT/rss-peak")
# Page weight: the question page's HTML, CSS and JS as a browser fetches them (gzip accepted).
weight() { curl -s -o /dev/null -H 'Accept-Encoding: gzip' -w '%{size_download}' "http://127.0.0.1:$APP_PORT$1"; }
PAGE_BYTES=$(weight "$PAGE")
ASSETS=$(grep -oE '(href|src)="/[^"]+\.(css|js)"' "$NGINX_DIR/www/questions/cap-theorem.html" | sed 's/.*="//; s/"$//' | sort -u || true)
ASSET_BYTES=0
for a in $ASSETS; do ASSET_BYTES=$((ASSET_BYTES + $(weight "$a"))); done
# (grep finds nothing on a page without such requests: not a failure of the script.)
OTHER_HOSTS=$({ grep -oE '<(script|link)[^>]+(src|href)="https?://' "$NGINX_DIR/www/questions/cap-theorem.html" || true; } | wc -l)
curl -s "http://127.0.0.1:$APP_PORT/actuator/prometheus" | grep -E '^prepstack_page_cache_(bytes|requests_total)' > "$OUT/page-cache-metrics.txt" || true

rps() { awk '/Requests\/sec/ {print $2}' "$OUT/$1.txt"; }
lat() { awk -v p="$2" '$1==p {print $2}' "$OUT/$1.txt"; }
errors() { awk '/Non-2xx/ {print $NF} /Socket errors/ {print "socket: " $0}' "$OUT/$1.txt" | tr '\n' ' '; }
static=$(rps nginx)
{
  echo "# HTTP benchmark ($(date -u +%Y-%m-%dT%H:%MZ))"
  echo
  echo "Machine: $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), $(awk '/MemTotal/ {printf "%d GB", $2 / 1048576}' /proc/meminfo), load average before the run: $LOAD_BEFORE, before the wrk runs: $LOAD_WRK, after them: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "JVM: $("$JAVA_HOME/bin/java" -version 2>&1 | head -1), options \`$JAVA_OPTS\`, MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX."
  echo
  echo "| start-up and memory | figure |"
  echo "|---|---|"
  echo "| healthy, fresh data folder | ${FRESH_S} s (${FRESH_CPU} s CPU) |"
  echo "| healthy, warm data folder | ${WARM_S} s (${WARM_CPU} s CPU) |"
  echo "| healthy, warm data folder, JDK AOT cache (README) | ${AOT_S} s (${AOT_CPU} s CPU) |"
  echo "| resident memory idle (both models loaded) | ${RSS_IDLE} MB |"
  echo "| resident memory under the load below (peak) | ${RSS_LOAD} MB |"
  echo "| page cache after reading every page once ($CACHE_PAGES questions + 6 lists) | ${CACHE_MB} MB |"
  echo "| question page weight, gzip: HTML + CSS + JS ($(echo $ASSETS | wc -w) files) | $(((PAGE_BYTES + ASSET_BYTES) / 1024)) KB (HTML $((PAGE_BYTES / 1024)) KB); render-blocking requests to other hosts: $OTHER_HOSTS |"
  echo "| search API p95, 16 connections, varied queries (\`$OUT/search.txt\`) | $SEARCH_P95 |"
  echo "| search API p95, 16 connections, queries no cache holds (\`$OUT/search-cold.txt\`) | $SEARCH_COLD_P95 |"
  echo
  echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION on loopback, one run; nginx serves the same page as a static file."
  echo
  echo "| target | requests/s | p50 | p90 | p99 | vs nginx static | non-2xx |"
  echo "|---|---|---|---|---|---|---|"
  for t in nginx page page-signed-in api-list api-detail search search-cold; do
    r=$(rps $t)
    echo "| $t | $r | $(lat $t 50%) | $(lat $t 90%) | $(lat $t 99%) | $(awk -v a="$r" -v b="$static" 'BEGIN {printf "%.2f", a/b}') | $(errors $t) |"
  done
} > "$OUT/http-report.md"
cat "$OUT/http-report.md"
