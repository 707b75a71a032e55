#!/usr/bin/env bash
# FSRS-6 parameter optimisation on one core (taskset -c 0): our Java optimiser on the reference
# histories (the 10,408-review steep-curve-10k first, timed cold, then medians of warm runs), and
# beside it fsrs-rs 6.5.0 through npm @open-spaced-repetition/binding on the same histories, also
# pinned to core 0. Goal: 10,000 reviews in under 3 s. Not part of the tests.
# Writes target/bench/fsrs-optimise-report.md and target/bench/fsrs-rs-timing.json.
#
#   bench/fsrs-optimise.sh            # Java and fsrs-rs
#   NO_NODE=1 bench/fsrs-optimise.sh  # Java only
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=$(bin/java-home)
command -v taskset >/dev/null || { echo "taskset (util-linux) is needed" >&2; exit 1; }
./mvnw -q -B test-compile -Dspotless.check.skip=true
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
mkdir -p target/bench
echo "== Java (one core)"
taskset -c 0 "$JAVA_HOME/bin/java" -XX:ActiveProcessorCount=1 \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  dev.prepstack.practice.FsrsOptimiseBenchmark "$@"
if [ -z "${NO_NODE:-}" ]; then
  echo "== fsrs-rs 6.5.0 via @open-spaced-repetition/binding (one core)"
  WORK=target/fsrs-reference
  mkdir -p "$WORK"
  cp bench/fsrs-reference/package.json "$WORK/"
  [ -d "$WORK/node_modules/@open-spaced-repetition/binding" ] || (cd "$WORK" && npm install --no-audit --no-fund --silent)
  BINDING_DIR="$WORK" taskset -c 0 node bench/fsrs-reference/run.mjs src/test/resources/fsrs/histories target/bench/fsrs-rs-timing.json
fi
echo "$(date -u +%F) on $(nproc) cores ($(uname -m)); load: $(cut -d' ' -f1-3 /proc/loadavg)"
