#!/usr/bin/env bash
# Answer feedback on graded answers it was never fitted on: bench/feedback-asag.sh DATASET_DIR [--dump DIR]
# DATASET_DIR holds SAF's data/{training,unseen_answers,unseen_questions}/english/*.xml (from the public
# repository github.com/SebOchs/SAF; never committed). Prints Pearson, Spearman and RMSE per split for the
# evaluator and baselines in one run, and writes target/bench/feedback-asag.md. Not part of the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -lt 1 ] || [ ! -d "$1/data/unseen_questions/english" ]; then
  echo "usage: $0 DATASET_DIR [--dump DIR]   (DATASET_DIR/data/unseen_questions/english/*.xml from github.com/SebOchs/SAF)" >&2
  exit 2
fi
export JAVA_HOME=$(bin/java-home)
./mvnw -q -B test-compile -Dspotless.check.skip=true
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
"$JAVA_HOME/bin/java" -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  dev.prepstack.feedback.FeedbackAsag "$@"
