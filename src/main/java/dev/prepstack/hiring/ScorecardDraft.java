package dev.prepstack.hiring;

import dev.prepstack.shared.InvalidParameterException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What an interviewer writes into a scorecard, checked against the kit version it uses. A draft may
 * be incomplete; {@link #checkComplete} holds the rules for submitting.
 */
public record ScorecardDraft(
        List<Scorecard.Answer> answers,
        List<Scorecard.AttributeRating> ratings,
        Verdict recommendation,
        String summary) {

    static final int MAX_TEXT = dev.prepstack.shared.UserText.MAX_LENGTH;
    static final int MAX_REASON = 2_000;

    public ScorecardDraft {
        answers = answers == null
                ? List.of()
                : answers.stream().map(ScorecardDraft::tidy).toList();
        ratings = ratings == null
                ? List.of()
                : ratings.stream().map(ScorecardDraft::tidy).toList();
        summary = summary == null || summary.isBlank() ? null : summary.strip();
        if (summary != null && summary.length() > MAX_TEXT) {
            throw new InvalidParameterException("summary", "must be at most 20,000 characters");
        }
    }

    /** Positions, key points and follow-ups exist in the kit; attributes are the kit's, each once. */
    void checkAgainst(Kit kit) {
        Set<Integer> positions = new HashSet<>();
        for (Scorecard.Answer a : answers) {
            KitItem item = kit.item(a.position());
            if (!positions.add(a.position())) {
                throw new InvalidParameterException("answers", "names question " + a.position() + " twice");
            }
            for (int k : a.coveredKeyPoints()) {
                if (k < 0 || k >= item.keyPoints().size()) {
                    throw new InvalidParameterException(
                            "coveredKeyPoints",
                            "must be key point indexes from 0 to "
                                    + (item.keyPoints().size() - 1));
                }
            }
            for (int f : a.askedFollowUps()) {
                if (f < 0 || f >= item.followUps().size()) {
                    throw new InvalidParameterException("askedFollowUps", "must be follow-up indexes of the question");
                }
            }
        }
        Set<String> attributes = new HashSet<>();
        for (Scorecard.AttributeRating r : ratings) {
            if (!kit.attributes().contains(r.attribute())) {
                throw new InvalidParameterException("ratings", "rate only the kit's focus attributes");
            }
            if (!attributes.add(r.attribute())) {
                throw new InvalidParameterException("ratings", "rates an attribute twice");
            }
        }
    }

    /** What submitting still needs: a rating or a reason of a focus attribute (by index), or the recommendation. */
    public record Gap(Need need, int attribute) {

        public enum Need {
            RATING,
            REASON,
            RECOMMENDATION
        }
    }

    /** Every gap at once, in the order of the form, so a page can show each beside its field. */
    public List<Gap> gaps(Kit kit) {
        List<Gap> gaps = new ArrayList<>();
        for (int i = 0; i < kit.attributes().size(); i++) {
            String attribute = kit.attributes().get(i);
            var rating = ratings.stream()
                    .filter(r -> r.attribute().equals(attribute))
                    .findFirst();
            if (rating.isEmpty() || rating.get().rating() == null) {
                gaps.add(new Gap(Gap.Need.RATING, i));
            }
            if (rating.isEmpty() || rating.get().reason() == null) {
                gaps.add(new Gap(Gap.Need.REASON, i));
            }
        }
        if (recommendation == null) {
            gaps.add(new Gap(Gap.Need.RECOMMENDATION, -1));
        }
        return gaps;
    }

    /** To submit: every focus attribute rated with a reason, and an overall recommendation. */
    void checkComplete(Kit kit) {
        List<Gap> gaps = gaps(kit);
        if (gaps.isEmpty()) {
            return;
        }
        Gap first = gaps.getFirst();
        String which = "focus attribute " + (first.attribute() + 1) + " of "
                + kit.attributes().size();
        throw switch (first.need()) {
            case RATING -> new InvalidParameterException("ratings", "are incomplete: " + which + " has no rating");
            case REASON -> new InvalidParameterException("ratings", "each need a reason: " + which + " has none");
            case RECOMMENDATION -> new InvalidParameterException("recommendation", "is required to submit");
        };
    }

    private static Scorecard.Answer tidy(Scorecard.Answer a) {
        if (a == null) {
            throw new InvalidParameterException("answers", "must not contain empty entries");
        }
        String notes = text("notes", a.notes(), MAX_TEXT);
        String transcript = text("transcript", a.transcript(), MAX_TEXT);
        List<Integer> covered = indexes(a.coveredKeyPoints());
        List<Integer> asked = indexes(a.askedFollowUps());
        return new Scorecard.Answer(a.position(), covered, asked, notes, transcript);
    }

    private static List<Integer> indexes(List<Integer> values) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > 50 || values.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidParameterException("answers", "key point and follow-up indexes must be numbers");
        }
        return values.stream().distinct().sorted().toList();
    }

    private static Scorecard.AttributeRating tidy(Scorecard.AttributeRating r) {
        if (r == null || r.attribute() == null) {
            throw new InvalidParameterException("ratings", "each rating names an attribute");
        }
        return new Scorecard.AttributeRating(r.attribute().strip(), r.rating(), text("reason", r.reason(), MAX_REASON));
    }

    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            throw new InvalidParameterException(field, "must be at most " + String.format("%,d", max) + " characters");
        }
        return value.strip();
    }
}
