package dev.prepstack.hiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The agreement statistics against the published worked examples, to 1e-3. */
class AgreementTest {

    /**
     * K. Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011): 4 observers x 12 units,
     * values 1-5, missing values as null. Published: nominal 0.743, ordinal 0.815, interval 0.849.
     */
    static final Double[][] KRIPPENDORFF = {
        {1d, 2d, 3d, 3d, 2d, 1d, 4d, 1d, 2d, null, null, null},
        {1d, 2d, 3d, 3d, 2d, 2d, 4d, 1d, 2d, 5d, null, 3d},
        {null, 3d, 3d, 3d, 2d, 3d, 4d, 2d, 2d, 5d, 1d, null},
        {1d, 2d, 3d, 3d, 2d, 4d, 4d, 1d, 2d, 5d, 1d, null}
    };

    /**
     * P. E. Shrout and J. L. Fleiss, "Intraclass correlations: uses in assessing rater reliability",
     * Psychological Bulletin 86 (1979), Table 2: 6 targets x 4 judges. Published: ICC(1,1) = .17,
     * ICC(2,1) = .29, ICC(3,1) = .71 (two decimals).
     */
    static final double[][] SHROUT_FLEISS = {
        {9, 2, 5, 8}, {6, 1, 3, 2}, {8, 4, 6, 8}, {7, 1, 2, 6}, {10, 5, 6, 9}, {6, 2, 4, 7}
    };

    @Test
    void alphaMatchesKrippendorffsWorkedExampleForEachLevelOfMeasurement() {
        assertThat(Agreement.alpha(KRIPPENDORFF, Agreement.Metric.NOMINAL)).isCloseTo(0.743, within(1e-3));
        assertThat(Agreement.alpha(KRIPPENDORFF, Agreement.Metric.ORDINAL)).isCloseTo(0.815, within(1e-3));
        assertThat(Agreement.alpha(KRIPPENDORFF, Agreement.Metric.INTERVAL)).isCloseTo(0.849, within(1e-3));
    }

    @Test
    void iccMatchesShroutAndFleisssTable() {
        var icc = Agreement.icc(SHROUT_FLEISS);
        assertThat(icc.icc21()).isCloseTo(0.29, within(1e-3));
        // Published to two decimals only: these must round to the published figures.
        assertThat(Math.round(icc.icc11() * 100) / 100.0).isEqualTo(0.17);
        assertThat(Math.round(icc.icc31() * 100) / 100.0).isEqualTo(0.71);
    }

    @Test
    void perfectAgreementIsOneAndNoComparableDataIsNaN() {
        Double[][] same = {{1d, 2d, 3d}, {1d, 2d, 3d}};
        assertThat(Agreement.alpha(same, Agreement.Metric.ORDINAL)).isEqualTo(1.0);
        Double[][] lonely = {{1d, null}, {null, 2d}};
        assertThat(Agreement.alpha(lonely, Agreement.Metric.ORDINAL)).isNaN();
        assertThat(Agreement.icc(new double[][] {{1, 2}}).icc21()).isNaN();
    }
}
