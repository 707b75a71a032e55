#!/usr/bin/env bash
# Runs bench/attack-pass.py against a fresh node: builds the jar, starts it on a new data folder with a
# public base URL and forwarded headers believed from loopback (as behind the README's nginx, so the
# pass can act as several clients through X-Forwarded-For), runs the attack pass and stops the node. Not part of
# the test command. Writes target/bench/attack-pass.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18480}
MGMT_PORT=${MGMT_PORT:-18481}
OUT=target/bench
mkdir -p "$OUT"
export JAVA_HOME=$(bin/java-home)
if [ "${SKIP_BUILD:-}" != 1 ]; then
  ./mvnw -q -B package -DskipTests -Dspotless.check.skip=true
fi
JAR=$(ls target/prepstack-*.jar | grep -v plain | head -1)
DATA=$(mktemp -d)/data
ADMIN_EMAIL=admin@attack.test
ADMIN_PASSWORD=attack-pass-admin-passphrase-77
PREPSTACK_ADMIN_EMAIL=$ADMIN_EMAIL PREPSTACK_ADMIN_PASSWORD=$ADMIN_PASSWORD \
  "$JAVA_HOME/bin/java" -jar "$JAR" --server.port=$PORT --management.server.port=$MGMT_PORT \
  --prepstack.data-dir="$DATA" --prepstack.public-base-url=http://127.0.0.1:$PORT \
  --server.forward-headers-strategy=native \
  --logging.level.root=warn > "$OUT/attack-pass-app.log" 2>&1 &
APP_PID=$!
trap 'kill $APP_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  curl -fsS "http://127.0.0.1:$MGMT_PORT/actuator/health" >/dev/null 2>&1 && break
  sleep 1
done
python3 bench/attack-pass.py "http://127.0.0.1:$PORT" "$DATA" "$ADMIN_EMAIL" "$ADMIN_PASSWORD" | tee "$OUT/attack-pass.txt"
