package dev.prepstack.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Our optimiser against fsrs-rs 6.5.0 (npm @open-spaced-repetition/binding 0.5.0) on the committed
 * reference histories; see src/test/resources/fsrs/README.md for how they were made.
 */
class FsrsOptimizerReferenceTest {

    static final Path DIR = Path.of("src/test/resources/fsrs");

    static JsonNode reference() throws IOException {
        return JsonMapper.builder().build().readTree(Files.readString(DIR.resolve("optimiser-reference.json")));
    }

    static Stream<Arguments> histories() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        for (var entry : reference().get("histories").properties()) {
            cases.add(Arguments.of(entry.getKey(), entry.getValue()));
        }
        return cases.stream();
    }

    static List<ReviewHistory> history(String name) throws IOException {
        return SimulatedLearner.readCsv(DIR.resolve("histories").resolve(name + ".csv"));
    }

    static double[] parameters(JsonNode node) {
        double[] w = new double[node.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = node.get(i).asDouble();
        }
        return w;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("histories")
    void evaluatesParametersAsFsrsRsDoes(String name, JsonNode expected) throws IOException {
        ModelEvaluation ours = new FsrsOptimizer().evaluate(parameters(expected.get("parameters")), history(name));

        assertThat(ours.logLoss()).isCloseTo(expected.get("log_loss").asDouble(), within(2e-5));
        assertThat(ours.rmseBins()).isCloseTo(expected.get("rmse_bins").asDouble(), within(2e-5));
        ModelEvaluation defaults = new FsrsOptimizer().evaluate(Fsrs.DEFAULT_PARAMETERS, history(name));
        assertThat(defaults.logLoss())
                .isCloseTo(expected.get("default_log_loss").asDouble(), within(2e-5));
        assertThat(defaults.rmseBins())
                .isCloseTo(expected.get("default_rmse_bins").asDouble(), within(2e-5));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("histories")
    void fitsAsWellAsFsrsRs(String name, JsonNode expected) throws IOException {
        List<ReviewHistory> histories = history(name);
        double[] theirs = parameters(expected.get("parameters"));

        OptimisationResult ours = new FsrsOptimizer().optimise(histories);

        double logLoss = expected.get("log_loss").asDouble();
        double rmse = expected.get("rmse_bins").asDouble();
        System.out.printf(
                Locale.ROOT,
                "| %s | %.5f | %.5f | %.5f | %.5f | %.3f |%n",
                name,
                ours.logLoss(),
                logLoss,
                ours.rmseBins(),
                rmse,
                distance(ours.parameters(), theirs));
        assertThat(ours.outcome()).isEqualTo(OptimisationResult.Outcome.OPTIMISED);
        assertThat(ours.logLoss()).as("log loss").isLessThanOrEqualTo(logLoss * 1.01);
        assertThat(ours.rmseBins()).as("RMSE(bins)").isLessThanOrEqualTo(rmse + 0.005);
    }

    /** Euclidean distance after dividing each parameter by fsrs-rs's spread for it. */
    static double distance(double[] a, double[] b) {
        double[] spread = {
            6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3, 0.09, 0.16, 0.57, 0.25, 1.03, 0.31,
            0.32, 0.14, 0.27
        };
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            double d = (a[i] - b[i]) / spread[i];
            sum += d * d;
        }
        return Math.sqrt(sum);
    }
}
