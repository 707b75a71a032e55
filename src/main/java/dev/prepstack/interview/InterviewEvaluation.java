package dev.prepstack.interview;

import dev.prepstack.catalog.Catalog;
import dev.prepstack.catalog.Topic;
import dev.prepstack.feedback.AnswerFeedback;
import dev.prepstack.feedback.Feedback;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Scores an interview's answers through feedback's API and keeps them, and builds the report; runs
 * inside the caller's transaction.
 */
@Component
class InterviewEvaluation {

    private final MockInterviewStore store;
    private final InterviewPlanning planning;
    private final Catalog catalog;
    private final AnswerFeedback feedback;
    private final FollowUpScoring followUpScoring;

    InterviewEvaluation(
            MockInterviewStore store,
            InterviewPlanning planning,
            Catalog catalog,
            AnswerFeedback feedback,
            FollowUpScoring followUpScoring) {
        this.store = store;
        this.planning = planning;
        this.catalog = catalog;
        this.feedback = feedback;
        this.followUpScoring = followUpScoring;
    }

    /**
     * Evaluates the item's main answer and, with {@code followUpsToo}, its follow-up answers, and
     * keeps them; returns the question's score as the report counts it (see {@link
     * InterviewReport#FOLLOW_UP_SHARE}). Without {@code followUpsToo} the follow-ups stay unscored,
     * as in an interview finished before follow-ups were scored.
     */
    int evaluate(long id, MockInterview.Item item, boolean followUpsToo) {
        Feedback f = feedback.forQuestion(item.slug(), item.answerText(0));
        List<FollowUpScore> followUps = followUpsToo ? followUpScoring.score(item) : null;
        store.keepEvaluation(id, item.position(), f, followUps);
        return InterviewReport.questionScore(f, followUps);
    }

    /**
     * Answers evaluated while the embedding model was still loading were matched on words only;
     * once it has loaded they are evaluated again, so the kept report is the better one.
     */
    InterviewReport rescoreIfModelLoaded(long accountId, MockInterview interview) {
        if (!feedback.modelReady()) {
            return reportOf(interview);
        }
        boolean changed = false;
        for (MockInterview.Item item : interview.questions()) {
            boolean mainOnWords = item.feedback() != null
                    && !item.feedback().semantic()
                    && !item.answerText(0).isBlank();
            boolean followUpOnWords = item.followUpScores() != null
                    && item.followUpScores().stream()
                            .anyMatch(u -> u.feedback() != null && !u.feedback().semantic());
            if (mainOnWords || followUpOnWords) {
                // An interview finished before follow-ups were scored keeps them unscored, as it was then.
                evaluate(interview.id(), item, item.followUpScores() != null);
                changed = true;
            }
        }
        if (!changed) {
            return reportOf(interview);
        }
        MockInterview rescored = store.load(accountId, interview.id()).orElseThrow();
        store.rescore(
                interview.id(),
                InterviewReport.overallOf(rescored.questions().stream()
                        .map(InterviewReport::questionScore)
                        .toList()));
        return reportOf(store.load(accountId, interview.id()).orElseThrow());
    }

    InterviewReport reportOf(MockInterview interview) {
        Map<String, String> names = new HashMap<>();
        for (Topic t : catalog.topics()) {
            names.put(t.slug(), t.name());
        }
        String roleName =
                interview.role() == null ? null : planning.roleNames().getOrDefault(interview.role(), interview.role());
        return InterviewReport.of(interview, roleName, names);
    }
}
