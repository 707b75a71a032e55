package dev.prepstack.practice.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.practice.InterviewPlans;
import dev.prepstack.practice.Practice;
import dev.prepstack.practice.Progress;
import dev.prepstack.practice.ProgressReport;
import dev.prepstack.shared.InvalidParameterException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What is due, the catch-up after a break, progress and the scheduling settings, over the API. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Practice", description = "Spaced-repetition practice (FSRS-6) and progress; bearer token")
class ProgressApiController {

    private final Practice practice;
    private final ProgressReport progress;
    private final InterviewPlans plans;

    ProgressApiController(Practice practice, ProgressReport progress, InterviewPlans plans) {
        this.practice = practice;
        this.progress = progress;
        this.plans = plans;
    }

    /**
     * The catch-up after a break; {@code catchingUp} false (and the rest 0) when what is due fits in
     * a day.
     */
    record CatchUpResponse(
            boolean catchingUp, int overdue, int reviewsPerDay, int todaysShare, int daysLeft, List<String> today) {}

    /** Either or both; {@code loadBalancing}: even out due days within FSRS's fuzz range (off by default). */
    record SettingsBody(Double desiredRetention, Boolean loadBalancing) {}

    record SettingsResponse(double desiredRetention, boolean loadBalancing) {}

    @GetMapping("/practice/catch-up")
    @Operation(
            summary = "Coming back after a break: when more cards are due than a day takes, today's share (weakest"
                    + " first) and the days left; the due list and sessions show only today's share")
    CatchUpResponse catchUp(@AuthenticationPrincipal AccountUser user) {
        return plans.catchUp(user.id())
                .map(c -> new CatchUpResponse(
                        true, c.overdue(), c.dailyLimit(), c.today().size(), c.daysLeft(), plans.slugs(c.today())))
                .orElse(new CatchUpResponse(false, 0, 0, 0, 0, List.of()));
    }

    @GetMapping("/practice/due")
    @Operation(summary = "Cards due now, soonest first")
    List<Practice.DueCard> due(
            @AuthenticationPrincipal AccountUser user, @RequestParam(defaultValue = "20") int limit) {
        return practice.due(user.id(), limit);
    }

    @GetMapping("/progress")
    @Operation(summary = "The progress dashboard's figures, in the account's time zone")
    Progress progress(@AuthenticationPrincipal AccountUser user) {
        return progress.of(user.id());
    }

    @GetMapping("/practice/rating-agreement")
    @Operation(
            summary = "How often your rating matched the one suggested from your typed answer"
                    + " ({suggested, agreed, share}; share is null without suggestions)")
    AgreementResponse ratingAgreement(@AuthenticationPrincipal AccountUser user) {
        var agreement = practice.ratingAgreement(user.id());
        return new AgreementResponse(agreement.suggested(), agreement.agreed(), agreement.share());
    }

    record AgreementResponse(int suggested, int agreed, Double share) {}

    @PutMapping("/practice/settings")
    @Operation(
            summary = "Desired retention for scheduling (0.70 to 0.97, default 0.90) and load balancing (evens out"
                    + " due days within FSRS's fuzz range; default false); either or both")
    SettingsResponse settings(@AuthenticationPrincipal AccountUser user, @RequestBody SettingsBody body) {
        if (body.desiredRetention() == null && body.loadBalancing() == null) {
            throw new InvalidParameterException("desiredRetention", "is required (or loadBalancing)");
        }
        practice.setSettings(user.id(), body.desiredRetention(), body.loadBalancing());
        return new SettingsResponse(practice.retention(user.id()), practice.loadBalancing(user.id()));
    }

    @GetMapping("/practice/settings")
    @Operation(summary = "Desired retention and load balancing")
    SettingsResponse settings(@AuthenticationPrincipal AccountUser user) {
        return new SettingsResponse(practice.retention(user.id()), practice.loadBalancing(user.id()));
    }
}
