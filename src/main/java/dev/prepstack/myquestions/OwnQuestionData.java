package dev.prepstack.myquestions;

import dev.prepstack.account.PersonalData;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Own questions in the account's export and deletion: the questions, their cards and reviews. */
@Component
class OwnQuestionData implements PersonalData {

    private final OwnQuestionStore store;
    private final StagedImportStore staged;
    private final QuestionSetStore sets;
    private final JdbcClient jdbc;

    OwnQuestionData(OwnQuestionStore store, StagedImportStore staged, QuestionSetStore sets, JdbcClient jdbc) {
        this.sets = sets;
        this.store = store;
        this.staged = staged;
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "ownQuestions";
    }

    @Override
    public Object export(long accountId) {
        List<Map<String, Object>> questions = store.all(accountId).stream()
                .map(q -> PersonalData.row(
                        "id", q.id(),
                        "title", q.title(),
                        "answer", q.answer(),
                        "keyPoints", q.keyPoints(),
                        "followUps", q.followUps(),
                        "tags", q.tags(),
                        "level", q.level(),
                        "source", q.source(),
                        "createdAt", q.createdAt().toString(),
                        "updatedAt", q.updatedAt().toString()))
                .toList();
        List<Map<String, Object>> cards = jdbc.sql("""
                        SELECT own_question_id, state, step, stability, difficulty, due, last_review, reps, lapses
                        FROM own_question_card WHERE account_id = ? ORDER BY own_question_id""")
                .param(accountId)
                .query((rs, i) -> PersonalData.row(
                        "question", rs.getLong(1),
                        "state", rs.getString(2),
                        "step", rs.getObject(3),
                        "stability", rs.getObject(4),
                        "difficulty", rs.getObject(5),
                        "due", instant(rs.getObject(6, OffsetDateTime.class)),
                        "lastReview", instant(rs.getObject(7, OffsetDateTime.class)),
                        "reps", rs.getInt(8),
                        "lapses", rs.getInt(9)))
                .list();
        List<Map<String, Object>> reviews = jdbc.sql("""
                        SELECT own_question_id, rating, reviewed_at, answer, feedback_score, state, stability, difficulty, due
                        FROM own_question_review WHERE account_id = ? ORDER BY id""")
                .param(accountId)
                .query((rs, i) -> PersonalData.row(
                        "question", rs.getLong(1),
                        "rating", rs.getString(2),
                        "reviewedAt", instant(rs.getObject(3, OffsetDateTime.class)),
                        "answer", rs.getString(4),
                        "feedbackScore", rs.getObject(5),
                        "state", rs.getString(6),
                        "stability", rs.getDouble(7),
                        "difficulty", rs.getDouble(8),
                        "due", instant(rs.getObject(9, OffsetDateTime.class))))
                .list();
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("questions", questions);
        all.put("cards", cards);
        all.put("reviews", reviews);
        all.put("importsAwaitingConfirmation", staged.export(accountId));
        all.put(
                "sharedSets",
                sets.ofOwner(accountId).stream()
                        .map(s -> PersonalData.row(
                                "id", s.id(),
                                "title", s.title(),
                                "organisationId", s.organisationId(),
                                "createdAt", s.createdAt().toString(),
                                "questions", sets.questionIds(s.id())))
                        .toList());
        return all;
    }

    @Override
    public void erase(long accountId) {
        store.eraseAll(accountId);
    }

    private static String instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant().toString();
    }
}
