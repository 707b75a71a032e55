package dev.prepstack.feedback.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.feedback.AnswerFeedback;
import dev.prepstack.feedback.CoachUnavailableException;
import dev.prepstack.feedback.Coaching;
import dev.prepstack.feedback.Feedback;
import dev.prepstack.feedback.LlmCoach;
import dev.prepstack.feedback.Rubric;
import dev.prepstack.shared.InvalidParameterException;
import dev.prepstack.shared.RateLimitProperties;
import dev.prepstack.shared.RateLimiter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@RequestMapping("/api/v1")
@Tag(
        name = "Feedback",
        description = "Evaluate an answer against a bank question or your own rubric; public, rate limited")
class FeedbackApiController {

    private final AnswerFeedback feedback;
    private final LlmCoach coach;
    private final CoachStreams streams;
    private final RateLimiter limiter;
    private final RateLimitProperties limits;

    FeedbackApiController(
            AnswerFeedback feedback,
            LlmCoach coach,
            CoachStreams streams,
            RateLimiter limiter,
            RateLimitProperties limits) {
        this.feedback = feedback;
        this.coach = coach;
        this.streams = streams;
        this.limiter = limiter;
        this.limits = limits;
    }

    record FeedbackRequest(
            String questionSlug,
            String question,
            List<String> keyPoints,
            String referenceAnswer,
            String answer,
            Boolean save,
            Boolean coach) {}

    /** {@code verdict}: covered, partly or missed ({@code covered} is true for the first two). */
    record KeyPoint(
            String text,
            boolean covered,
            String verdict,
            String evidence,
            double similarity,
            Double confidence,
            String mistake) {}

    record FeedbackResponse(
            int score,
            List<KeyPoint> keyPoints,
            Feedback.Star star,
            List<String> suggestions,
            String engine,
            boolean semantic,
            String evaluatorVersion,
            Double confidence,
            boolean unsure,
            String band,
            String narrative,
            String followUpQuestion,
            String coachNotice) {}

    /** A request checked, evaluated by the built-in evaluator, and ready for the coach. */
    private record Evaluated(String slug, Rubric rubric, Feedback feedback, boolean coach, String notice) {}

    @PostMapping(value = "/feedback", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary =
                    "Which key points an answer covers, a 0-100 score, STAR parts and suggestions (answer up to 20,000 characters);"
                            + " with an LLM coach configured, also a narrative and a follow-up question (engine \"llm\")")
    FeedbackResponse evaluate(
            @RequestBody FeedbackRequest body, @AuthenticationPrincipal AccountUser user, HttpServletRequest request) {
        Evaluated e = evaluateBuiltIn(body, user, request);
        Coaching coaching = null;
        String notice = e.notice();
        if (e.coach()) {
            try {
                coaching = coach.coach(e.rubric(), body.answer(), e.feedback(), piece -> {});
            } catch (CoachUnavailableException ex) {
                notice = ex.getMessage();
            }
        }
        if (Boolean.TRUE.equals(body.save())) {
            feedback.save(user.id(), e.slug(), body.answer(), e.feedback(), coaching);
        }
        return response(e.feedback(), coaching, notice);
    }

    @PostMapping(value = "/feedback", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(
            summary = "The same, streamed as server-sent events: 'feedback' (the built-in result) at once, then the"
                    + " coach's 'delta' text as it is written and one 'coaching' event, or one 'fallback' event")
    SseEmitter stream(
            @RequestBody FeedbackRequest body, @AuthenticationPrincipal AccountUser user, HttpServletRequest request) {
        Evaluated e = evaluateBuiltIn(body, user, request);
        Feedback f = e.feedback();
        if (!e.coach() && Boolean.TRUE.equals(body.save())) {
            feedback.save(user.id(), e.slug(), body.answer(), f, null);
        }
        return streams.stream(
                e.coach() ? e.rubric() : null,
                body.answer(),
                f,
                emitter -> CoachStreams.send(emitter, "feedback", response(f, null, e.notice())),
                coaching -> {
                    if (e.coach() && Boolean.TRUE.equals(body.save())) {
                        feedback.save(user.id(), e.slug(), body.answer(), f, coaching);
                    }
                });
    }

    private Evaluated evaluateBuiltIn(FeedbackRequest body, AccountUser user, HttpServletRequest request) {
        limiter.check("feedback-ip", request.getRemoteAddr(), limits.feedbackPerMinute(), Duration.ofMinutes(1));
        if (user != null) {
            limiter.check(
                    "feedback-user", String.valueOf(user.id()), limits.feedbackPerMinute(), Duration.ofMinutes(1));
        }
        if (Boolean.TRUE.equals(body.save()) && user == null) {
            throw new InvalidParameterException("save", "needs a bearer token: anonymous feedback is not kept");
        }
        boolean bank = body.questionSlug() != null && !body.questionSlug().isBlank();
        Rubric rubric = bank
                ? feedback.rubricFor(body.questionSlug())
                : feedback.rubric(body.question(), body.keyPoints(), body.referenceAnswer());
        Feedback f = feedback.evaluate(rubric, body.answer());
        // The coach joins unless the caller opts out, there is none, or there is nothing to comment on.
        boolean wantsCoach = coach.enabled()
                && !Boolean.FALSE.equals(body.coach())
                && !body.answer().isBlank();
        // The built-in result is cheap and already computed: over the coach's limit, degrade instead of refusing.
        String notice = wantsCoach ? streams.overLimit(user, request) : null;
        wantsCoach &= notice == null;
        return new Evaluated(bank ? body.questionSlug() : null, rubric, f, wantsCoach, notice);
    }

    private static FeedbackResponse response(Feedback f, Coaching coaching, String notice) {
        return new FeedbackResponse(
                f.score(),
                f.keyPoints().stream()
                        .map(k -> new KeyPoint(
                                k.text(),
                                k.covered(),
                                k.verdict(),
                                k.evidence(),
                                k.similarity(),
                                k.confidence(),
                                k.mistake()))
                        .toList(),
                f.star(),
                f.suggestions(),
                coaching == null ? f.engine() : "llm",
                f.semantic(),
                f.evaluatorVersion(),
                f.confidence(),
                f.unsure(),
                f.band(),
                coaching == null ? null : coaching.narrative(),
                coaching == null ? null : coaching.followUpQuestion(),
                notice);
    }
}
