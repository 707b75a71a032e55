#!/usr/bin/env bash
# Interview-date planning, simulated: a learner whose true memory follows FSRS-6 with known
# parameters studies a bank of new questions until an interview, once a day, within a daily limit
# of reviews. Plain FSRS at 0.90 against the interview plan (DeadlinePlanner) on the same learners
# and luck, for a 21-day and a 60-day horizon; each row is the mean over SEEDS runs (default 10).
# Not part of the tests. Prints a Markdown table for docs/benchmarks.md.
#
#   bench/plan-sim.sh        # or bench/plan-sim.sh 20 for 20 seeds
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=$(bin/java-home)
./mvnw -q -B test-compile -Dspotless.check.skip=true
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
mkdir -p target/bench
"$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  dev.prepstack.practice.PlanSimulation "${1:-10}" | tee target/bench/plan-sim.md
echo "$(date -u +%F) on $(nproc) cores ($(uname -m)); load: $(cut -d' ' -f1-3 /proc/loadavg)"
