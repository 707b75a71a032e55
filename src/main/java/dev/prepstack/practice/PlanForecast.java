package dev.prepstack.practice;

import java.time.LocalDate;
import java.util.List;

/**
 * What an interview plan looks like from today: cards and minutes per day until the date, predicted
 * retrievability on the day per topic, and whether it fits the minutes per day.
 *
 * @param inScope live questions the scope covers
 * @param seen of those, questions reviewed at least once
 * @param daysLeft days from today to the interview
 * @param reviewsPerDay reviews the minutes per day allow
 * @param secondsPerReview the person's own mean time per review, or {@link
 *     InterviewPlans#DEFAULT_SECONDS_PER_REVIEW} when they have fewer than 10 timed reviews
 * @param ownPace whether {@code secondsPerReview} is the person's own
 * @param meanRetrievability predicted mean over in-scope questions on the day (0 for unseen)
 * @param unseenOnTheDay questions the plan could not show before the date
 * @param minutesNeeded minutes per day that the busiest day needs
 */
public record PlanForecast(
        InterviewPlan plan,
        int inScope,
        int seen,
        int daysLeft,
        int reviewsPerDay,
        double secondsPerReview,
        boolean ownPace,
        List<Day> days,
        List<TopicForecast> topics,
        double meanRetrievability,
        int unseenOnTheDay,
        int daysOverLimit,
        int minutesNeeded) {

    /**
     * One day: new questions, reviews and the minutes they take (never more than the minutes per
     * day); {@code leftForLater}: reviews and new questions the day could not take.
     */
    public record Day(LocalDate date, int newCards, int reviews, int minutes, boolean overLimit, int leftForLater) {}

    /** A topic's questions in scope, how many are seen, and predicted retrievability on the day. */
    public record TopicForecast(String topic, String name, int questions, int seen, double meanRetrievability) {

        public int percent() {
            return (int) Math.round(100 * meanRetrievability);
        }
    }

    /** The plan fits: every question seen, no day over the minutes, the target reached. */
    public boolean fits() {
        return daysOverLimit == 0 && unseenOnTheDay == 0 && meanRetrievability >= plan.target();
    }

    public int percent() {
        return (int) Math.round(100 * meanRetrievability);
    }

    public int peakMinutes() {
        return days.stream().mapToInt(Day::minutes).max().orElse(0);
    }

    /** A way to make a plan that does not fit fit: narrow the scope, more minutes, a lower target. */
    public record Choice(String kind, String text) {}

    /** The choices when the plan does not fit; none when it does. */
    public List<Choice> choices() {
        if (fits()) {
            return List.of();
        }
        List<Choice> out = new java.util.ArrayList<>();
        if (minutesNeeded > plan.minutesPerDay()) {
            out.add(new Choice(
                    "more-minutes",
                    "Give it " + minutesNeeded + " minutes a day instead of " + plan.minutesPerDay()
                            + ": the busiest day needs that many."));
        }
        largestTopics().stream()
                .findFirst()
                .filter(t -> topics.size() > 1)
                .ifPresent(t -> out.add(new Choice(
                        "narrow-scope",
                        "Narrow the scope: leaving out " + t.name() + " removes " + t.questions() + " of the " + inScope
                                + " questions.")));
        out.add(new Choice(
                "lower-target",
                "Accept a lower target: within " + plan.minutesPerDay() + " minutes a day, expect about "
                        + percent() + "% recall on the day instead of "
                        + Math.round(100 * plan.target()) + "%."));
        return List.copyOf(out);
    }

    /** The topics with the most questions first: the ones whose removal narrows the scope most. */
    public List<TopicForecast> largestTopics() {
        return topics.stream()
                .sorted(java.util.Comparator.comparingInt(TopicForecast::questions)
                        .reversed())
                .limit(3)
                .toList();
    }
}
