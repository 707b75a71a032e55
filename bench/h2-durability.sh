#!/usr/bin/env bash
# What H2's WRITE_DELAY=0 (every commit written before it is acknowledged; the default URL since
# issue 18) costs against H2's own default of 500 ms: committed single-row transactions per second
# with 1 and 8 writers, the two settings alternating round by round. Not part of the tests.
#
#   bench/h2-durability.sh            # 5 rounds of 3 s per setting and writer count
#   bench/h2-durability.sh 9 5000     # 9 rounds of 5 s
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=$(bin/java-home)
./mvnw -q -B test-compile -Dspotless.check.skip=true
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
"$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  dev.prepstack.practice.H2CommitBenchmark "$@"
