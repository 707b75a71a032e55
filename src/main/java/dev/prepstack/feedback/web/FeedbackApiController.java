package dev.prepstack.feedback.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.feedback.AnswerFeedback;
import dev.prepstack.feedback.Feedback;
import dev.prepstack.shared.InvalidParameterException;
import dev.prepstack.shared.RateLimitProperties;
import dev.prepstack.shared.RateLimiter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(
        name = "Feedback",
        description = "Evaluate an answer against a bank question or your own rubric; public, rate limited")
class FeedbackApiController {

    private final AnswerFeedback feedback;
    private final RateLimiter limiter;
    private final RateLimitProperties limits;

    FeedbackApiController(AnswerFeedback feedback, RateLimiter limiter, RateLimitProperties limits) {
        this.feedback = feedback;
        this.limiter = limiter;
        this.limits = limits;
    }

    record FeedbackRequest(
            String questionSlug,
            String question,
            List<String> keyPoints,
            String referenceAnswer,
            String answer,
            Boolean save) {}

    record KeyPoint(String text, boolean covered, String evidence, double similarity) {}

    record FeedbackResponse(
            int score,
            List<KeyPoint> keyPoints,
            Feedback.Star star,
            List<String> suggestions,
            String engine,
            boolean semantic) {}

    @PostMapping("/feedback")
    @Operation(
            summary =
                    "Which key points an answer covers, a 0-100 score, STAR parts and suggestions (answer up to 20,000 characters)")
    FeedbackResponse evaluate(
            @RequestBody FeedbackRequest body, @AuthenticationPrincipal AccountUser user, HttpServletRequest request) {
        limiter.check("feedback-ip", request.getRemoteAddr(), limits.feedbackPerMinute(), Duration.ofMinutes(1));
        if (user != null) {
            limiter.check(
                    "feedback-user", String.valueOf(user.id()), limits.feedbackPerMinute(), Duration.ofMinutes(1));
        }
        boolean bank = body.questionSlug() != null && !body.questionSlug().isBlank();
        Feedback f = bank
                ? feedback.forQuestion(body.questionSlug(), body.answer())
                : feedback.forRubric(body.question(), body.keyPoints(), body.referenceAnswer(), body.answer());
        if (Boolean.TRUE.equals(body.save())) {
            if (user == null) {
                throw new InvalidParameterException("save", "needs a bearer token: anonymous feedback is not kept");
            }
            feedback.save(user.id(), bank ? body.questionSlug() : null, body.answer(), f);
        }
        return new FeedbackResponse(
                f.score(),
                f.keyPoints().stream()
                        .map(k -> new KeyPoint(k.text(), k.covered(), k.evidence(), k.similarity()))
                        .toList(),
                f.star(),
                f.suggestions(),
                f.engine(),
                f.semantic());
    }
}
