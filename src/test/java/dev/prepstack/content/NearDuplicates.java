package dev.prepstack.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds question pairs whose title and summary say nearly the same thing, by TF-IDF cosine over
 * stemmed content words. A lexical measure is enough to catch copies; paraphrases are for review.
 */
final class NearDuplicates {

    static final double THRESHOLD = 0.62;

    private static final Set<String> STOP = Set.of(
            "a",
            "an",
            "the",
            "and",
            "or",
            "of",
            "to",
            "in",
            "on",
            "for",
            "with",
            "is",
            "are",
            "be",
            "it",
            "its",
            "as",
            "at",
            "by",
            "how",
            "what",
            "why",
            "when",
            "which",
            "who",
            "do",
            "does",
            "you",
            "your",
            "would",
            "can",
            "that",
            "this",
            "these",
            "those",
            "from",
            "into",
            "some",
            "common",
            "explain",
            "concept",
            "backend",
            "development",
            "application",
            "applications",
            "between",
            "difference",
            "about",
            "use",
            "used",
            "using",
            "not",
            "no",
            "than",
            "then",
            "so",
            "if",
            "we",
            "they",
            "their",
            "them",
            "one",
            "each",
            "more",
            "most",
            "also",
            "but",
            "has",
            "have",
            "was",
            "were",
            "will",
            "should",
            "could",
            "our",
            "us",
            "i",
            "my",
            "me",
            "all");

    private final List<QuestionDocument> questions;

    NearDuplicates(List<QuestionDocument> questions) {
        this.questions = questions;
    }

    static List<String> terms(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
                .filter(w -> w.length() > 1 && !STOP.contains(w))
                .toList();
    }

    /** A deliberately crude suffix stripper: enough to match "caches" with "caching". */
    static String stem(String w) {
        for (String suffix : List.of("ations", "ation", "ings", "ing", "ies", "es", "ed", "ly", "s")) {
            if (w.length() > suffix.length() + 3 && w.endsWith(suffix)) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }

    List<String> pairsAbove(double threshold) {
        List<Map<String, Double>> vectors = new ArrayList<>();
        Map<String, Integer> documentFrequency = new HashMap<>();
        List<Map<String, Integer>> counts = new ArrayList<>();
        for (QuestionDocument q : questions) {
            Map<String, Integer> tf = new HashMap<>();
            for (String t : terms(q.title() + " " + q.summary())) {
                tf.merge(stem(t), 1, Integer::sum);
            }
            tf.keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
            counts.add(tf);
        }
        int n = questions.size();
        for (Map<String, Integer> tf : counts) {
            Map<String, Double> v = new HashMap<>();
            double norm = 0;
            for (var e : tf.entrySet()) {
                double w = e.getValue() * Math.log((double) n / documentFrequency.get(e.getKey()));
                v.put(e.getKey(), w);
                norm += w * w;
            }
            double len = Math.sqrt(norm);
            v.replaceAll((k, w) -> len == 0 ? 0 : w / len);
            vectors.add(v);
        }
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double cos = 0;
                for (var e : vectors.get(i).entrySet()) {
                    cos += e.getValue() * vectors.get(j).getOrDefault(e.getKey(), 0.0);
                }
                if (cos >= threshold) {
                    pairs.add("%.2f %s <-> %s"
                            .formatted(
                                    cos,
                                    questions.get(i).slug(),
                                    questions.get(j).slug()));
                }
            }
        }
        return pairs;
    }
}
