package dev.prepstack.hiring;

import dev.prepstack.shared.RateLimitProperties;
import dev.prepstack.shared.RateLimiter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's calibration page in one use case: how far its interviewers agree (from drills and
 * from real panels), how severe and how consistent each is, and their scorecard habits. Owners see
 * everyone; a member sees only their own figures.
 */
@Service
@Transactional(readOnly = true)
public class Calibration {

    private final CalibrationStore store;
    private final HabitStore habits;
    private final Membership membership;
    private final People people;
    private final RateLimiter limiter;
    private final RateLimitProperties limits;

    Calibration(
            CalibrationStore store,
            HabitStore habits,
            Membership membership,
            People people,
            RateLimiter limiter,
            RateLimitProperties limits) {
        this.store = store;
        this.habits = habits;
        this.membership = membership;
        this.people = people;
        this.limiter = limiter;
        this.limits = limits;
    }

    /**
     * The figures of the viewer's current organisation. Each report reads and computes over every
     * rating the organisation has, so it is limited per person (429 beyond the limit).
     */
    public CalibrationReport report(long accountId) {
        limiter.check("calibration", String.valueOf(accountId), limits.calibrationPerMinute(), Duration.ofMinutes(1));
        long organisation = membership.requireCurrent(accountId);
        boolean owner = membership.require(organisation, accountId) == OrgRole.OWNER;
        List<CalibrationFigures.Observation> drills = store.drillRatings(organisation);
        List<CalibrationFigures.Observation> cards = store.scorecardRatings(organisation);
        Map<Long, CalibrationReport.Severity> drillSeverity = CalibrationFigures.severity(drills);
        Map<Long, CalibrationReport.Severity> cardSeverity = CalibrationFigures.severity(cards);
        Map<Long, CalibrationReport.Habits> habitsById = habits.habits(organisation);
        var names = people.lookup();
        List<CalibrationReport.Interviewer> interviewers = new ArrayList<>();
        for (long member : store.members(organisation)) {
            if (owner || member == accountId) {
                interviewers.add(new CalibrationReport.Interviewer(
                        member,
                        names.name(member),
                        drillSeverity.get(member),
                        cardSeverity.get(member),
                        habitsById.getOrDefault(member, HabitStore.none())));
            }
        }
        return new CalibrationReport(
                organisation, owner, owner ? source(drills) : null, owner ? source(cards) : null, interviewers);
    }

    private static CalibrationReport.Source source(List<CalibrationFigures.Observation> observations) {
        List<String> attributes = List.copyOf(new LinkedHashSet<>(observations.stream()
                .map(CalibrationFigures.Observation::attribute)
                .toList()));
        return new CalibrationReport.Source(
                CalibrationFigures.perAttribute(attributes, observations),
                CalibrationFigures.overall(observations),
                CalibrationFigures.perQuarter(observations));
    }
}
