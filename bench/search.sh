#!/usr/bin/env bash
# Search benchmark over synthetic banks (default 1,000, 10,000 and 100,000 questions): index build
# time, memory and p50/p95 latency of lexical, vector and hybrid retrieval. Not part of the tests.
# Writes target/bench/search-report.md.
#
#   bench/search.sh                # full run (the 100,000 bank takes a few minutes on 2 cores)
#   bench/search.sh 1000 5000      # smoke-size run
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=$(bin/java-home)
./mvnw -q -B test-compile -Dspotless.check.skip=true
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
"$JAVA_HOME/bin/java" -Xmx6g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  dev.prepstack.search.SearchBenchmark "$@"
