package dev.prepstack.feedback;

import dev.prepstack.content.ContentLoader;
import dev.prepstack.content.ContentProperties;
import dev.prepstack.content.Kind;
import dev.prepstack.content.MarkdownRenderer;
import dev.prepstack.content.QuestionDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The blind evaluation set (src/test/resources/feedback/eval-set.jsonl) and the figures it yields. */
final class EvalSet {

    record Item(
            String id,
            QuestionDocument question,
            String type,
            String answer,
            Set<Integer> covered,
            int score,
            String split) {}

    /**
     * @param f1 key-point F1, "partly" counted as made
     * @param wrongCovered share of the key points of "wrong" answers marked covered
     * @param wrongMade share of them marked covered or partly
     */
    record Figures(double f1, double spearman, int answers, double wrongCovered, double wrongMade) {
        @Override
        public String toString() {
            return "key-point F1 %.3f  Spearman %.3f  wrong answers' points covered %.3f, covered or partly %.3f  (n=%d)"
                    .formatted(f1, spearman, wrongCovered, wrongMade, answers);
        }
    }

    private EvalSet() {}

    static Map<String, QuestionDocument> bank() {
        return new ContentLoader(new ContentProperties(null), new MarkdownRenderer())
                .load(Path.of("content")).questions().stream()
                        .collect(Collectors.toMap(QuestionDocument::slug, Function.identity()));
    }

    static List<Item> load(Map<String, QuestionDocument> bank) throws IOException {
        return load(bank, "eval-set.jsonl");
    }

    /** The regression set: short correct answers, never fitted on (split "regression"). */
    static List<Item> regression(Map<String, QuestionDocument> bank) throws IOException {
        return load(bank, "regression-set.jsonl");
    }

    private static List<Item> load(Map<String, QuestionDocument> bank, String file) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<Item> items = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/feedback", file))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = json.readTree(line);
            Set<Integer> covered = new HashSet<>();
            n.get("covered").forEach(c -> covered.add(c.asInt()));
            items.add(new Item(
                    n.get("id").asString(),
                    bank.get(n.get("questionSlug").asString()),
                    n.get("type").asString(),
                    n.get("answer").asString(),
                    covered,
                    n.get("score").asInt(),
                    n.get("split").asString()));
        }
        return items;
    }

    static Rubric rubric(QuestionDocument q) {
        // As AnswerFeedback.rubricFor builds it for the API, common mistakes included.
        return new Rubric(
                q.title(), q.keyPoints(), q.answerMarkdown(), q.kind() == Kind.BEHAVIORAL, q.misconceptions());
    }

    static Figures figures(List<Item> items, AnswerEvaluator evaluator) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        double[] predicted = new double[items.size()];
        double[] expected = new double[items.size()];
        int wrongPoints = 0;
        int wrongCovered = 0;
        int wrongMade = 0;
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            Feedback f = evaluator.evaluate(rubric(item.question()), item.answer());
            for (int k = 0; k < f.keyPoints().size(); k++) {
                boolean said = f.keyPoints().get(k).covered();
                if (item.type().equals("wrong")) {
                    wrongPoints++;
                    wrongCovered += "covered".equals(f.keyPoints().get(k).verdict()) ? 1 : 0;
                    wrongMade += said ? 1 : 0;
                }
                boolean truth = item.covered().contains(k);
                if (said && truth) {
                    tp++;
                } else if (said) {
                    fp++;
                } else if (truth) {
                    fn++;
                }
            }
            predicted[i] = f.score();
            expected[i] = item.score();
        }
        double precision = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Figures(
                f1,
                spearman(predicted, expected),
                items.size(),
                wrongPoints == 0 ? 0 : (double) wrongCovered / wrongPoints,
                wrongPoints == 0 ? 0 : (double) wrongMade / wrongPoints);
    }

    static double spearman(double[] a, double[] b) {
        double[] ra = ranks(a);
        double[] rb = ranks(b);
        double ma = java.util.Arrays.stream(ra).average().orElse(0);
        double mb = java.util.Arrays.stream(rb).average().orElse(0);
        double cov = 0;
        double va = 0;
        double vb = 0;
        for (int i = 0; i < ra.length; i++) {
            cov += (ra[i] - ma) * (rb[i] - mb);
            va += (ra[i] - ma) * (ra[i] - ma);
            vb += (rb[i] - mb) * (rb[i] - mb);
        }
        return cov / Math.sqrt(va * vb);
    }

    /** Ranks with ties averaged. */
    static double[] ranks(double[] v) {
        Integer[] idx = new Integer[v.length];
        for (int i = 0; i < v.length; i++) {
            idx[i] = i;
        }
        java.util.Arrays.sort(idx, (x, y) -> Double.compare(v[x], v[y]));
        double[] r = new double[v.length];
        int i = 0;
        while (i < idx.length) {
            int j = i;
            while (j + 1 < idx.length && v[idx[j + 1]] == v[idx[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int t = i; t <= j; t++) {
                r[idx[t]] = rank;
            }
            i = j + 1;
        }
        return r;
    }
}
