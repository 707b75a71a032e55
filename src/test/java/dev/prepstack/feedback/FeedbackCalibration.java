package dev.prepstack.feedback;

import dev.prepstack.embedding.TestEmbedders;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;

/**
 * Fits the evaluator on the "tune" half of the evaluation set (not a test: run by hand with
 * bench/feedback-calibrate.sh). It prints the best calibration by key-point F1, then the best way of
 * making the score from those decisions by Spearman, and the errors by answer type.
 */
public final class FeedbackCalibration {

    public static void main(String[] args) throws Exception {
        var bank = EvalSet.bank();
        List<EvalSet.Item> tune = EvalSet.load(bank).stream()
                .filter(i -> i.split().equals("tune"))
                .toList();
        var embeddings = TestEmbedders.answers(Files.createTempDirectory("calibration"));
        // The grid re-evaluates the same sentences thousands of times: embed each text once, up front.
        Map<String, float[]> cache = new ConcurrentHashMap<>();
        Embedder embedder = texts -> {
            List<String> missing =
                    texts.stream().filter(t -> !cache.containsKey(t)).distinct().toList();
            if (!missing.isEmpty()) {
                List<float[]> vectors = embeddings.embedAll(missing).orElseThrow();
                for (int i = 0; i < missing.size(); i++) {
                    cache.put(missing.get(i), vectors.get(i));
                }
            }
            return Optional.of(texts.stream().map(cache::get).toList());
        };
        EvalSet.figures(tune, new AnswerEvaluator(embedder, Calibration.DEFAULT));

        Calibration best = Calibration.DEFAULT;
        // "--score-only" keeps today's key-point decisions and refits only how the score is made.
        if (!List.of(args).contains("--score-only")) {
            List<Calibration> grid = new ArrayList<>();
            for (double sem : new double[] {1.2, 1.4, 1.8, 2.4}) {
                for (double lex : new double[] {0.7, 0.9, 1.2, 1.5}) {
                    for (double at = 0.6; at <= 2.0; at += 0.04) {
                        for (double neg : new double[] {0.25, 0.4}) {
                            for (double shared : new double[] {0.04, 0.08, 0.12}) {
                                grid.add(Calibration.DEFAULT.withKeyPoints(sem, lex, at, neg, shared));
                            }
                        }
                    }
                }
            }
            best = bestOf(
                    grid,
                    c -> EvalSet.figures(tune, new AnswerEvaluator(embedder, c)).f1());
        }
        System.out.println(
                "Best for F1 on tune: " + best + " -> " + EvalSet.figures(tune, new AnswerEvaluator(embedder, best)));

        List<Calibration> scoreGrid = new ArrayList<>();
        for (double cw = 0.5; cw <= 1.0001; cw += 0.05) {
            for (double from : new double[] {0, 0.05, 0.1, 0.2, 0.3, 0.45}) {
                for (double width : new double[] {0.1, 0.2, 0.35, 0.5, 0.7, 0.9, 1.2}) {
                    for (double floor : new double[] {0.35, 0.5, 0.6, 0.7}) {
                        scoreGrid.add(best.withScore(cw, from, width, floor));
                    }
                }
            }
        }
        Calibration bestScore = bestOf(
                scoreGrid,
                c -> EvalSet.figures(tune, new AnswerEvaluator(embedder, c)).spearman());
        System.out.println("Best for Spearman on tune: " + bestScore + " -> "
                + EvalSet.figures(tune, new AnswerEvaluator(embedder, bestScore)));

        var bestEvaluator = new AnswerEvaluator(embedder, bestScore);
        var errors = new java.util.TreeMap<String, int[]>();
        for (var item : tune) {
            var f = bestEvaluator.evaluate(EvalSet.rubric(item.question()), item.answer());
            int[] e = errors.computeIfAbsent(item.type(), t -> new int[5]);
            for (int k = 0; k < f.keyPoints().size(); k++) {
                boolean said = f.keyPoints().get(k).covered();
                boolean truth = item.covered().contains(k);
                e[said && truth ? 0 : said ? 1 : truth ? 2 : 3]++;
            }
            e[4] += Math.abs(f.score() - item.score());
        }
        errors.forEach((t, e) -> System.out.printf(
                "TYPE %-28s tp %3d fp %3d fn %3d tn %3d  score error sum %d%n", t, e[0], e[1], e[2], e[3], e[4]));
    }

    /** The grid's best by the figure (ties go to the earlier entry, so the result is repeatable). */
    private static Calibration bestOf(List<Calibration> grid, ToDoubleFunction<Calibration> figure) {
        double[] values = grid.parallelStream().mapToDouble(figure).toArray();
        int at = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[at]) {
                at = i;
            }
        }
        return grid.get(at);
    }
}
