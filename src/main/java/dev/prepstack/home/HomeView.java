package dev.prepstack.home;

import dev.prepstack.interview.MockInterviews;
import dev.prepstack.practice.Progress;
import java.util.List;

/** What the home page shows, computed from the modules' figures (no formatting in the template). */
final class HomeView {

    private HomeView() {}

    /** The last finished mock interview and how it compares with the mean of the ones before it. */
    record Mock(long id, int score, Integer change, int count, String trend) {
        Mock(long id, int score, Integer change, int count) {
            this(id, score, change, count, trend(change, count));
        }

        private static String trend(Integer change, int count) {
            if (change == null) {
                return "Your first scored mock interview.";
            }
            if (change == 0) {
                return "The same as the mean of the interviews before it.";
            }
            return (change > 0 ? "Up " + change : "Down " + -change) + " points on the mean of the "
                    + (count - 1 == 1 ? "interview" : (count - 1) + " interviews") + " before it.";
        }
    }

    /** Oldest first, as {@link MockInterviews#finished} returns them; null when none has a score. */
    static Mock mock(List<MockInterviews.Summary> finished) {
        List<MockInterviews.Summary> scored =
                finished.stream().filter(s -> s.score() != null).toList();
        if (scored.isEmpty()) {
            return null;
        }
        MockInterviews.Summary last = scored.getLast();
        Integer change = null;
        if (scored.size() > 1) {
            double before = scored.subList(0, scored.size() - 1).stream()
                    .mapToInt(MockInterviews.Summary::score)
                    .average()
                    .orElseThrow();
            change = (int) Math.round(last.score() - before);
        }
        return new Mock(last.id(), last.score(), change, scored.size());
    }

    /** The first step of the learning path that is not fully learnt yet; null when all are. */
    static Progress.Readiness nextStep(List<Progress.Readiness> steps) {
        return steps.stream().filter(s -> s.percent() < 100).findFirst().orElse(null);
    }
}
