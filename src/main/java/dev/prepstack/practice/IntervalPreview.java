package dev.prepstack.practice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * What each rating would do to a card now: the interval until it comes back, computed by the same
 * scheduler a review uses (the person's parameters and desired retention; a guest's defaults), so
 * the practice page can label its buttons "Good: 4 days".
 */
@Service
public class IntervalPreview {

    private final Practice practice;
    private final Clock clock;

    IntervalPreview(Practice practice, Clock clock) {
        this.practice = practice;
        this.clock = clock;
    }

    /** Intervals for a signed-in person's card (null: not reviewed yet), by rating, in label form. */
    public Map<Rating, String> forAccount(long accountId, Card card) {
        return preview(practice.scheduler(accountId), card);
    }

    /** Intervals for a guest's card, scheduled with the defaults as guest reviews are. */
    public Map<Rating, String> forGuest(Card card) {
        return preview(Fsrs.withRetention(Practice.DEFAULT_RETENTION), card);
    }

    private Map<Rating, String> preview(Fsrs fsrs, Card card) {
        Instant now = clock.instant();
        Card current = card == null ? Card.fresh(now) : card;
        Map<Rating, String> labels = new EnumMap<>(Rating.class);
        for (Rating r : Rating.values()) {
            labels.put(
                    r, label(Duration.between(now, fsrs.review(current, r, now).due())));
        }
        return labels;
    }

    /** "1 min", "10 min", "3 h", "1 day", "4 days", "2 months", "1.5 years": rounded as people say it. */
    static String label(Duration interval) {
        long minutes = Math.max(1, Math.round(interval.toSeconds() / 60.0));
        if (minutes < 60) {
            return minutes + " min";
        }
        long hours = Math.round(minutes / 60.0);
        if (hours < 24) {
            return hours + " h";
        }
        long days = Math.round(hours / 24.0);
        if (days < 31) {
            return days == 1 ? "1 day" : days + " days";
        }
        if (days < 365) {
            long months = Math.round(days / 30.44);
            return months == 1 ? "1 month" : months + " months";
        }
        double years = Math.round(days / 365.25 * 10) / 10.0;
        return (years == Math.rint(years) ? String.valueOf((long) years) : String.valueOf(years))
                + (years == 1.0 ? " year" : " years");
    }
}
