package dev.prepstack.interview;

import dev.prepstack.catalog.Catalog;
import dev.prepstack.catalog.Question;
import dev.prepstack.content.FollowUp;
import dev.prepstack.feedback.AnswerFeedback;
import dev.prepstack.feedback.Feedback;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Scores the follow-up answers of one interview question when the interview finishes, through the
 * feedback module's evaluator like the main answers.
 *
 * <p>A follow-up is the bank's when its text is one of the asked question's follow-ups (the
 * interview keeps only the text: {@link FollowUpCoach} returns questions; a coach question worded
 * exactly like a bank follow-up is, rightly, scored like it). A bank follow-up with a short answer
 * of its own is scored on its key points and answer; one that points ({@code see}) to another bank
 * question on that question's key points and model answer. Anything else, the LLM coach's question about what the
 * candidate said above all, has no rubric and stays unscored: scoring it against the main question's
 * rubric would grade an answer to a different question.
 */
@Component
class FollowUpScoring {

    private final Catalog catalog;
    private final AnswerFeedback feedback;

    FollowUpScoring(Catalog catalog, AnswerFeedback feedback) {
        this.catalog = catalog;
        this.feedback = feedback;
    }

    /** What a follow-up is scored against. */
    sealed interface Basis {}

    /** The follow-up's own short answer and key points. */
    record OwnAnswer(FollowUp followUp) implements Basis {}

    /** The bank question the follow-up points to. */
    record SeeQuestion(FollowUp followUp, Question question) implements Basis {}

    /** No rubric: the coach's question, or one the bank has no answer for. */
    record NoRubric() implements Basis {}

    /**
     * The rule: which rubric scores the follow-up {@code text} asked after {@code asked}.
     *
     * @param questions looks up the question a follow-up points to (live or retired)
     */
    static Basis basis(Question asked, String text, Function<String, Optional<Question>> questions) {
        if (asked == null || text == null) {
            return new NoRubric();
        }
        String wanted = normalised(text);
        for (FollowUp f : asked.followUps()) {
            if (!normalised(f.question()).equals(wanted)) {
                continue;
            }
            if (f.hasAnswer()) {
                return new OwnAnswer(f);
            }
            if (f.see() != null) {
                Optional<Question> target = questions.apply(f.see());
                if (target.isPresent()) {
                    return new SeeQuestion(f, target.get());
                }
            }
        }
        return new NoRubric();
    }

    /** One entry per follow-up the item asked, in order; empty when none were asked. */
    List<FollowUpScore> score(MockInterview.Item item) {
        if (item.followUps().isEmpty()) {
            return List.of();
        }
        Question asked = catalog.question(item.slug()).orElse(null);
        List<FollowUpScore> scores = new ArrayList<>();
        for (int i = 0; i < item.followUps().size(); i++) {
            int index = i + 1;
            String answer = item.answerText(index);
            Basis basis = basis(asked, item.followUps().get(i), catalog::question);
            scores.add(
                    switch (basis) {
                        case NoRubric none ->
                            new FollowUpScore(index, FollowUpScore.Status.NO_RUBRIC, null, null, null, null);
                        case OwnAnswer own -> {
                            FollowUp f = own.followUp();
                            Feedback result = answer.isBlank()
                                    ? null
                                    : feedback.forRubric(f.question(), f.keyPoints(), f.answer(), answer);
                            yield new FollowUpScore(index, status(result), null, null, f.answer(), result);
                        }
                        case SeeQuestion see -> {
                            Question q = see.question();
                            Feedback result = answer.isBlank() ? null : feedback.forQuestion(q.slug(), answer);
                            yield new FollowUpScore(index, status(result), q.slug(), q.title(), q.summary(), result);
                        }
                    });
        }
        return List.copyOf(scores);
    }

    private static FollowUpScore.Status status(Feedback result) {
        return result == null ? FollowUpScore.Status.UNANSWERED : FollowUpScore.Status.SCORED;
    }

    private static String normalised(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
