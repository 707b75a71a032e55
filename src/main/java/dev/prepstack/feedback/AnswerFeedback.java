package dev.prepstack.feedback;

import dev.prepstack.catalog.Catalog;
import dev.prepstack.catalog.Question;
import dev.prepstack.content.Kind;
import dev.prepstack.embedding.AnswerEmbeddings;
import dev.prepstack.shared.InvalidParameterException;
import dev.prepstack.shared.NotFoundException;
import dev.prepstack.shared.UserText;
import io.micrometer.observation.annotation.Observed;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Evaluates answers against bank questions or typed-in rubrics, and keeps feedback people save. */
@Service
public class AnswerFeedback {

    public static final int MAX_KEY_POINTS = 12;
    public static final int MAX_FIELD = 2_000;

    private final Catalog catalog;
    private final AnswerEmbeddings embeddings;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    AnswerFeedback(Catalog catalog, AnswerEmbeddings embeddings, JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.catalog = catalog;
        this.embeddings = embeddings;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    public boolean modelReady() {
        return embeddings.isReady();
    }

    @Observed(name = "prepstack.feedback.evaluations", contextualName = "answer-evaluation")
    public Feedback forQuestion(String slug, String answer) {
        // The answer is checked first, so a too-long answer is reported even for an unknown question.
        checkAnswer(answer);
        return evaluator().evaluate(rubricFor(slug), answer);
    }

    @Observed(name = "prepstack.feedback.evaluations", contextualName = "answer-evaluation")
    public Feedback forRubric(String question, List<String> keyPoints, String referenceAnswer, String answer) {
        checkAnswer(answer);
        return evaluator().evaluate(rubric(question, keyPoints, referenceAnswer), answer);
    }

    /** A bank question's rubric: its title, key points and model answer. */
    public Rubric rubricFor(String slug) {
        Question q = catalog.question(slug == null ? "" : slug)
                .orElseThrow(() -> new NotFoundException("No question '" + slug + "'"));
        return new Rubric(
                q.title(), q.keyPoints(), q.answerMarkdown(), q.kind() == Kind.BEHAVIORAL, q.misconceptions());
    }

    /** A rubric someone typed in, checked against the same limits as the API. */
    public Rubric rubric(String question, List<String> keyPoints, String referenceAnswer) {
        return typedIn(question, keyPoints, referenceAnswer);
    }

    /** The typed-in rubric of {@link #rubric}, static for bench/feedback-asag.sh (no Spring context). */
    static Rubric typedIn(String question, List<String> keyPoints, String referenceAnswer) {
        if (question == null || question.isBlank() || question.length() > MAX_FIELD) {
            throw new InvalidParameterException("question", "is required, at most " + MAX_FIELD + " characters");
        }
        if (keyPoints == null || keyPoints.isEmpty() || keyPoints.size() > MAX_KEY_POINTS) {
            throw new InvalidParameterException("keyPoints", "must list 1 to " + MAX_KEY_POINTS + " key points");
        }
        for (String k : keyPoints) {
            if (k == null || !UserText.hasContent(k) || k.length() > MAX_FIELD) {
                throw new InvalidParameterException("keyPoints", "each must be 1 to " + MAX_FIELD + " characters");
            }
        }
        keyPoints = keyPoints.stream().map(UserText::clean).toList();
        if (!UserText.hasContent(question)) {
            throw new InvalidParameterException("question", "is required, at most " + MAX_FIELD + " characters");
        }
        question = UserText.clean(question);
        referenceAnswer = referenceAnswer == null ? null : UserText.clean(referenceAnswer);
        if (referenceAnswer != null && referenceAnswer.length() > AnswerEvaluator.MAX_ANSWER) {
            throw new InvalidParameterException(
                    "referenceAnswer", "must be at most " + AnswerEvaluator.MAX_ANSWER + " characters");
        }
        boolean behavioral = question.toLowerCase()
                .matches(".*\\b(tell me about a time|describe a (time|situation)|give an example of a time)\\b.*");
        return new Rubric(question, keyPoints, referenceAnswer, behavioral);
    }

    @Observed(name = "prepstack.feedback.evaluations", contextualName = "answer-evaluation")
    public Feedback evaluate(Rubric rubric, String answer) {
        checkAnswer(answer);
        return evaluator().evaluate(rubric, answer);
    }

    /** Keeps feedback with its answer for the person's history (part of their export and deletion). */
    @Transactional
    public void save(long accountId, String questionSlug, String answer, Feedback feedback) {
        save(accountId, questionSlug, answer, feedback, null);
    }

    /** As above, with the LLM coach's narrative and follow-up when it gave them. */
    @Transactional
    public void save(long accountId, String questionSlug, String answer, Feedback feedback, Coaching coaching) {
        tools.jackson.databind.node.ObjectNode result = json.valueToTree(feedback);
        if (coaching != null) {
            result.put("engine", "llm");
            result.set("coaching", json.valueToTree(coaching));
        }
        // Kept by the question's id, which outlives a rename of its slug; a pasted rubric has none.
        Long questionId = questionSlug == null
                ? null
                : catalog.question(questionSlug).map(Question::id).orElse(null);
        jdbc.sql("INSERT INTO feedback_result (account_id, question_id, answer, score, result_json, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(
                        accountId,
                        questionId,
                        answer,
                        feedback.score(),
                        json.writeValueAsString(result),
                        OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .update();
    }

    private AnswerEvaluator evaluator() {
        return new AnswerEvaluator(embeddings::embedAll);
    }

    static void checkAnswer(String answer) {
        if (answer == null) {
            throw new InvalidParameterException("answer", "is required");
        }
        if (answer.length() > AnswerEvaluator.MAX_ANSWER) {
            throw new InvalidParameterException(
                    "answer", "must be at most " + AnswerEvaluator.MAX_ANSWER + " characters");
        }
    }
}
