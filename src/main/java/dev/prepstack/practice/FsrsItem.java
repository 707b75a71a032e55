package dev.prepstack.practice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * One predicted review with the card's history before it, as fsrs-rs's {@code FSRSItem}: grades
 * and days since the previous review of every review up to and including the predicted one (the
 * first review has 0 days). Only reviews on a later day than the previous one are predicted;
 * same-day reviews appear in histories, where the short-term parameters w17-w19 model them.
 */
record FsrsItem(int[] grades, int[] days, Instant at) {

    int length() {
        return grades.length;
    }

    int currentGrade() {
        return grades[grades.length - 1];
    }

    int currentDays() {
        return days[days.length - 1];
    }

    boolean recalled() {
        return currentGrade() > 1;
    }

    /** Reviews on a later day than the previous review, the first review excluded. */
    int longTermReviews() {
        int n = 0;
        for (int d : days) {
            if (d > 0) {
                n++;
            }
        }
        return n;
    }

    int firstLongTermDays() {
        for (int d : days) {
            if (d > 0) {
                return d;
            }
        }
        throw new IllegalStateException("item without a review on a later day");
    }

    /** Lapses before the predicted review, counted on later days only (fsrs-rs's RMSE bins). */
    int lapsesBefore() {
        int n = 0;
        for (int i = 0; i < grades.length - 1; i++) {
            if (grades[i] == 1 && days[i] > 0) {
                n++;
            }
        }
        return n;
    }

    /**
     * The items of all histories, ordered by the time of the predicted review, as fsrs-rs expects
     * for its recency weighting.
     */
    static List<FsrsItem> of(List<ReviewHistory> histories) {
        record Keyed(FsrsItem item, String cardId, int index) {}
        List<Keyed> keyed = new ArrayList<>();
        for (ReviewHistory history : histories) {
            List<ReviewHistory.Review> reviews = history.reviews();
            int n = reviews.size();
            int[] grades = new int[n];
            int[] days = new int[n];
            for (int i = 0; i < n; i++) {
                grades[i] = reviews.get(i).rating().grade();
                days[i] = i == 0
                        ? 0
                        : ReviewHistory.daysBetween(
                                reviews.get(i - 1).at(), reviews.get(i).at());
            }
            for (int i = 1; i < n; i++) {
                if (days[i] > 0) {
                    keyed.add(new Keyed(
                            new FsrsItem(
                                    Arrays.copyOf(grades, i + 1),
                                    Arrays.copyOf(days, i + 1),
                                    reviews.get(i).at()),
                            history.cardId(),
                            i));
                }
            }
        }
        keyed.sort(Comparator.comparing((Keyed k) -> k.item().at())
                .thenComparing(Keyed::cardId)
                .thenComparingInt(Keyed::index));
        return keyed.stream().map(Keyed::item).toList();
    }
}
