package dev.prepstack.practice.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.content.Level;
import dev.prepstack.practice.InterviewPlan;
import dev.prepstack.practice.InterviewPlans;
import dev.prepstack.practice.PlanForecast;
import dev.prepstack.practice.PlanRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Interview date mode over the API: plans towards interview dates and their forecasts. */
@RestController
@RequestMapping("/api/v1/practice/plans")
@Tag(name = "Practice", description = "Spaced-repetition practice (FSRS-6) and progress; bearer token")
class PlanApiController {

    private final InterviewPlans plans;

    PlanApiController(InterviewPlans plans) {
        this.plans = plans;
    }

    record PlanResponse(
            long id,
            String title,
            LocalDate interviewOn,
            String role,
            String seniority,
            List<String> topics,
            List<String> levels,
            int minutesPerDay,
            double target,
            Instant createdAt) {

        static PlanResponse of(InterviewPlan p) {
            return new PlanResponse(
                    p.id(),
                    p.title(),
                    p.interviewOn(),
                    p.role(),
                    p.seniority() == null ? null : p.seniority().slug(),
                    p.topics(),
                    p.levels().stream().map(Level::slug).toList(),
                    p.minutesPerDay(),
                    p.target(),
                    p.createdAt());
        }
    }

    record ForecastResponse(
            PlanResponse plan,
            boolean fits,
            int questionsInScope,
            int seen,
            int daysLeft,
            int reviewsPerDay,
            double secondsPerReview,
            boolean ownPace,
            double meanRetrievability,
            int unseenOnTheDay,
            int daysOverLimit,
            int minutesNeeded,
            List<PlanForecast.Day> days,
            List<PlanForecast.TopicForecast> topics,
            List<PlanForecast.Choice> choices) {

        static ForecastResponse of(PlanForecast f) {
            return new ForecastResponse(
                    PlanResponse.of(f.plan()),
                    f.fits(),
                    f.inScope(),
                    f.seen(),
                    f.daysLeft(),
                    f.reviewsPerDay(),
                    f.secondsPerReview(),
                    f.ownPace(),
                    f.meanRetrievability(),
                    f.unseenOnTheDay(),
                    f.daysOverLimit(),
                    f.minutesNeeded(),
                    f.days(),
                    f.topics(),
                    f.choices());
        }
    }

    @PostMapping
    @Operation(
            summary = "Plan for an interview: date (after today), scope (role with seniority, or topics with"
                    + " optional levels), minutes per day (5 to 600), target retrievability (0.70 to 0.97)")
    ResponseEntity<PlanResponse> create(@AuthenticationPrincipal AccountUser user, @RequestBody PlanRequest request) {
        InterviewPlan plan = plans.create(user.id(), request);
        return ResponseEntity.created(URI.create("/api/v1/practice/plans/" + plan.id()))
                .body(PlanResponse.of(plan));
    }

    @GetMapping
    @Operation(summary = "Your interview plans, nearest date first (past ones included)")
    List<PlanResponse> list(@AuthenticationPrincipal AccountUser user) {
        return plans.list(user.id()).stream().map(PlanResponse::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of your interview plans")
    PlanResponse get(@AuthenticationPrincipal AccountUser user, @PathVariable long id) {
        return PlanResponse.of(plans.get(user.id(), id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change an interview plan (the same fields as creating one)")
    PlanResponse update(
            @AuthenticationPrincipal AccountUser user, @PathVariable long id, @RequestBody PlanRequest request) {
        return PlanResponse.of(plans.update(user.id(), id, request));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete an interview plan; practice goes back to plain FSRS-6 for its questions")
    ResponseEntity<Void> delete(@AuthenticationPrincipal AccountUser user, @PathVariable long id) {
        plans.delete(user.id(), id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/forecast")
    @Operation(
            summary = "The plan from today: new questions, reviews and minutes per day until the date,"
                    + " predicted retrievability on the day per topic, and choices when it does not fit")
    ForecastResponse forecast(@AuthenticationPrincipal AccountUser user, @PathVariable long id) {
        return ForecastResponse.of(plans.forecast(user.id(), id));
    }
}
