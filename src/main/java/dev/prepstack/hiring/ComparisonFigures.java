package dev.prepstack.hiring;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The figures of one candidate's column in a comparison, from the submitted scorecards the viewer may read. */
final class ComparisonFigures {

    private ComparisonFigures() {}

    static Map<String, Comparison.AttributeFigures> attributes(Kit kit, List<Scorecard> cards) {
        Map<String, Comparison.AttributeFigures> attributes = new LinkedHashMap<>();
        for (String attribute : kit.attributes()) {
            Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
            int sum = 0;
            int n = 0;
            for (Scorecard c : cards) {
                var rating = c.rating(attribute);
                if (rating.isPresent() && rating.get().rating() != null) {
                    counts.merge(rating.get().rating(), 1, Integer::sum);
                    sum += rating.get().rating().points();
                    n++;
                }
            }
            attributes.put(attribute, new Comparison.AttributeFigures(n == 0 ? null : (double) sum / n, counts));
        }
        return attributes;
    }

    static List<Comparison.QuestionFigures> questions(Kit kit, List<Scorecard> cards) {
        List<Comparison.QuestionFigures> questions = new ArrayList<>();
        for (KitItem item : kit.items()) {
            Integer percent = null;
            if (!cards.isEmpty() && !item.keyPoints().isEmpty()) {
                double share = cards.stream()
                        .mapToDouble(c -> (double) c.answer(item.position())
                                        .coveredKeyPoints()
                                        .size()
                                / item.keyPoints().size())
                        .average()
                        .orElse(0);
                percent = (int) Math.round(share * 100);
            }
            questions.add(new Comparison.QuestionFigures(item.position(), percent));
        }
        return questions;
    }

    /** The panel's computed scores: mean, and standard deviation (n-1; null under two scores). */
    static Double meanScore(List<Scorecard> cards) {
        var scores = scores(cards);
        return scores.isEmpty()
                ? null
                : scores.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    static Double scoreSpread(List<Scorecard> cards) {
        var scores = scores(cards);
        if (scores.size() < 2) {
            return null;
        }
        double mean = meanScore(cards);
        double squares =
                scores.stream().mapToDouble(s -> (s - mean) * (s - mean)).sum();
        return Math.sqrt(squares / (scores.size() - 1));
    }

    static List<Comparison.Disagreement> disagreements(List<Scorecard> cards) {
        return cards.stream()
                .filter(Scorecard::disagrees)
                .map(c -> new Comparison.Disagreement(c.id(), c.interviewer(), c.recommendation(), c.computedScore()))
                .toList();
    }

    private static List<Double> scores(List<Scorecard> cards) {
        return cards.stream()
                .map(Scorecard::computedScore)
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    static Map<Verdict, Integer> recommendations(List<Scorecard> cards) {
        Map<Verdict, Integer> recommendations = new EnumMap<>(Verdict.class);
        cards.forEach(c -> {
            if (c.recommendation() != null) {
                recommendations.merge(c.recommendation(), 1, Integer::sum);
            }
        });
        return recommendations;
    }
}
