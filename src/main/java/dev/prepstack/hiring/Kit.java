package dev.prepstack.hiring;

import dev.prepstack.content.Level;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One version of an interview kit; {@code currentVersion} is the kit's latest. */
public record Kit(
        long id,
        long organisationId,
        int version,
        int currentVersion,
        String title,
        String role,
        Level level,
        int minutesPerQuestion,
        List<String> attributes,
        List<KitItem> items,
        String author,
        Instant versionCreatedAt,
        boolean archived,
        Map<String, List<String>> anchors,
        Map<String, Double> weights) {

    /** What an answer rated {@code rating} shows for the attribute, as the kit version's owner wrote it; null if not written. */
    public String anchor(String attribute, Verdict rating) {
        List<String> texts = anchors.get(attribute);
        return texts == null || rating == null ? null : texts.get(rating.points() - 1);
    }

    /** The weight of an attribute in the computed score (1 when the version gave none). */
    public double weight(String attribute) {
        return weights.getOrDefault(attribute, 1.0);
    }

    /**
     * The computed score on the 1-4 scale: the weighted mean of the ratings' points, once every focus
     * attribute is rated; null before. Mechanical on purpose (Kuncel et al. 2013): the same ratings
     * always give the same score, whoever reads them.
     */
    public Double score(List<Scorecard.AttributeRating> ratings) {
        double sum = 0;
        double weights = 0;
        for (String attribute : attributes) {
            var rating = ratings.stream()
                    .filter(r -> r.attribute().equals(attribute) && r.rating() != null)
                    .findFirst();
            if (rating.isEmpty()) {
                return null;
            }
            sum += weight(attribute) * rating.get().rating().points();
            weights += weight(attribute);
        }
        return weights <= 0 ? null : sum / weights;
    }

    public int totalMinutes() {
        return minutesPerQuestion * items.size();
    }

    public boolean latest() {
        return version == currentVersion;
    }

    public KitItem item(int position) {
        return items.stream()
                .filter(i -> i.position() == position)
                .findFirst()
                .orElseThrow(() -> new dev.prepstack.shared.InvalidParameterException(
                        "position", "must be a question of the kit (1 to " + items.size() + ")"));
    }
}
