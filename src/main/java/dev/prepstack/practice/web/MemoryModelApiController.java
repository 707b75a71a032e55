package dev.prepstack.practice.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.practice.MemoryModel;
import dev.prepstack.practice.Practice;
import dev.prepstack.practice.WorkloadEstimate;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** "Your own memory model" over the API: the person's FSRS parameters, optimisation and workload. */
@RestController
@RequestMapping("/api/v1/practice")
@Tag(name = "Practice", description = "Spaced-repetition practice (FSRS-6) and progress; bearer token")
class MemoryModelApiController {

    private final MemoryModel memoryModel;
    private final Practice practice;

    MemoryModelApiController(MemoryModel memoryModel, Practice practice) {
        this.memoryModel = memoryModel;
        this.practice = practice;
    }

    record RunResponse(
            Instant at,
            String trigger,
            String outcome,
            boolean adopted,
            int reviews,
            Double currentLogLoss,
            Double candidateLogLoss,
            Double currentRmse,
            Double candidateRmse,
            Double improvement,
            String summary) {

        static RunResponse of(MemoryModel.Run run) {
            return run == null
                    ? null
                    : new RunResponse(
                            run.at(),
                            run.trigger().name().toLowerCase(),
                            run.outcome().name().toLowerCase(),
                            run.outcome() == MemoryModel.Outcome.ADOPTED,
                            run.reviews(),
                            run.currentLogLoss(),
                            run.candidateLogLoss(),
                            run.currentRmse(),
                            run.candidateRmse(),
                            run.improvement(),
                            run.summary());
        }
    }

    record ParametersResponse(
            List<Double> parameters,
            boolean defaults,
            Instant optimisedAt,
            boolean automatic,
            int minimumReviews,
            RunResponse lastRun) {

        static ParametersResponse of(MemoryModel.Status s) {
            return new ParametersResponse(
                    java.util.Arrays.stream(s.parameters()).boxed().toList(),
                    s.defaults(),
                    s.adoptedAt(),
                    s.automatic(),
                    s.minimumReviews(),
                    RunResponse.of(s.lastRun()));
        }
    }

    record WorkloadResponse(
            double desiredRetention, int cards, int horizonDays, List<WorkloadEstimate.Point> estimates) {}

    @GetMapping("/parameters")
    @Operation(
            summary = "Your FSRS-6 parameters (your own when optimised, else the defaults), when they were"
                    + " adopted, and the last optimisation's comparison")
    ParametersResponse parameters(@AuthenticationPrincipal AccountUser user) {
        return ParametersResponse.of(memoryModel.status(user.id()));
    }

    @PostMapping("/parameters/optimise")
    @Operation(
            summary = "Fit FSRS-6 parameters to your own reviews (at least 64 on a later day, else 422) and adopt"
                    + " them only if they predict your reviews better; rate limited (429), 503 when busy")
    ResponseEntity<?> optimise(@AuthenticationPrincipal AccountUser user) {
        MemoryModel.Run run = memoryModel.optimiseOnRequest(user.id());
        if (run.outcome() == MemoryModel.Outcome.NOT_ENOUGH_REVIEWS) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, run.summary());
            problem.setTitle("Not enough reviews");
            problem.setType(URI.create("https://prepstack.dev/problems/not-enough-reviews"));
            problem.setProperty("reviews", run.reviews());
            problem.setProperty("minimumReviews", MemoryModel.MINIMUM_REVIEWS);
            return ResponseEntity.unprocessableContent().body(problem);
        }
        return ResponseEntity.ok(RunResponse.of(run));
    }

    @DeleteMapping("/parameters")
    @Operation(summary = "Go back to the FSRS-6 defaults (the monthly refit stops until you optimise again)")
    ParametersResponse reset(@AuthenticationPrincipal AccountUser user) {
        return ParametersResponse.of(memoryModel.resetToDefaults(user.id()));
    }

    @GetMapping("/workload")
    @Operation(
            summary = "Reviews per day to expect at desired retention 0.80, 0.85, 0.90, 0.95 and 0.97 over the next"
                    + " year, simulated for your cards, parameters and rating habits")
    WorkloadResponse workload(@AuthenticationPrincipal AccountUser user) {
        MemoryModel.Workload w = memoryModel.workload(user.id());
        return new WorkloadResponse(practice.retention(user.id()), w.cards(), w.horizonDays(), w.points());
    }

    @ExceptionHandler(MemoryModel.BusyException.class)
    ResponseEntity<ProblemDetail> busy(MemoryModel.BusyException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setTitle("Service unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", "60")
                .body(problem);
    }
}
