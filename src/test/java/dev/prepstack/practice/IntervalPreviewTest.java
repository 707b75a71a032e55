package dev.prepstack.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class IntervalPreviewTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void intervalsAreWrittenTheWayPeopleSayThem() {
        assertThat(IntervalPreview.label(Duration.ofSeconds(20))).isEqualTo("1 min");
        assertThat(IntervalPreview.label(Duration.ofMinutes(10))).isEqualTo("10 min");
        assertThat(IntervalPreview.label(Duration.ofHours(5))).isEqualTo("5 h");
        assertThat(IntervalPreview.label(Duration.ofHours(23).plusMinutes(40))).isEqualTo("1 day");
        assertThat(IntervalPreview.label(Duration.ofDays(4))).isEqualTo("4 days");
        assertThat(IntervalPreview.label(Duration.ofDays(61))).isEqualTo("2 months");
        assertThat(IntervalPreview.label(Duration.ofDays(365))).isEqualTo("1 year");
        assertThat(IntervalPreview.label(Duration.ofDays(548))).isEqualTo("1.5 years");
    }

    @Test
    void aNewCardShowsWhatTheSchedulerWouldDoForEachRating() {
        var preview = new IntervalPreview(null, clock);
        var labels = preview.forGuest(null);
        Fsrs fsrs = Fsrs.withRetention(Practice.DEFAULT_RETENTION);
        Instant now = clock.instant();
        for (Rating r : Rating.values()) {
            Duration expected =
                    Duration.between(now, fsrs.review(Card.fresh(now), r, now).due());
            assertThat(labels.get(r)).as(r.name()).isEqualTo(IntervalPreview.label(expected));
        }
        // FSRS-6's first learning step is a minute; Easy graduates the card to days at once.
        assertThat(labels.get(Rating.AGAIN)).isEqualTo("1 min");
        assertThat(labels.get(Rating.EASY)).endsWith("days");
    }
}
