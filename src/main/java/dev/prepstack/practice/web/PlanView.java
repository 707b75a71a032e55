package dev.prepstack.practice.web;

import dev.prepstack.practice.PlanForecast;
import java.util.ArrayList;
import java.util.List;

/**
 * A forecast laid out for the server-rendered SVG charts: minutes per day against the limit, and
 * predicted retrievability on the day per topic. Geometry is computed here so templates stay plain.
 */
record PlanView(PlanForecast forecast, List<Bar> minutes, double limitY, int maxMinutes, List<Bar> topics) {

    static final int WIDTH = 720;
    static final int HEIGHT = 100;
    static final int TOPIC_ROW = 22;

    /** A bar: position, size, whether it is over the limit or below target, and its label. */
    record Bar(double x, double y, double width, double height, boolean warn, String label) {}

    static PlanView of(PlanForecast f) {
        int max = Math.max(1, Math.max(f.plan().minutesPerDay(), f.peakMinutes()));
        List<Bar> minutes = new ArrayList<>();
        int n = Math.max(1, f.days().size());
        double slot = (double) WIDTH / n;
        for (int i = 0; i < f.days().size(); i++) {
            PlanForecast.Day d = f.days().get(i);
            double h = (double) HEIGHT * d.minutes() / max;
            minutes.add(new Bar(
                    i * slot,
                    HEIGHT - h,
                    Math.max(1, slot * 0.8),
                    h,
                    d.overLimit(),
                    d.date() + ": " + d.newCards() + " new, " + d.reviews() + " reviews, about " + d.minutes() + " min"
                            + (d.overLimit() ? " (" + d.leftForLater() + " left for later: over your minutes)" : "")));
        }
        List<Bar> topics = new ArrayList<>();
        for (int i = 0; i < f.topics().size(); i++) {
            PlanForecast.TopicForecast t = f.topics().get(i);
            topics.add(new Bar(
                    0,
                    i * TOPIC_ROW,
                    4.0 * t.percent(),
                    TOPIC_ROW - 6,
                    t.meanRetrievability() < f.plan().target(),
                    t.name() + ": " + t.percent() + "%"));
        }
        return new PlanView(f, minutes, HEIGHT - (double) HEIGHT * f.plan().minutesPerDay() / max, max, topics);
    }

    public int topicsHeight() {
        return Math.max(TOPIC_ROW, topics.size() * TOPIC_ROW);
    }
}
