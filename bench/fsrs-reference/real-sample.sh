#!/usr/bin/env bash
# Local check of the optimiser on real reviews (not run by CI, nothing committed): fsrs-rs and our
# optimiser on the ~93,000 reviews of seq2seq.tsv from the public repository
# open-spaced-repetition/fsrs-optimizer-tiny (no licence, so it is not redistributed here).
#   bench/fsrs-reference/real-sample.sh /path/to/seq2seq.tsv
set -euo pipefail
TSV=$(realpath "$1")
cd "$(dirname "$0")/../.."
export JAVA_HOME=$(bin/java-home)
OUT=target/fsrs-real
node bench/fsrs-reference/convert-seq2seq.mjs "$TSV" "$OUT/histories/real-sample.csv"
WORK=target/fsrs-reference
mkdir -p "$WORK"
cp bench/fsrs-reference/package.json "$WORK/"
[ -d "$WORK/node_modules/@open-spaced-repetition/binding" ] || (cd "$WORK" && npm install --no-audit --no-fund --silent)
BINDING_DIR="$WORK" taskset -c 0 node bench/fsrs-reference/run.mjs "$OUT/histories" "$OUT/reference.json"
./mvnw -q -B test-compile -Dspotless.check.skip=true
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
taskset -c 0 "$JAVA_HOME/bin/java" -XX:ActiveProcessorCount=1 \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  dev.prepstack.practice.FsrsReferenceComparison "$OUT/histories" "$OUT/reference.json"
