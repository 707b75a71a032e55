package dev.prepstack.practice;

import dev.prepstack.content.Level;
import java.time.LocalDate;
import java.util.List;

/** The dashboard's figures, in the person's time zone. */
public record Progress(
        List<TopicProgress> topics,
        int dueToday,
        int dueNext7Days,
        int streakDays,
        long totalReviews,
        List<DayCount> reviewsPerDay,
        List<Readiness> roles,
        List<Readiness> pathSteps,
        LocalDate today) {

    /** new: never reviewed; learning: in (re)learning steps; review: graduated; mastered: review with S >= 21 days. */
    public record LevelProgress(Level level, int total, int fresh, int learning, int review, int mastered) {}

    public record TopicProgress(String slug, String name, List<LevelProgress> levels) {
        public int total() {
            return levels.stream().mapToInt(LevelProgress::total).sum();
        }

        public int mastered() {
            return levels.stream().mapToInt(LevelProgress::mastered).sum();
        }
    }

    public record DayCount(LocalDate day, int reviews) {}

    /** Share of the questions behind a role or step that are mastered, counting graduated ones half. */
    public record Readiness(String slug, String name, int percent, int questions) {}

    public int maxReviewsPerDay() {
        return reviewsPerDay.stream().mapToInt(DayCount::reviews).max().orElse(0);
    }
}
