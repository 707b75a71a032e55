package dev.prepstack.feedback;

import dev.prepstack.embedding.Embeddings;
import dev.prepstack.embedding.TestEmbedders;
import java.nio.file.Files;
import java.util.List;

/**
 * Fits the evaluator on the "tune" half of the evaluation set (not a test: run by hand with
 * bench/feedback-calibrate.sh). It prints the best calibration by key-point F1, then by Spearman.
 */
public final class FeedbackCalibration {

    public static void main(String[] args) throws Exception {
        var bank = EvalSet.bank();
        List<EvalSet.Item> tune = EvalSet.load(bank).stream()
                .filter(i -> i.split().equals("tune"))
                .toList();
        Embeddings embeddings = TestEmbedders.loaded(Files.createTempDirectory("calibration"));
        // The grid re-evaluates the same sentences thousands of times: embed each text once.
        var cache = new java.util.HashMap<String, float[]>();
        Embedder embedder = texts -> {
            List<String> missing =
                    texts.stream().filter(t -> !cache.containsKey(t)).distinct().toList();
            if (!missing.isEmpty()) {
                List<float[]> vectors = embeddings.embedAllTransient(missing).orElseThrow();
                for (int i = 0; i < missing.size(); i++) {
                    cache.put(missing.get(i), vectors.get(i));
                }
            }
            return java.util.Optional.of(texts.stream().map(cache::get).toList());
        };
        Calibration best = Calibration.DEFAULT;
        double bestF1 = -1;
        // "--score-only" keeps today's key-point decisions and refits only how the score is made.
        boolean scoreOnly = List.of(args).contains("--score-only");
        for (double sem : scoreOnly ? new double[0] : new double[] {0.4, 0.6, 0.8}) {
            for (double lex : new double[] {0.7, 1.0, 1.2, 1.5, 1.8}) {
                for (double at = 0.2; at <= 0.6; at += 0.025) {
                    for (double neg : new double[] {0.15, 0.25, 0.4}) {
                        for (double shared : new double[] {0, 0.04, 0.08, 0.12, 0.16}) {
                            var c = new Calibration(sem, lex, at, neg, 0.3, shared, 0.75, 0.25, 0.25, 0.35);
                            double f1 = EvalSet.figures(tune, new AnswerEvaluator(embedder, c))
                                    .f1();
                            if (f1 > bestF1) {
                                bestF1 = f1;
                                best = c;
                            }
                        }
                    }
                }
            }
        }
        System.out.println(
                "Best for F1 on tune: " + best + " -> " + EvalSet.figures(tune, new AnswerEvaluator(embedder, best)));
        Calibration bestScore = best;
        double bestRho = -1;
        for (double cw = 0.5; cw <= 1.0; cw += 0.05) {
            for (double from : new double[] {-0.05, 0, 0.05, 0.1, 0.15, 0.2, 0.25}) {
                for (double width : new double[] {0.1, 0.2, 0.3, 0.35, 0.45, 0.6}) {
                    var c = new Calibration(
                            best.semanticWeight(),
                            best.lexicalWeight(),
                            best.coveredAt(),
                            best.negationPenalty(),
                            best.listPenalty(),
                            best.sharedPenalty(),
                            cw,
                            1 - cw,
                            from,
                            width);
                    double rho = EvalSet.figures(tune, new AnswerEvaluator(embedder, c))
                            .spearman();
                    if (rho > bestRho) {
                        bestRho = rho;
                        bestScore = c;
                    }
                }
            }
        }
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
}
