package dev.prepstack.hiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Severity, the complete block ICC(2,1) rests on, and the notes where too few ratings carry a figure. */
class CalibrationFiguresTest {

    private static List<CalibrationFigures.Observation> table(double[][] ratings, String quarter) {
        List<CalibrationFigures.Observation> out = new ArrayList<>();
        for (int t = 0; t < ratings.length; t++) {
            for (int j = 0; j < ratings[t].length; j++) {
                out.add(new CalibrationFigures.Observation(
                        "unit " + t, "API design", j + 1, (int) ratings[t][j], quarter));
            }
        }
        return out;
    }

    @Test
    void aCompleteTableGivesTheSameIccAsAgreementItself() {
        double[][] ratings = {{1, 2, 1}, {2, 2, 3}, {3, 4, 3}, {4, 4, 4}, {2, 3, 2}, {1, 1, 2}};
        var figure = CalibrationFigures.agreement("API design", table(ratings, "2026-Q4"));
        assertThat(figure.icc21()).isCloseTo(Agreement.icc(ratings).icc21(), within(1e-3));
        assertThat(figure.iccTargets()).isEqualTo(6);
        assertThat(figure.iccJudges()).isEqualTo(3);
        assertThat(figure.ratings()).isEqualTo(18);
        assertThat(figure.note()).isNull();
        assertThat(figure.alpha()).isGreaterThan(0.7);
    }

    @Test
    void aRaterWhoMissedUnitsNarrowsTheIccBlockButStillCountsForAlpha() {
        List<CalibrationFigures.Observation> all =
                new ArrayList<>(table(new double[][] {{1, 2}, {2, 2}, {3, 4}, {4, 4}}, "2026-Q4"));
        all.add(new CalibrationFigures.Observation("unit 0", "API design", 9, 1, "2026-Q4"));
        var figure = CalibrationFigures.agreement(null, all);
        assertThat(figure.iccJudges()).isEqualTo(2);
        assertThat(figure.iccTargets()).isEqualTo(4);
        assertThat(figure.raters()).isEqualTo(3);
        assertThat(figure.ratings()).isEqualTo(9);
        assertThat(figure.note()).contains("too few ratings").contains("9 compared");
    }

    @Test
    void aStricterRaterHasANegativeSeverityAndASteadyOffsetIsConsistent() {
        // Rater 3 always gives one point less than raters 1 and 2, who agree.
        double[][] ratings = {{3, 3, 2}, {4, 4, 3}, {2, 2, 1}, {3, 3, 2}, {4, 4, 3}};
        var severity = CalibrationFigures.severity(table(ratings, "2026-Q4"));
        assertThat(severity.get(3L).severity()).isEqualTo(-1.0);
        assertThat(severity.get(3L).consistency()).isEqualTo(0.0);
        assertThat(severity.get(1L).severity()).isEqualTo(0.5);
        assertThat(severity.get(3L).ratings()).isEqualTo(5);
        assertThat(severity.get(3L).note()).isNull();
    }

    @Test
    void quartersAreFiguredApartAndUnitsRatedByOnePersonSayNothing() {
        List<CalibrationFigures.Observation> all = new ArrayList<>(table(new double[][] {{1, 1}, {4, 4}}, "2026-Q3"));
        all.addAll(table(new double[][] {{1, 4}, {4, 1}}, "2026-Q4").stream()
                .map(o -> new CalibrationFigures.Observation(
                        "q4 " + o.unit(), o.attribute(), o.rater(), o.value(), o.quarter()))
                .toList());
        all.add(new CalibrationFigures.Observation("alone", "API design", 1, 2, "2026-Q4"));
        var quarters = CalibrationFigures.perQuarter(all);
        assertThat(quarters).extracting(CalibrationReport.Agreement::label).containsExactly("2026-Q3", "2026-Q4");
        assertThat(quarters.get(0).alpha()).isEqualTo(1.0);
        assertThat(quarters.get(1).alpha()).isLessThan(0);
        assertThat(quarters.get(1).ratings())
                .as("the unit one person rated is left out")
                .isEqualTo(4);
    }
}
