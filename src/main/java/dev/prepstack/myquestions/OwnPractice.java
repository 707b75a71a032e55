package dev.prepstack.myquestions;

import dev.prepstack.feedback.AnswerFeedback;
import dev.prepstack.feedback.Feedback;
import dev.prepstack.practice.Card;
import dev.prepstack.practice.CardState;
import dev.prepstack.practice.Fsrs;
import dev.prepstack.practice.MemoryModel;
import dev.prepstack.practice.Practice;
import dev.prepstack.practice.Rating;
import dev.prepstack.shared.InvalidParameterException;
import dev.prepstack.shared.RateLimitProperties;
import dev.prepstack.shared.RateLimiter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Practising own questions: the same FSRS-6 scheduler as the bank, with the person's own fitted
 * parameters and desired retention, and answers checked against the question's own key points by the
 * feedback module's evaluator.
 */
@Service
public class OwnPractice {

    private final OwnQuestions questions;
    private final OwnCardStore cards;
    private final MemoryModel memoryModel;
    private final Practice practice;
    private final AnswerFeedback feedback;
    private final RateLimiter limiter;
    private final RateLimitProperties limits;
    private final Clock clock;

    OwnPractice(
            OwnQuestions questions,
            OwnCardStore cards,
            MemoryModel memoryModel,
            Practice practice,
            AnswerFeedback feedback,
            RateLimiter limiter,
            RateLimitProperties limits,
            Clock clock) {
        this.limiter = limiter;
        this.limits = limits;
        this.questions = questions;
        this.cards = cards;
        this.memoryModel = memoryModel;
        this.practice = practice;
        this.feedback = feedback;
        this.clock = clock;
    }

    /** What a review did to the card: when the question comes back. */
    public record ReviewResult(long questionId, CardState state, Instant due, double stability, double difficulty) {}

    /** A card as the pages show it; {@code card} is null for a question never reviewed. */
    public record Status(OwnQuestion question, Card card) {}

    public record Summary(int total, int due, int fresh, int reviews, int mastered) {}

    @Transactional
    public ReviewResult review(long accountId, long questionId, Rating rating, String answer, Integer feedbackScore) {
        if (rating == null) {
            throw new InvalidParameterException("rating", "must be one of again, hard, good, easy");
        }
        if (answer != null && answer.length() > Practice.MAX_ANSWER) {
            throw new InvalidParameterException("answer", "must be at most 20,000 characters");
        }
        questions.find(accountId, questionId);
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        Card card = cards.lock(accountId, questionId, now);
        Card next = scheduler(accountId).review(card, rating, now);
        boolean lapse = card.state() == CardState.REVIEW && rating == Rating.AGAIN;
        cards.save(accountId, questionId, next, now, lapse);
        cards.addReview(
                accountId,
                questionId,
                rating,
                now,
                answer == null || answer.isBlank() ? null : answer,
                feedbackScore,
                next);
        return new ReviewResult(questionId, next.state(), next.due(), next.stability(), next.difficulty());
    }

    /** The questions to practise now, due ones first, then new ones; optionally one tag only. */
    @Transactional(readOnly = true)
    public List<OwnQuestion> due(long accountId, String tag, int limit) {
        if (limit < 1 || limit > 100) {
            throw new InvalidParameterException("limit", "must be between 1 and 100");
        }
        if (tag != null && (tag.isBlank() || tag.length() > 40 || tag.contains("\""))) {
            throw new InvalidParameterException("tag", "must be 1 to 40 characters");
        }
        return cards
                .dueOrNew(
                        accountId,
                        clock.instant(),
                        tag == null ? null : tag.strip().toLowerCase(Locale.ROOT),
                        limit)
                .stream()
                .map(id -> questions.find(accountId, id))
                .toList();
    }

    @Transactional(readOnly = true)
    public Status status(long accountId, long questionId) {
        return new Status(
                questions.find(accountId, questionId),
                cards.find(accountId, questionId).orElse(null));
    }

    @Transactional(readOnly = true)
    public Summary summary(long accountId) {
        var c = cards.counts(accountId, clock.instant());
        return new Summary(c.total(), c.due(), c.fresh(), c.reviews(), c.mastered());
    }

    /**
     * Evaluates an answer against the question's own key points and answer, through the feedback
     * module's rubric entry point. Outside any transaction: evaluation takes a while.
     */
    public Feedback check(long accountId, long questionId, String answer) {
        OwnQuestion q = questions.find(accountId, questionId);
        // The same allowance as checking an answer to a bank question.
        limiter.check("feedback-user", String.valueOf(accountId), limits.feedbackPerMinute(), Duration.ofMinutes(1));
        return feedback.forRubric(q.title(), q.keyPoints(), q.answer(), answer);
    }

    private Fsrs scheduler(long accountId) {
        return new Fsrs(
                memoryModel.status(accountId).parameters(),
                practice.retention(accountId),
                Fsrs.DEFAULT_LEARNING_STEPS,
                Fsrs.DEFAULT_RELEARNING_STEPS,
                Fsrs.DEFAULT_MAXIMUM_INTERVAL);
    }
}
