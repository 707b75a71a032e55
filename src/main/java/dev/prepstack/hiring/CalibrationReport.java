package dev.prepstack.hiring;

import java.util.List;

/**
 * The organisation's calibration figures. {@code drills} and {@code scorecards} (agreement per attribute,
 * overall and per quarter) are shown to owners only (null for members); {@code interviewers} lists every
 * member for owners and only the viewer themselves for members. Every figure says how many ratings it
 * rests on, and carries a note when they are too few to rely on.
 */
public record CalibrationReport(
        long organisationId, boolean owner, Source drills, Source scorecards, List<Interviewer> interviewers) {

    /** Agreement from one kind of rating: calibration drills, or real scorecards (panels of one candidate). */
    public record Source(List<Agreement> attributes, Agreement overall, List<Agreement> quarters) {}

    /**
     * Krippendorff's alpha (ordinal) over every rating of units rated by two or more people, and ICC(2,1)
     * over the largest complete block ({@code iccTargets} x {@code iccJudges}) within them; null where the
     * data cannot give a figure (no variation, fewer than two raters). {@code label} is the attribute, the
     * quarter, or null for overall.
     */
    public record Agreement(
            String label,
            Double alpha,
            Double icc21,
            int ratings,
            int units,
            int raters,
            int iccTargets,
            int iccJudges,
            String note) {}

    /** Mean offset from the others rating the same thing (negative: stricter) and its standard deviation. */
    public record Severity(Double severity, Double consistency, int ratings, String note) {}

    /**
     * How an interviewer writes scorecards: how many they submitted, the median hours from starting a
     * scorecard (at the interview) to submitting it, the share of their ratings that carry a reason, the
     * share of the kit's key points they ticked, and amendments they added per submitted scorecard.
     */
    public record Habits(
            int submitted,
            Double medianHoursToSubmit,
            int ratings,
            Double reasonShare,
            int keyPoints,
            Double keyPointShare,
            int amendments,
            Double amendmentsPerScorecard) {}

    public record Interviewer(long accountId, String name, Severity drills, Severity scorecards, Habits habits) {}
}
