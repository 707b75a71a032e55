#!/usr/bin/env bash
# Answer-evaluation latency (150 and 600 words, warm) and the model's memory. Not part of the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=$(bin/java-home)
./mvnw -q -B test-compile -Dspotless.check.skip=true
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
"$JAVA_HOME/bin/java" -Xms1g -Xmx1g -XX:+AlwaysPreTouch -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  dev.prepstack.feedback.FeedbackBenchmark
