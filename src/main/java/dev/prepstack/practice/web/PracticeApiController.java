package dev.prepstack.practice.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.catalog.QuestionFilters;
import dev.prepstack.content.Kind;
import dev.prepstack.content.Level;
import dev.prepstack.feedback.Feedback;
import dev.prepstack.practice.AnswerRatings;
import dev.prepstack.practice.InterviewPlans;
import dev.prepstack.practice.Practice;
import dev.prepstack.practice.PracticeMode;
import dev.prepstack.practice.Progress;
import dev.prepstack.practice.ProgressReport;
import dev.prepstack.practice.Rating;
import dev.prepstack.practice.ReviewCommand;
import dev.prepstack.practice.ReviewResult;
import dev.prepstack.practice.SessionRequest;
import dev.prepstack.shared.InvalidParameterException;
import dev.prepstack.shared.RateLimitProperties;
import dev.prepstack.shared.RateLimiter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Practice", description = "Spaced-repetition practice (FSRS-6) and progress; bearer token")
class PracticeApiController {

    private final Practice practice;
    private final ProgressReport progress;
    private final AnswerRatings ratings;
    private final InterviewPlans plans;
    private final RateLimiter limiter;
    private final RateLimitProperties limits;

    PracticeApiController(
            Practice practice,
            ProgressReport progress,
            AnswerRatings ratings,
            InterviewPlans plans,
            RateLimiter limiter,
            RateLimitProperties limits) {
        this.practice = practice;
        this.progress = progress;
        this.ratings = ratings;
        this.plans = plans;
        this.limiter = limiter;
        this.limits = limits;
    }

    record SessionBody(
            List<String> topics,
            List<String> levels,
            List<String> kinds,
            String role,
            String pathStep,
            Integer size,
            String mode) {}

    record SessionResponse(long id, String mode, List<String> questions) {}

    record ReviewBody(
            String questionSlug,
            String rating,
            String answer,
            Integer elapsedSeconds,
            String reviewedAt,
            String clientReviewId,
            String suggestedRating) {}

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

    /**
     * The catch-up after a break; {@code catchingUp} false (and the rest 0) when what is due fits in
     * a day.
     */
    record CatchUpResponse(
            boolean catchingUp, int overdue, int reviewsPerDay, int todaysShare, int daysLeft, List<String> today) {}

    /** Either or both; {@code loadBalancing}: even out due days within FSRS's fuzz range (off by default). */
    record SettingsBody(Double desiredRetention, Boolean loadBalancing) {}

    record SettingsResponse(double desiredRetention, boolean loadBalancing) {}

    @PostMapping("/practice/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start a practice session: new questions, due reviews or both")
    SessionResponse start(@AuthenticationPrincipal AccountUser user, @RequestBody SessionBody body) {
        var session = practice.startSession(user.id(), request(body));
        return new SessionResponse(session.id(), session.mode().name().toLowerCase(), session.questions());
    }

    @PostMapping("/practice/reviews")
    @Operation(
            summary = "Rate a review (again, hard, good, easy); a repeated clientReviewId returns the first result;"
                    + " suggestedRating: the rating suggested from the typed answer, kept beside the one chosen")
    ReviewResponse review(@AuthenticationPrincipal AccountUser user, @RequestBody ReviewBody body) {
        Rating rating = Rating.parse(body.rating())
                .orElseThrow(() -> new InvalidParameterException("rating", "must be one of again, hard, good, easy"));
        Rating suggested = body.suggestedRating() == null
                ? null
                : Rating.parse(body.suggestedRating())
                        .orElseThrow(() -> new InvalidParameterException(
                                "suggestedRating", "must be one of again, hard, good, easy"));
        var command = new ReviewCommand(
                body.questionSlug(),
                rating,
                body.answer(),
                body.elapsedSeconds(),
                instant(body.reviewedAt()),
                body.clientReviewId(),
                null,
                null,
                suggested);
        AnswerRatings.Rated rated;
        try {
            rated = ratings.review(user.id(), command);
        } catch (Practice.ConcurrentReviewException e) {
            rated = new AnswerRatings.Rated(
                    practice.byClientId(user.id(), body.clientReviewId()).orElseThrow(), null);
        }
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

    private static String lower(Rating rating) {
        return rating == null ? null : rating.name().toLowerCase(java.util.Locale.ROOT);
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

    static SessionRequest request(SessionBody body) {
        int size = body.size() == null ? 10 : body.size();
        PracticeMode mode = body.mode() == null
                ? PracticeMode.MIXED
                : PracticeMode.parse(body.mode())
                        .orElseThrow(() -> new InvalidParameterException("mode", "must be one of new, due, mixed"));
        List<Level> levels = body.levels() == null
                ? List.of()
                : body.levels().stream().map(QuestionFilters::level).toList();
        List<Kind> kinds = body.kinds() == null
                ? List.of()
                : body.kinds().stream().map(QuestionFilters::kind).toList();
        if (body.topics() != null && body.topics().size() > 20) {
            throw new InvalidParameterException("topics", "at most 20 topics");
        }
        return new SessionRequest(body.topics(), levels, kinds, body.role(), body.pathStep(), size, mode);
    }

    private static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(
                    "reviewedAt", "must be an ISO-8601 instant such as 2026-11-22T10:15:00Z");
        }
    }
}
