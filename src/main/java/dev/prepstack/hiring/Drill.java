package dev.prepstack.hiring;

import dev.prepstack.shared.InvalidParameterException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A calibration drill as one viewer may see it. Blind rule, as on scorecards: {@code results} (everyone's
 * ratings and their spread) is null until the viewer submitted their own ratings; the reference ratings
 * and the discussion note are shown to those who submitted and to owners (who write them).
 */
public record Drill(
        long id,
        long kitId,
        int kitVersion,
        String kitTitle,
        KitItem question,
        String title,
        List<String> attributes,
        Map<String, List<String>> anchors,
        List<Answer> answers,
        String author,
        Instant createdAt,
        boolean owner,
        int submissions,
        List<DrillRating> mine,
        List<DrillRating> reference,
        String discussion,
        Results results) {

    public record Answer(int position, String text) {}

    /** Whether the viewer has submitted their ratings (and so sees everyone's). */
    public boolean submitted() {
        return !mine.isEmpty();
    }

    /** The anchor text for a rating 1 to 4 of an attribute; null when the version has none. */
    public String anchor(String attribute, int rating) {
        List<String> texts = anchors.get(attribute);
        return texts == null || rating < 1 || rating > 4 ? null : texts.get(rating - 1);
    }

    /** The viewer's own rating of an answer on an attribute, if submitted. */
    public DrillRating myRating(int answer, String attribute) {
        return find(mine, answer, attribute);
    }

    public DrillRating referenceFor(int answer, String attribute) {
        return find(reference, answer, attribute);
    }

    /**
     * A submission is complete, as a scorecard must be: every answer rated on every attribute, each once and
     * with a reason. Returned in the drill's order (answers, then the kit's attributes).
     */
    List<DrillRating> checkSubmission(List<DrillRating> ratings) {
        if (submitted()) {
            throw new InvalidParameterException("ratings", "you already rated this drill; ratings never change");
        }
        List<DrillRating> checked = checkNames(ratings);
        for (Answer a : answers) {
            for (String attribute : attributes) {
                DrillRating r = find(checked, a.position(), attribute);
                if (r == null) {
                    throw new InvalidParameterException(
                            "ratings",
                            "rate every answer on every attribute (answer " + a.position() + " has no '" + attribute
                                    + "')");
                }
                if (r.reason() == null) {
                    throw new InvalidParameterException(
                            "ratings",
                            "give a reason for every rating (answer " + a.position() + ", '" + attribute
                                    + "' has none)");
                }
            }
        }
        return ordered(checked);
    }

    /** Reference ratings may cover only some answers or attributes; each names a real one, once. */
    List<DrillRating> checkReference(List<DrillRating> ratings) {
        return ordered(checkNames(ratings));
    }

    private List<DrillRating> checkNames(List<DrillRating> ratings) {
        List<DrillRating> given = ratings == null ? List.of() : ratings;
        Set<String> seen = new HashSet<>();
        for (DrillRating r : given) {
            if (r == null) {
                throw new InvalidParameterException("ratings", "must not contain empty entries");
            }
            if (r.answer() < 1 || r.answer() > answers.size()) {
                throw new InvalidParameterException(
                        "ratings", "answers are numbered 1 to " + answers.size() + " (" + r.answer() + " is not one)");
            }
            if (!attributes.contains(r.attribute())) {
                throw new InvalidParameterException("ratings", "rate only the kit's focus attributes");
            }
            if (!seen.add(r.answer() + "#" + r.attribute())) {
                throw new InvalidParameterException("ratings", "rates an answer on an attribute twice");
            }
        }
        return given;
    }

    private List<DrillRating> ordered(List<DrillRating> ratings) {
        return answers.stream()
                .flatMap(a -> attributes.stream().map(attribute -> find(ratings, a.position(), attribute)))
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    private static DrillRating find(List<DrillRating> ratings, int answer, String attribute) {
        return ratings.stream()
                .filter(r -> r.answer() == answer && r.attribute().equals(attribute))
                .findFirst()
                .orElse(null);
    }

    /** What the drill's raters gave, shown only to those who rated. */
    public record Results(List<Spread> spread, List<Rater> raters) {

        public Spread spreadFor(int answer, String attribute) {
            return spread.stream()
                    .filter(s -> s.answer() == answer && s.attribute().equals(attribute))
                    .findFirst()
                    .orElse(null);
        }
    }

    /** How one answer was rated on one attribute: how many gave each rating 1 to 4, the mean and range. */
    public record Spread(int answer, String attribute, List<Integer> counts, double mean, int min, int max) {

        public int n() {
            return counts.stream().mapToInt(Integer::intValue).sum();
        }

        /** The largest gap between two raters, in points: 2 or more is worth discussing. */
        public int range() {
            return max - min;
        }
    }

    public record Rater(String name, List<DrillRating> ratings) {}
}
