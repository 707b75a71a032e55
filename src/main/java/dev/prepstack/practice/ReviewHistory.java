package dev.prepstack.practice;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One card's reviews, the input of the parameter optimiser and its evaluation. The reviews may come
 * in any order; they are sorted by time. The card id only has to be unique within one call.
 */
public record ReviewHistory(String cardId, List<Review> reviews) {

    /** Most reviews one card may bring; fsrs-rs drops longer sequences from training anyway. */
    public static final int MAX_REVIEWS = 10_000;

    public ReviewHistory {
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(reviews, "reviews");
        if (reviews.size() > MAX_REVIEWS) {
            throw new IllegalArgumentException("a card may have at most " + MAX_REVIEWS + " reviews");
        }
        reviews = reviews.stream()
                .map(r -> Objects.requireNonNull(r, "review"))
                .sorted(Comparator.comparing(Review::at))
                .toList();
    }

    /** A review at an instant with the rating given. */
    public record Review(Instant at, Rating rating) {
        public Review {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(rating, "rating");
        }
    }

    /**
     * Whole days between two reviews, counted as the scheduler counts them (24-hour periods), so
     * that fitted parameters describe the intervals the scheduler will use them for.
     */
    static int daysBetween(Instant from, Instant to) {
        long days = Duration.between(from, to).toDays();
        return (int) Math.max(0, Math.min(days, Integer.MAX_VALUE));
    }
}
