package dev.prepstack.practice;

import dev.prepstack.feedback.AnswerFeedback;
import dev.prepstack.feedback.Feedback;
import dev.prepstack.shared.InvalidParameterException;
import dev.prepstack.shared.NotFoundException;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ratings from the typed answer over the API, as the pages do them: at reveal the answer is
 * evaluated and the rating it suggests ({@link SuggestedRating}, none when the evaluator is unsure)
 * comes with the feedback; a review with an answer is evaluated again on the server, and the
 * feedback, the suggestion and the rating chosen are stored together, so the agreement figure is
 * the same for API and page reviews.
 *
 * <p>Not transactional: the evaluation runs before the review's own transaction.
 */
@Service
public class AnswerRatings {

    private final AnswerFeedback feedback;
    private final Practice practice;
    private final JsonMapper json = JsonMapper.builder().build();

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

    AnswerRatings(AnswerFeedback feedback, Practice practice) {
        this.feedback = feedback;
        this.practice = practice;
    }

    /** The feedback on an answer at reveal and the rating it suggests (null: nothing suggested). */
    public record Reveal(String questionSlug, Feedback feedback, Rating suggested) {}

    /** A recorded review with the rating suggested from its answer (null: none). */
    public record Rated(ReviewResult result, Rating suggested) {

        /** Whether the rating chosen is the one suggested; null without a suggestion. */
        public Boolean agreed(Rating chosen) {
            return suggested == null ? null : suggested == chosen;
        }
    }

    public Reveal reveal(String questionSlug, String answer) {
        if (answer == null || answer.isBlank()) {
            throw new InvalidParameterException("answer", "is required: the typed answer to evaluate");
        }
        if (answer.length() > Practice.MAX_ANSWER) {
            throw new InvalidParameterException("answer", "must be at most " + Practice.MAX_ANSWER + " characters");
        }
        checkSlug(questionSlug);
        return evaluate(questionSlug, answer);
    }

    /** The feedback on an answer to a question and the rating it suggests, unchecked (the pages' reveal). */
    Reveal evaluate(String questionSlug, String answer) {
        Feedback f = feedback.forQuestion(questionSlug, answer);
        return new Reveal(questionSlug, f, SuggestedRating.from(f).orElse(null));
    }

    /** A 404 for an unknown question; a slug that cannot be one is not echoed back. */
    private void checkSlug(String slug) {
        if (slug == null || slug.isBlank()) {
            throw new InvalidParameterException("questionSlug", "is required");
        }
        if (!SLUG.matcher(slug).matches()) {
            throw new NotFoundException("No such question");
        }
        practice.questionExists(slug);
    }

    /**
     * Records a review. With a typed answer the suggestion is the server's own evaluation of it (a
     * suggestion sent along is ignored); without one, the suggestion sent is kept as given. A
     * repeated client review id returns the first review's result, also when the two race.
     */
    public Rated review(long accountId, ReviewCommand command) {
        try {
            return record(accountId, command);
        } catch (Practice.ConcurrentReviewException e) {
            // The same client review id raced: its transaction rolled back, the first one's result stands.
            return new Rated(
                    practice.byClientId(accountId, command.clientReviewId()).orElseThrow(), null);
        }
    }

    private Rated record(long accountId, ReviewCommand command) {
        String answer = command.answer();
        if (answer == null || answer.isBlank() || answer.length() > Practice.MAX_ANSWER) {
            return new Rated(practice.review(accountId, command), command.suggestedRating());
        }
        checkSlug(command.questionSlug());
        Feedback f = feedback.forQuestion(command.questionSlug(), answer);
        Rating suggested = SuggestedRating.from(f).orElse(null);
        ReviewResult result = practice.review(
                accountId,
                new ReviewCommand(
                        command.questionSlug(),
                        command.rating(),
                        answer,
                        command.elapsedSeconds(),
                        command.reviewedAt(),
                        command.clientReviewId(),
                        f.score(),
                        json.writeValueAsString(f),
                        suggested));
        return new Rated(result, suggested);
    }
}
