#!/usr/bin/env bash
# HTTP benchmark: requests per second and latency of a question page and of /api/v1/questions,
# beside nginx serving the same question page as a static file, measured with wrk on loopback
# in one run. Writes target/bench/http-report.md. Not part of the test command.
#
#   bench/http.sh                 # 30 s per target, 2 threads, 32 connections
#   DURATION=5s bench/http.sh     # smoke-size run
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-30s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
APP_PORT=${APP_PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18081}
OUT=target/bench
mkdir -p "$OUT"

for tool in wrk nginx; do
  if ! command -v "$tool" >/dev/null && ! [ -x "/usr/sbin/$tool" ]; then
    echo "Installing $tool (Debian package)"; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx-light >/dev/null
  fi
done
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

export JAVA_HOME=$(bin/java-home)
./mvnw -q -B package -DskipTests -Dspotless.check.skip=true
JAR=$(ls target/prepstack-*.jar | grep -v plain | head -1)
DATA=$(mktemp -d)
"$JAVA_HOME/bin/java" -jar "$JAR" --server.port=$APP_PORT --prepstack.data-dir="$DATA" --logging.level.root=warn > "$OUT/app.log" 2>&1 &
APP_PID=$!
NGINX_DIR=$(mktemp -d)
cleanup() { kill $APP_PID 2>/dev/null || true; [ -f "$NGINX_DIR/nginx.pid" ] && kill "$(cat "$NGINX_DIR/nginx.pid")" 2>/dev/null || true; rm -rf "$DATA"; }
trap cleanup EXIT
for i in $(seq 1 60); do curl -sf "http://127.0.0.1:$APP_PORT/actuator/health" >/dev/null && break; sleep 1; done

PAGE=/questions/cap-theorem
mkdir -p "$NGINX_DIR/www/questions" "$NGINX_DIR/logs"
curl -sf "http://127.0.0.1:$APP_PORT$PAGE" > "$NGINX_DIR/www/questions/cap-theorem.html"
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
mkdir -p "$NGINX_DIR/tmp"
"$NGINX" -c "$NGINX_DIR/nginx.conf"

# Warm-up so the JIT has compiled the hot paths before measuring.
wrk -t1 -c8 -d5s "http://127.0.0.1:$APP_PORT$PAGE" >/dev/null
wrk -t1 -c8 -d5s "http://127.0.0.1:$APP_PORT/api/v1/questions" >/dev/null

run() { wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$1" > "$OUT/$2.txt"; }
run "http://127.0.0.1:$APP_PORT$PAGE" page
run "http://127.0.0.1:$APP_PORT/api/v1/questions" api
run "http://127.0.0.1:$NGINX_PORT/questions/cap-theorem.html" nginx

rps() { awk '/Requests\/sec/ {print $2}' "$OUT/$1.txt"; }
lat() { awk -v p="$2" '$1==p {print $2}' "$OUT/$1.txt"; }
page=$(rps page); api=$(rps api); static=$(rps nginx)
{
  echo "# HTTP benchmark ($(date -u +%Y-%m-%dT%H:%MZ))"
  echo
  echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION on loopback, $(nproc) cores, one run; nginx serves the same page as a static file."
  echo
  echo "| target | requests/s | p50 | p90 | p99 | vs nginx static |"
  echo "|---|---|---|---|---|---|"
  for t in page api nginx; do
    r=$(rps $t)
    echo "| $t | $r | $(lat $t 50%) | $(lat $t 90%) | $(lat $t 99%) | $(awk -v a="$r" -v b="$static" 'BEGIN {printf "%.2f", a/b}') |"
  done
} > "$OUT/http-report.md"
cat "$OUT/http-report.md"
