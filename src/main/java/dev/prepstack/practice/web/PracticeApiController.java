package dev.prepstack.practice.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.catalog.QuestionFilters;
import dev.prepstack.content.Kind;
import dev.prepstack.content.Level;
import dev.prepstack.practice.Practice;
import dev.prepstack.practice.PracticeMode;
import dev.prepstack.practice.Progress;
import dev.prepstack.practice.ProgressReport;
import dev.prepstack.practice.Rating;
import dev.prepstack.practice.ReviewCommand;
import dev.prepstack.practice.ReviewResult;
import dev.prepstack.practice.SessionRequest;
import dev.prepstack.shared.InvalidParameterException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
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

    PracticeApiController(Practice practice, ProgressReport progress) {
        this.practice = practice;
        this.progress = progress;
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
            double retrievability) {}

    record SettingsBody(Double desiredRetention) {}

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
        ReviewResult result;
        try {
            result = practice.review(user.id(), command);
        } catch (Practice.ConcurrentReviewException e) {
            result = practice.byClientId(user.id(), body.clientReviewId()).orElseThrow();
        }
        return new ReviewResponse(
                result.questionSlug(),
                result.state().name().toLowerCase(),
                result.step(),
                result.due(),
                result.stability(),
                result.difficulty(),
                result.retrievability());
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
    @Operation(summary = "Desired retention for scheduling (0.70 to 0.97, default 0.90)")
    Map<String, Double> settings(@AuthenticationPrincipal AccountUser user, @RequestBody SettingsBody body) {
        if (body.desiredRetention() == null) {
            throw new InvalidParameterException("desiredRetention", "is required");
        }
        practice.setRetention(user.id(), body.desiredRetention());
        return Map.of("desiredRetention", practice.retention(user.id()));
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
