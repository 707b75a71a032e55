package dev.prepstack.practice;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints our optimiser beside fsrs-rs for histories and a results file written by
 * bench/fsrs-reference/run.mjs: {@code FsrsReferenceComparison <histories dir> <results.json>}.
 * Used for the real-review check in bench/fsrs-reference/real-sample.sh.
 */
public final class FsrsReferenceComparison {

    private FsrsReferenceComparison() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        JsonNode reference = JsonMapper.builder().build().readTree(Files.readString(Path.of(args[1])));
        System.out.println(
                "| history | reviews | log loss ours | log loss fsrs-rs | RMSE(bins) ours | RMSE(bins) fsrs-rs | distance | ours (s) | fsrs-rs (s) |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (var entry : reference.get("histories").properties()) {
            JsonNode theirs = entry.getValue();
            List<ReviewHistory> histories = SimulatedLearner.readCsv(dir.resolve(entry.getKey() + ".csv"));
            long start = System.nanoTime();
            OptimisationResult ours = new FsrsOptimizer().optimise(histories);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %,d | %.5f | %.5f | %.5f | %.5f | %.3f | %.2f | %.2f |%n",
                    entry.getKey(),
                    theirs.get("reviews").asInt(),
                    ours.logLoss(),
                    theirs.get("log_loss").asDouble(),
                    ours.rmseBins(),
                    theirs.get("rmse_bins").asDouble(),
                    FsrsOptimizerReferenceTest.distance(
                            ours.parameters(), FsrsOptimizerReferenceTest.parameters(theirs.get("parameters"))),
                    seconds,
                    theirs.get("seconds").asDouble());
        }
    }
}
