#!/usr/bin/env bash
# Fits the answer evaluator's calibration on the "tune" half of the blind evaluation set and prints
# it; the "test" half is only ever measured by FeedbackQualityTest. Not part of the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=$(bin/java-home)
./mvnw -q -B test-compile -Dspotless.check.skip=true
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
"$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  dev.prepstack.feedback.FeedbackCalibration "$@"
