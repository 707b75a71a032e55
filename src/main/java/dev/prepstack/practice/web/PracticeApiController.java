package dev.prepstack.practice.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.feedback.Feedback;
import dev.prepstack.practice.AnswerRatings;
import dev.prepstack.practice.Practice;
import dev.prepstack.practice.Rating;
import dev.prepstack.practice.ReviewCommand;
import dev.prepstack.practice.ReviewResult;
import dev.prepstack.shared.RateLimitProperties;
import dev.prepstack.shared.RateLimiter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Practice", description = "Spaced-repetition practice (FSRS-6) and progress; bearer token")
class PracticeApiController {

    private final Practice practice;
    private final AnswerRatings ratings;
    private final RateLimiter limiter;
    private final RateLimitProperties limits;

    PracticeApiController(Practice practice, AnswerRatings ratings, RateLimiter limiter, RateLimitProperties limits) {
        this.practice = practice;
        this.ratings = ratings;
        this.limiter = limiter;
        this.limits = limits;
    }

    record SessionResponse(long id, String mode, List<String> questions) {}

    record ReviewResponse(
            String questionSlug,
            String state,
            Integer step,
            Instant due,
            double stability,
            double difficulty,
            double retrievability,
            String rating,
            String suggestedRating,
            Boolean agreed) {}

    record RevealBody(String questionSlug, String answer) {}

    /** A key point of the feedback: its verdict (covered, partly, missed) and the answer's sentence that makes it. */
    record RevealKeyPoint(String text, String verdict, String evidence) {}

    /**
     * {@code suggestedRating}: the rating to pre-select, null when the evaluator is unsure ({@code unsure}, or
     * no semantic model, no key points, a score at a band edge).
     */
    record RevealResponse(
            String questionSlug,
            int score,
            Double confidence,
            boolean unsure,
            String band,
            List<RevealKeyPoint> keyPoints,
            List<String> suggestions,
            String suggestedRating) {}

    @PostMapping("/practice/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start a practice session: new questions, due reviews or both")
    SessionResponse start(@AuthenticationPrincipal AccountUser user, @RequestBody SessionBody body) {
        var session = practice.startSession(user.id(), body.request());
        return new SessionResponse(session.id(), session.mode().name().toLowerCase(), session.questions());
    }

    @PostMapping("/practice/reviews")
    @Operation(
            summary = "Rate a review (again, hard, good, easy); a repeated clientReviewId returns the first result;"
                    + " suggestedRating: the rating suggested from the typed answer, kept beside the one chosen")
    ReviewResponse review(@AuthenticationPrincipal AccountUser user, @RequestBody ReviewBody body) {
        ReviewCommand command = body.command();
        Rating rating = command.rating();
        AnswerRatings.Rated rated = ratings.review(user.id(), command);
        ReviewResult result = rated.result();
        return new ReviewResponse(
                result.questionSlug(),
                result.state().name().toLowerCase(),
                result.step(),
                result.due(),
                result.stability(),
                result.difficulty(),
                result.retrievability(),
                lower(rating),
                lower(rated.suggested()),
                rated.agreed(rating));
    }

    @PostMapping("/practice/reveal")
    @Operation(
            summary = "Reveal with a typed answer (up to 20,000 characters): the feedback on it and the rating it"
                    + " suggests (suggestedRating null when the evaluator is unsure); send the rating chosen with"
                    + " the same answer to /practice/reviews and both are recorded; rate limited like /feedback")
    RevealResponse reveal(
            @AuthenticationPrincipal AccountUser user, @RequestBody RevealBody body, HttpServletRequest request) {
        limiter.check("feedback-ip", request.getRemoteAddr(), limits.feedbackPerMinute(), Duration.ofMinutes(1));
        limiter.check("feedback-user", String.valueOf(user.id()), limits.feedbackPerMinute(), Duration.ofMinutes(1));
        AnswerRatings.Reveal reveal = ratings.reveal(body.questionSlug(), body.answer());
        Feedback f = reveal.feedback();
        return new RevealResponse(
                reveal.questionSlug(),
                f.score(),
                f.confidence(),
                f.unsure(),
                f.band(),
                f.keyPoints().stream()
                        .map(k -> new RevealKeyPoint(k.text(), k.verdict(), k.evidence()))
                        .toList(),
                f.suggestions(),
                lower(reveal.suggested()));
    }

    private static String lower(Rating rating) {
        return rating == null ? null : rating.name().toLowerCase(java.util.Locale.ROOT);
    }
}
