#!/usr/bin/env bash
# Load test of a realistic mix (browse 70%, search 15%, practice reviews 10%, feedback 5%) against
# one node and against two nodes (profiles postgres,redis) behind nginx, on this machine, in one run.
# wrk drives the load (bench/load-mix.lua); nginx logs every request's time, from which
# bench/load-report.py computes throughput and p50/p99 per endpoint. Writes target/bench/load-report.md.
# Uses the machine's PostgreSQL (a schema of its own, dropped afterwards) and a private redis-server.
#
#   bench/load.sh                          # 30 s per configuration, 64 connections
#   DURATION=5 CONNECTIONS=16 bench/load.sh  # smoke-size run
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-30}
CONNECTIONS=${CONNECTIONS:-64}
OUT=target/bench
mkdir -p "$OUT"
for tool in wrk nginx redis-server psql; do
  if ! command -v "$tool" >/dev/null && ! [ -x "/usr/sbin/$tool" ]; then
    echo "Installing wrk, nginx-light, redis-server"; apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx-light redis-server >/dev/null
  fi
done
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
export JAVA_HOME=$(bin/java-home)
./mvnw -q -B package -DskipTests -Dspotless.check.skip=true
JAR=$(ls target/prepstack-*.jar | grep -v plain | head -1)

WORK=$(mktemp -d)
SCHEMA=bench_load_$$
REDIS_PORT=$((20000 + RANDOM % 10000))
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  psql -h 127.0.0.1 -U postgres -d test -qc "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
psql -h 127.0.0.1 -U postgres -d test -qc "CREATE SCHEMA $SCHEMA"
redis-server --port $REDIS_PORT --bind 127.0.0.1 --save '' --appendonly no > "$WORK/redis.log" 2>&1 &
PIDS+=($!)

start_node() { # port name
  "$JAVA_HOME/bin/java" -Xmx768m -jar "$JAR" --server.port=$1 \
    --spring.profiles.active=postgres,redis \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$SCHEMA" \
    --spring.datasource.username=postgres --spring.flyway.schemas=$SCHEMA \
    --spring.data.redis.port=$REDIS_PORT --prepstack.data-dir="$WORK/data-$2" \
    --prepstack.rate-limit.sign-in-per-minute=0 --prepstack.rate-limit.sign-up-per-hour=0 \
    --prepstack.rate-limit.feedback-per-minute=0 --prepstack.rate-limit.public-api-per-minute=0 \
    --logging.level.root=warn > "$OUT/load-$2.log" 2>&1 &
  PIDS+=($!)
}
wait_ready() { for i in $(seq 1 120); do curl -sf "http://127.0.0.1:$1/actuator/health/readiness" >/dev/null && return 0; sleep 1; done; echo "node on $1 not ready"; exit 1; }

nginx_for() { # port... ; writes the config and (re)starts nginx on 18090
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null && sleep 1
  : > "$WORK/access.log"
  { echo "worker_processes 2; pid $WORK/nginx.pid; error_log $WORK/error.log warn;"
    echo "events { worker_connections 1024; }"
    echo "http { log_format timed '\$status \$request_time \$request_method \$request_uri';"
    echo "  access_log $WORK/access.log timed; client_body_temp_path $WORK/body; proxy_temp_path $WORK/proxy;"
    echo "  fastcgi_temp_path $WORK/fcgi; uwsgi_temp_path $WORK/uwsgi; scgi_temp_path $WORK/scgi;"
    echo "  upstream prepstack { keepalive 64;"
    for p in "$@"; do echo "    server 127.0.0.1:$p;"; done
    echo "  }"
    echo "  server { listen 127.0.0.1:18090; location / { proxy_pass http://prepstack; proxy_http_version 1.1;"
    echo "    proxy_set_header Connection \"\"; proxy_set_header Host \$http_host; } } }"
  } > "$WORK/nginx.conf"
  "$NGINX" -c "$WORK/nginx.conf" -p "$WORK"
}

run_mix() { # label
  local url=http://127.0.0.1:18090
  # Warm up the JIT, then measure.
  wrk -t2 -c$CONNECTIONS -d${WARMUP:-15}s -s bench/load-mix.lua "$url" >/dev/null
  : > "$WORK/access.log"
  wrk -t2 -c$CONNECTIONS -d${DURATION}s -s bench/load-mix.lua --latency "$url" > "$OUT/load-wrk-$1.txt"
  python3 bench/load-report.py "$WORK/access.log" "$DURATION" "$1" >> "$OUT/load-report.md"
  echo >> "$OUT/load-report.md"
}

start_node 18091 a
wait_ready 18091
nginx_for 18091
EMAIL="load-$$@prepstack.test"; PASSWORD="a-long-and-unusual-passphrase-7"
curl -sf -H 'Content-Type: application/json' -d "{\"email\":\"$EMAIL\",\"displayName\":\"Load\",\"password\":\"$PASSWORD\"}" http://127.0.0.1:18090/api/v1/accounts >/dev/null
export TOKEN=$(curl -sf -H 'Content-Type: application/json' -d "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\",\"name\":\"load\"}" http://127.0.0.1:18090/api/v1/auth/tokens | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
export SLUGS=$(curl -sf 'http://127.0.0.1:18090/api/v1/questions?size=100' | python3 -c 'import json,sys; print(",".join(q["slug"] for q in json.load(sys.stdin)["items"]))')

{ echo "# Load test ($(date -u +%Y-%m-%d), $(nproc) cores, ${DURATION} s per configuration, $CONNECTIONS connections)"
  echo
  echo "Mix: browse 70% (question pages, a topic page), search 15%, practice reviews 10% (API), feedback 5% (API)."
  echo "Both configurations: PostgreSQL and Redis (profiles postgres,redis) behind nginx, on this one machine;"
  echo "the nodes share its $(nproc) cores with nginx, wrk, PostgreSQL and Redis."
  echo; } > "$OUT/load-report.md"
run_mix "one node"
start_node 18092 b
wait_ready 18092
nginx_for 18091 18092
run_mix "two nodes"
cat "$OUT/load-report.md"
