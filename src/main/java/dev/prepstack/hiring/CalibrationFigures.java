package dev.prepstack.hiring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Agreement and severity figures from ratings on the 1-4 scale, pure arithmetic over {@link Agreement}.
 * A unit is what several people rated alike: one drill answer, or one candidate with one kit version; on
 * one attribute each. Rater keys are account ids (a deleted account gets a key of its own per source row).
 */
final class CalibrationFigures {

    /** Below this many ratings in units that two or more people rated, a figure is shown with a warning. */
    static final int MIN_RATINGS = 10;
    /** Below this many compared ratings, an interviewer's severity is shown with a warning. */
    static final int MIN_PER_RATER = 5;

    private CalibrationFigures() {}

    /** One rating: which unit, which attribute, who, what value (1-4), and the quarter it falls in ("2026-Q4"). */
    record Observation(String unit, String attribute, long rater, int value, String quarter) {}

    static List<CalibrationReport.Agreement> perAttribute(List<String> attributes, List<Observation> all) {
        List<CalibrationReport.Agreement> out = new ArrayList<>();
        for (String attribute : attributes) {
            out.add(agreement(
                    attribute,
                    all.stream().filter(o -> o.attribute().equals(attribute)).toList()));
        }
        return out;
    }

    /** Over every attribute at once: each unit and attribute is a unit of its own. */
    static CalibrationReport.Agreement overall(List<Observation> all) {
        return agreement(null, pooled(all));
    }

    static List<CalibrationReport.Agreement> perQuarter(List<Observation> all) {
        Map<String, List<Observation>> byQuarter = new TreeMap<>();
        for (Observation o : pooled(all)) {
            byQuarter.computeIfAbsent(o.quarter(), q -> new ArrayList<>()).add(o);
        }
        List<CalibrationReport.Agreement> out = new ArrayList<>();
        byQuarter.forEach((quarter, observations) -> out.add(agreement(quarter, observations)));
        return out;
    }

    private static List<Observation> pooled(List<Observation> all) {
        return all.stream()
                .map(o -> new Observation(o.unit() + "\n" + o.attribute(), "", o.rater(), o.value(), o.quarter()))
                .toList();
    }

    static CalibrationReport.Agreement agreement(String label, List<Observation> observations) {
        List<Observation> pairable = pairable(observations);
        List<String> units = pairable.stream().map(Observation::unit).distinct().toList();
        List<Long> raters = pairable.stream().map(Observation::rater).distinct().toList();
        Double[][] table = new Double[raters.size()][units.size()];
        for (Observation o : pairable) {
            table[raters.indexOf(o.rater())][units.indexOf(o.unit())] = (double) o.value();
        }
        double alpha = Agreement.alpha(table, Agreement.Metric.ORDINAL);
        Block block = largestCompleteBlock(pairable);
        double icc = block.table().length == 0
                ? Double.NaN
                : Agreement.icc(block.table()).icc21();
        String note = pairable.size() < MIN_RATINGS
                ? "too few ratings to rely on (" + pairable.size() + " compared; at least " + MIN_RATINGS + ")"
                : null;
        return new CalibrationReport.Agreement(
                label,
                finite(alpha),
                finite(icc),
                pairable.size(),
                units.size(),
                raters.size(),
                block.targets(),
                block.judges(),
                note);
    }

    /** Ratings in units that at least two people rated: the only ones that say anything about agreement. */
    private static List<Observation> pairable(List<Observation> observations) {
        Map<String, Set<Long>> raters = new HashMap<>();
        observations.forEach(
                o -> raters.computeIfAbsent(o.unit(), u -> new HashSet<>()).add(o.rater()));
        Predicate<Observation> shared = o -> raters.get(o.unit()).size() >= 2;
        return observations.stream().filter(shared).toList();
    }

    record Block(double[][] table, int targets, int judges) {}

    /**
     * ICC(2,1) needs every judge to have rated every target. Raters are taken in order of how much they
     * rated, and the set of units all of them rated is narrowed one rater at a time; the block with the
     * most ratings (at least 2 targets x 2 judges) is the one the figure rests on.
     */
    static Block largestCompleteBlock(List<Observation> observations) {
        Map<Long, Map<String, Integer>> byRater = new LinkedHashMap<>();
        observations.forEach(
                o -> byRater.computeIfAbsent(o.rater(), r -> new HashMap<>()).put(o.unit(), o.value()));
        List<Long> order = byRater.keySet().stream()
                .sorted(Comparator.comparing((Long r) -> -byRater.get(r).size()).thenComparing(r -> r))
                .toList();
        Set<String> common = null;
        List<Long> judges = new ArrayList<>();
        List<Long> bestJudges = List.of();
        List<String> bestUnits = List.of();
        for (Long rater : order) {
            Set<String> next = new HashSet<>(byRater.get(rater).keySet());
            if (common != null) {
                next.retainAll(common);
            }
            if (next.size() < 2) {
                break;
            }
            common = next;
            judges.add(rater);
            if (judges.size() >= 2 && common.size() * judges.size() > bestUnits.size() * bestJudges.size()) {
                bestJudges = List.copyOf(judges);
                bestUnits = common.stream().sorted().toList();
            }
        }
        double[][] table = new double[bestUnits.size()][bestJudges.size()];
        for (int i = 0; i < bestUnits.size(); i++) {
            for (int j = 0; j < bestJudges.size(); j++) {
                table[i][j] = byRater.get(bestJudges.get(j)).get(bestUnits.get(i));
            }
        }
        return new Block(table, bestUnits.size(), bestJudges.size());
    }

    /**
     * Each rater's severity: the mean of (their rating minus the mean of the others' ratings of the same
     * unit), negative for a stricter rater; their consistency: the standard deviation of those offsets,
     * small for a rater whose offset is the same every time (and so easy to correct for).
     */
    static Map<Long, CalibrationReport.Severity> severity(List<Observation> observations) {
        Map<String, List<Observation>> byUnit = new HashMap<>();
        for (Observation o : observations) {
            byUnit.computeIfAbsent(o.unit() + "\n" + o.attribute(), u -> new ArrayList<>())
                    .add(o);
        }
        Map<Long, List<Double>> offsets = new TreeMap<>();
        for (List<Observation> unit : byUnit.values()) {
            if (unit.size() < 2) {
                continue;
            }
            double total = unit.stream().mapToInt(Observation::value).sum();
            for (Observation o : unit) {
                double others = (total - o.value()) / (unit.size() - 1);
                offsets.computeIfAbsent(o.rater(), r -> new ArrayList<>()).add(o.value() - others);
            }
        }
        Map<Long, CalibrationReport.Severity> out = new LinkedHashMap<>();
        offsets.forEach((rater, values) -> {
            double mean =
                    values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
            double sd = values.size() < 2
                    ? Double.NaN
                    : Math.sqrt(values.stream()
                                    .mapToDouble(v -> (v - mean) * (v - mean))
                                    .sum()
                            / (values.size() - 1));
            String note = values.size() < MIN_PER_RATER
                    ? "too few compared ratings to rely on (" + values.size() + "; at least " + MIN_PER_RATER + ")"
                    : null;
            out.put(rater, new CalibrationReport.Severity(finite(mean), finite(sd), values.size(), note));
        });
        return out;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? Math.round(v * 1000) / 1000.0 : null;
    }
}
