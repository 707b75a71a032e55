package dev.prepstack.interview.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.catalog.ResultPage;
import dev.prepstack.interview.InterviewReport;
import dev.prepstack.interview.MockInterview;
import dev.prepstack.interview.MockInterviews;
import dev.prepstack.shared.RateLimitProperties;
import dev.prepstack.shared.RateLimiter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/mock-interviews")
@Tag(name = "Mock interviews", description = "Timed mock interviews, autosaved answers and reports; bearer token")
class MockInterviewApiController {

    private final MockInterviews interviews;
    private final RateLimiter limiter;
    private final RateLimitProperties limits;
    private final Clock clock;

    MockInterviewApiController(
            MockInterviews interviews, RateLimiter limiter, RateLimitProperties limits, Clock clock) {
        this.interviews = interviews;
        this.limiter = limiter;
        this.limits = limits;
        this.clock = clock;
    }

    record StartBody(String role, String seniority, List<String> questionSlugs) {}

    record AnswerBody(String answer, Long revision, Integer followUp) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Start a mock interview: {role, seniority} for a planned set, or {questionSlugs} (1-12) for your own")
    MockInterviewViews.StartResponse start(@AuthenticationPrincipal AccountUser user, @RequestBody StartBody body) {
        MockInterview i = interviews.start(
                user.id(), new MockInterviews.StartCommand(body.role(), body.seniority(), body.questionSlugs()));
        return MockInterviewViews.started(i);
    }

    @GetMapping
    @Operation(summary = "Your mock interviews, newest first")
    ResultPage<MockInterviews.Summary> list(
            @AuthenticationPrincipal AccountUser user,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return interviews.history(user.id(), page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A mock interview with its saved answers; follow-ups appear once the main answer is saved")
    MockInterviewViews.InterviewView get(@AuthenticationPrincipal AccountUser user, @PathVariable long id) {
        MockInterview i = interviews.revealFollowUps(user.id(), id);
        return MockInterviewViews.of(i, clock.instant());
    }

    @PutMapping("/{id}/answers/{slug}")
    @Operation(
            summary =
                    "Autosave an answer {answer, revision, followUp?}; the highest revision wins, late answers are kept"
                            + " and marked late")
    MockInterviews.SavedAnswer save(
            @AuthenticationPrincipal AccountUser user,
            @PathVariable long id,
            @PathVariable String slug,
            @RequestBody AnswerBody body) {
        return interviews.saveAnswer(
                user.id(), id, slug, new MockInterviews.AnswerCommand(body.answer(), body.revision(), body.followUp()));
    }

    @PostMapping("/{id}/finish")
    @Operation(summary = "Finish the interview: every answer is evaluated and the report returned (again on repeat)")
    InterviewReport finish(@AuthenticationPrincipal AccountUser user, @PathVariable long id) {
        limiter.check("mock-finish", "user:" + user.id(), limits.feedbackPerMinute(), Duration.ofMinutes(1));
        return interviews.finish(user.id(), id);
    }

    @GetMapping("/{id}/report")
    @Operation(summary = "The report of a finished interview (409 while it runs)")
    InterviewReport report(@AuthenticationPrincipal AccountUser user, @PathVariable long id) {
        return interviews.report(user.id(), id);
    }

    @PostMapping("/{id}/practice")
    @Operation(summary = "Add the report's weak questions to your practice, due now")
    Map<String, Integer> practise(@AuthenticationPrincipal AccountUser user, @PathVariable long id) {
        return Map.of("added", interviews.practiseWeakQuestions(user.id(), id));
    }

    @ExceptionHandler(MockInterviews.StateConflict.class)
    ResponseEntity<ProblemDetail> conflict(MockInterviews.StateConflict e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Conflict");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
}
