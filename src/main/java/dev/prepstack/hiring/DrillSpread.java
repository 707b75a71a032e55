package dev.prepstack.hiring;

import java.util.ArrayList;
import java.util.List;

/** How a drill's answers were rated: per answer and attribute, the count of each rating 1 to 4, mean and range. */
final class DrillSpread {

    private DrillSpread() {}

    static List<Drill.Spread> of(List<Drill.Answer> answers, List<String> attributes, List<Drill.Rater> raters) {
        List<Drill.Spread> out = new ArrayList<>();
        for (Drill.Answer a : answers) {
            for (String attribute : attributes) {
                int[] counts = new int[4];
                int sum = 0;
                int n = 0;
                int min = 5;
                int max = 0;
                for (Drill.Rater rater : raters) {
                    for (DrillRating r : rater.ratings()) {
                        if (r.answer() == a.position() && r.attribute().equals(attribute)) {
                            counts[r.rating() - 1]++;
                            sum += r.rating();
                            n++;
                            min = Math.min(min, r.rating());
                            max = Math.max(max, r.rating());
                        }
                    }
                }
                if (n > 0) {
                    out.add(new Drill.Spread(
                            a.position(),
                            attribute,
                            List.of(counts[0], counts[1], counts[2], counts[3]),
                            (double) sum / n,
                            min,
                            max));
                }
            }
        }
        return out;
    }
}
