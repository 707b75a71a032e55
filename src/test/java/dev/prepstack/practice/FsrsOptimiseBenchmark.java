package dev.prepstack.practice;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times the optimiser on the reference histories (run by bench/fsrs-optimise.sh on one core). The
 * first fit in the JVM is timed cold, as a monthly job would see it; then each history is fitted
 * {@code runs} times and the median is reported.
 */
public final class FsrsOptimiseBenchmark {

    private FsrsOptimiseBenchmark() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of("src/test/resources/fsrs/histories");
        String first = args.length > 0 ? args[0] : "steep-curve-10k";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        List<String> names = new ArrayList<>(List.of(first));
        try (var files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString())
                    .filter(f -> f.endsWith(".csv"))
                    .map(f -> f.substring(0, f.length() - 4))
                    .sorted()
                    .filter(n -> !n.equals(first))
                    .forEach(names::add);
        }
        StringBuilder report = new StringBuilder();
        report.append(String.format(
                Locale.ROOT,
                "Java %s, %d processor(s) visible, %d runs per history%n%n",
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                runs));
        report.append("| history | reviews | items trained | cold (s) | median warm (s) | log loss |\n");
        report.append("|---|---|---|---|---|---|\n");
        FsrsOptimizer optimizer = new FsrsOptimizer();
        boolean cold = true;
        for (String name : names) {
            List<ReviewHistory> histories = SimulatedLearner.readCsv(dir.resolve(name + ".csv"));
            int reviews = histories.stream().mapToInt(h -> h.reviews().size()).sum();
            double coldSeconds = Double.NaN;
            if (cold) {
                long start = System.nanoTime();
                optimizer.optimise(histories);
                coldSeconds = (System.nanoTime() - start) / 1e9;
                cold = false;
            }
            double[] seconds = new double[runs];
            OptimisationResult result = null;
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                result = optimizer.optimise(histories);
                seconds[i] = (System.nanoTime() - start) / 1e9;
            }
            Arrays.sort(seconds);
            report.append(String.format(
                    Locale.ROOT,
                    "| %s | %,d | %,d | %s | %.3f | %.5f |%n",
                    name,
                    reviews,
                    result.reviewsUsed(),
                    Double.isNaN(coldSeconds) ? "-" : String.format(Locale.ROOT, "%.3f", coldSeconds),
                    seconds[runs / 2],
                    result.logLoss()));
        }
        System.out.print(report);
        Path out = Path.of("target/bench/fsrs-optimise-report.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
    }
}
