package dev.prepstack.feedback;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluator 1, kept in the tests only as the "previous evaluator" baseline of bench/feedback-asag.sh.
 *
 * The built-in coach: which key points an answer covers, with the sentence that covers each, a
 * 0-100 score, STAR parts for behavioral questions, and concrete suggestions. Plain Java: sentence
 * embeddings come in through {@link Embedder}; everything else is lexical evidence (content words
 * shared with the key point, the question's own words discounted, negation, bare keyword lists).
 */
final class PreviousEvaluator {

    /** Points this far below the threshold still count as leaning on their evidence sentence. */
    private static final double SHARING_MARGIN = 0.075;

    private final Embedder embedder;
    private final Calibration calibration;

    PreviousEvaluator(Embedder embedder, Calibration calibration) {
        this.embedder = embedder;
        this.calibration = calibration;
    }

    public Feedback evaluate(Rubric rubric, String answer) {
        String text = answer == null ? "" : answer.strip();
        if (text.isEmpty()) {
            List<Feedback.KeyPointResult> none = rubric.keyPoints().stream()
                    .map(k -> new Feedback.KeyPointResult(k, false, null, 0))
                    .toList();
            return new Feedback(
                    0,
                    none,
                    rubric.behavioral() ? new Feedback.Star(false, false, false, false) : null,
                    List.of("Write an answer first: even three sentences in your own words show what you know."),
                    "embedded",
                    false);
        }
        List<String> single = TextFeatures.sentences(text);
        if (single.isEmpty()) {
            single = List.of(text);
        }
        // A point is often made across two sentences: adjacent pairs are evidence too.
        List<String> sentences = new ArrayList<>(single);
        for (int i = 0; i + 1 < single.size() && sentences.size() < 600; i++) {
            sentences.add(single.get(i) + " " + single.get(i + 1));
        }
        Set<String> questionStems = TextFeatures.contentStems(rubric.question());
        String reference =
                rubric.referenceAnswer() == null || rubric.referenceAnswer().isBlank()
                        ? String.join(" ", rubric.keyPoints())
                        : rubric.referenceAnswer();
        // Only single sentences go through the model; a pair's vector is the mean of its two (cheap,
        // and close to embedding the pair: the model itself mean-pools).
        List<String> toEmbed = new ArrayList<>(rubric.keyPoints());
        toEmbed.addAll(single);
        toEmbed.add(truncate(reference, 1500));
        Optional<List<float[]>> embedded = embedder.embedAll(toEmbed);
        int singles = single.size();
        int points = rubric.keyPoints().size();
        int pairs = sentences.size() - singles;
        Optional<List<float[]>> vectors = embedded.map(v -> withPairs(v, points, singles, pairs));
        boolean semantic = vectors.isPresent();
        Calibration c = semantic ? calibration : Calibration.LEXICAL_ONLY;
        // A bare list of terms (few function words overall) explains nothing, however many terms match.
        boolean listLike = TextFeatures.functionWordShare(text) < 0.2
                && TextFeatures.words(text).size() > 6;

        int k = rubric.keyPoints().size();
        double[] best = new double[k];
        int[] evidenceAt = new int[k];
        for (int i = 0; i < k; i++) {
            String point = rubric.keyPoints().get(i);
            Set<String> pointStems = new HashSet<>(TextFeatures.contentStems(point));
            Set<String> specific = new HashSet<>(pointStems);
            specific.removeAll(questionStems);
            if (specific.isEmpty()) {
                specific = pointStems;
            }
            boolean pointNegated = TextFeatures.negated(point);
            best[i] = Double.NEGATIVE_INFINITY;
            evidenceAt[i] = -1;
            for (int s = 0; s < sentences.size(); s++) {
                String sentence = sentences.get(s);
                Set<String> stems = TextFeatures.contentStems(sentence);
                stems.removeAll(questionStems.stream()
                        .filter(q -> !pointStems.contains(q))
                        .toList());
                double lexical = specific.isEmpty()
                        ? 0
                        : (double) specific.stream().filter(stems::contains).count() / specific.size();
                double sim =
                        semantic ? cosine(vectors.get().get(i), vectors.get().get(k + s)) : 0;
                double combined = c.semanticWeight() * sim + c.lexicalWeight() * lexical;
                // A negated sentence against a positive point turns the claim around; the reverse (the point
                // says "not only X", the sentence says X) still makes the point's positive part.
                if ((TextFeatures.negated(sentence) && !pointNegated) || TextFeatures.contradicts(point, sentence)) {
                    combined -= c.negationPenalty();
                }
                if (listLike
                        || (TextFeatures.words(sentence).size() > 4
                                && TextFeatures.functionWordShare(sentence) < 0.12)) {
                    combined -= c.listPenalty();
                }
                if (combined > best[i]) {
                    best[i] = combined;
                    evidenceAt[i] = s;
                }
            }
        }
        // One sentence that is the best evidence for several key points at once is usually a general
        // remark about the topic (or a confident wrong claim in its vocabulary), not each point made:
        // every other point leaning on the same sentence costs some evidence.
        List<Feedback.KeyPointResult> results = new ArrayList<>();
        double soft = 0;
        for (int i = 0; i < k; i++) {
            int sharing = 0;
            for (int j = 0; j < k; j++) {
                if (j != i
                        && best[j] >= c.coveredAt() - SHARING_MARGIN
                        && nested(evidenceAt[i], evidenceAt[j], singles)) {
                    sharing++;
                }
            }
            double evidence = best[i] - c.sharedPenalty() * sharing;
            boolean covered = evidence >= c.coveredAt();
            results.add(new Feedback.KeyPointResult(
                    rubric.keyPoints().get(i),
                    covered,
                    covered ? sentences.get(evidenceAt[i]) : null,
                    round(Math.max(0, evidence))));
            soft += clamp((evidence - (c.coveredAt() - c.creditFrom())) / c.creditWidth());
        }
        double coverage = k == 0 ? 0 : soft / k;
        double referenceSimilarity = semantic
                ? cosine(vectors.get().get(k + sentences.size()), vectors.get().get(k + sentences.size() + 1))
                : 0;
        double raw = c.coverageWeight() * coverage
                + c.referenceWeight() * clamp((referenceSimilarity - c.referenceFloor()) / c.referenceSpan());

        int words = TextFeatures.words(text).size();
        double factor = 1.0;
        if (words < 20) {
            factor *= 0.55;
        } else if (words < 50) {
            factor *= 0.8;
        }
        if (TextFeatures.functionWordShare(text) < 0.18 && words > 8) {
            factor *= 0.35;
        }
        Set<String> own = TextFeatures.contentStems(text);
        own.removeAll(questionStems);
        if (own.size() <= 2) {
            factor *= 0.2;
        }
        int score = (int) Math.round(100 * clamp(raw * factor));
        Feedback.Star star = rubric.behavioral() ? AnswerEvaluator.star(text) : null;
        return new Feedback(
                score,
                results,
                star,
                AnswerEvaluator.suggestions(rubric, results, star, words, text),
                "embedded",
                semantic);
    }

    /** Whether one candidate's sentences include the other's (candidates past the singles are adjacent pairs). */
    private static boolean nested(int a, int b, int singles) {
        if (a < 0 || b < 0) {
            return false;
        }
        if (a == b) {
            return true;
        }
        if (a >= singles && b >= singles) {
            return false;
        }
        int single = a < singles ? a : b;
        int pair = a < singles ? b - singles : a - singles;
        return single == pair || single == pair + 1;
    }

    /** Inserts the pair vectors after the single sentences, keeping the answer and reference last. */
    private static List<float[]> withPairs(List<float[]> v, int points, int singles, int pairs) {
        List<float[]> out = new ArrayList<>(v.subList(0, points + singles));
        for (int i = 0; i < pairs; i++) {
            float[] a = v.get(points + i);
            float[] b = v.get(points + i + 1);
            float[] m = new float[a.length];
            double norm = 0;
            for (int d = 0; d < a.length; d++) {
                m[d] = a[d] + b[d];
                norm += m[d] * m[d];
            }
            norm = Math.sqrt(norm);
            for (int d = 0; d < a.length; d++) {
                m[d] = (float) (m[d] / norm);
            }
            out.add(m);
        }
        // The whole answer's vector: the mean of its sentences (one long model run saved).
        float[] answer = new float[v.get(0).length];
        for (int i = 0; i < singles; i++) {
            float[] x = v.get(points + i);
            for (int d = 0; d < answer.length; d++) {
                answer[d] += x[d];
            }
        }
        double norm = 0;
        for (float f : answer) {
            norm += f * f;
        }
        norm = Math.sqrt(norm);
        for (int d = 0; d < answer.length; d++) {
            answer[d] = norm == 0 ? 0 : (float) (answer[d] / norm);
        }
        out.add(answer);
        out.addAll(v.subList(points + singles, v.size()));
        return out;
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
