#!/usr/bin/env bash
# Regenerates the FSRS optimiser's reference data (not run by CI):
#   1. the synthetic review histories (SimulatedLearner, deterministic) into src/test/resources/fsrs/histories/
#   2. fsrs-rs's optimised parameters and metrics for each (npm @open-spaced-repetition/binding,
#      installed under target/fsrs-reference/) into src/test/resources/fsrs/optimiser-reference.json
# Needs Node.js >= 20 and npm. Usage: bench/fsrs-reference/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME=$(bin/java-home)
./mvnw -q -B test-compile -Dspotless.check.skip=true
"$JAVA_HOME/bin/java" -cp target/classes:target/test-classes dev.prepstack.practice.SimulatedLearner src/test/resources/fsrs/histories
WORK=target/fsrs-reference
mkdir -p "$WORK"
cp bench/fsrs-reference/package.json "$WORK/"
(cd "$WORK" && npm install --no-audit --no-fund --silent)
BINDING_DIR="$WORK" node bench/fsrs-reference/run.mjs src/test/resources/fsrs/histories src/test/resources/fsrs/optimiser-reference.json
