package dev.prepstack.interview;

import dev.prepstack.catalog.CareerRole;
import dev.prepstack.catalog.Catalog;
import dev.prepstack.catalog.Question;
import dev.prepstack.catalog.QuestionFilters;
import dev.prepstack.catalog.QuestionRef;
import dev.prepstack.catalog.ResultPage;
import dev.prepstack.catalog.Topic;
import dev.prepstack.content.Kind;
import dev.prepstack.content.Level;
import dev.prepstack.feedback.AnswerFeedback;
import dev.prepstack.feedback.Feedback;
import dev.prepstack.practice.Practice;
import dev.prepstack.shared.InvalidParameterException;
import dev.prepstack.shared.NotFoundException;
import dev.prepstack.shared.OpaqueTokens;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mock interviews: a planned set of questions on the server's clock, autosaved answers that keep
 * the highest revision, follow-ups after each main answer, and at the end an evaluated report that
 * the owner may share through a revocable link.
 */
@Service
public class MockInterviews {

    public static final int MAX_ANSWER = 20_000;
    public static final int MAX_CUSTOM_QUESTIONS = 12;
    static final String SHARE_PREFIX = "mi_";
    private static final int MAX_FOLLOW_UP_LENGTH = 1_000;
    private static final String SUMMARY = """
            SELECT i.id, i.role_slug, i.seniority, i.started_at, i.finished_at, i.score,
                (SELECT COUNT(*) FROM mock_interview_question q WHERE q.interview_id = i.id), i.time_limit_seconds
            FROM mock_interview i""";

    private final JdbcClient jdbc;
    private final Catalog catalog;
    private final Practice practice;
    private final AnswerFeedback feedback;
    private final FollowUpScoring followUpScoring;
    private final ObjectProvider<FollowUpCoach> coaches;
    private final InterviewProperties limits;
    private final Clock clock;
    private final RandomGenerator seeds;
    private final TransactionTemplate tx;
    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    MockInterviews(
            JdbcClient jdbc,
            Catalog catalog,
            Practice practice,
            AnswerFeedback feedback,
            FollowUpScoring followUpScoring,
            ObjectProvider<FollowUpCoach> coaches,
            InterviewProperties limits,
            Clock clock,
            TransactionTemplate tx) {
        this(jdbc, catalog, practice, feedback, followUpScoring, coaches, limits, clock, new SecureRandom(), tx);
    }

    MockInterviews(
            JdbcClient jdbc,
            Catalog catalog,
            Practice practice,
            AnswerFeedback feedback,
            FollowUpScoring followUpScoring,
            ObjectProvider<FollowUpCoach> coaches,
            InterviewProperties limits,
            Clock clock,
            RandomGenerator seeds,
            TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.practice = practice;
        this.feedback = feedback;
        this.followUpScoring = followUpScoring;
        this.coaches = coaches;
        this.limits = limits;
        this.clock = clock;
        this.seeds = seeds;
        this.tx = tx;
    }

    /** Either a career role and a seniority, or a custom selection of question slugs. */
    public record StartCommand(String role, String seniority, List<String> questionSlugs) {}

    /**
     * An autosave. {@code revision} is the client's counter: the server keeps the highest, so saves
     * arriving out of order never replace a newer answer. {@code followUp} 0 (or null) is the main answer.
     */
    public record AnswerCommand(String answer, Long revision, Integer followUp) {}

    /**
     * What the server holds after an autosave: {@code saved} is false when it already had this or a
     * newer revision, and the fields then describe that newer one.
     */
    public record SavedAnswer(
            String slug, int followUp, long revision, boolean saved, Instant savedAt, boolean late, Instant dueAt) {}

    public record Summary(
            long id,
            String role,
            String seniority,
            Instant startedAt,
            Instant finishedAt,
            Integer score,
            int questions,
            int timeLimitSeconds) {

        public boolean finished() {
            return finishedAt != null;
        }
    }

    /** The interview is in the wrong state for the request: already finished, or not yet. */
    public static final class StateConflict extends RuntimeException {
        StateConflict(String message) {
            super(message);
        }
    }

    @Transactional
    public MockInterview start(long accountId, StartCommand command) {
        List<QuestionRef> planned = plan(accountId, command);
        Instant now = micros(clock.instant());
        boolean custom =
                command.questionSlugs() != null && !command.questionSlugs().isEmpty();
        int total = planned.stream().mapToInt(q -> limits.secondsFor(q.kind())).sum();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO mock_interview (account_id, role_slug, seniority, started_at, time_limit_seconds,
                            cursor_position, cursor_follow_up) VALUES (?, ?, ?, ?, ?, 0, 0)""")
                .params(
                        accountId,
                        custom ? null : command.role().strip(),
                        custom ? null : seniority(command.seniority()).slug(),
                        utc(now),
                        total)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (int i = 0; i < planned.size(); i++) {
            QuestionRef ref = planned.get(i);
            Question q = catalog.question(ref.slug()).orElseThrow();
            int followUps = Math.min(
                    InterviewPlan.followUpsFor(ref.kind()), q.followUps().size());
            jdbc.sql("""
                            INSERT INTO mock_interview_question (interview_id, position, question_id, time_limit_seconds,
                                follow_up_count, opened_at) VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(id, i, ref.id(), limits.secondsFor(ref.kind()), followUps, i == 0 ? utc(now) : null)
                    .update();
        }
        return load(accountId, id).orElseThrow();
    }

    /** The interview, or 404 when there is none or it is someone else's. */
    @Transactional(readOnly = true)
    public MockInterview get(long accountId, long id) {
        return load(accountId, id).orElseThrow(() -> notFound(id));
    }

    @Transactional(readOnly = true)
    public ResultPage<Summary> history(long accountId, int page, int size) {
        QuestionFilters.paging(page, size);
        long total = jdbc.sql("SELECT COUNT(*) FROM mock_interview WHERE account_id = ?")
                .param(accountId)
                .query(Long.class)
                .single();
        List<Summary> items = jdbc.sql(SUMMARY + " WHERE i.account_id = ? ORDER BY i.id DESC LIMIT ? OFFSET ?")
                .params(accountId, size, (long) page * size)
                .query((rs, i) -> summary(rs))
                .list();
        return ResultPage.of(items, page, size, total);
    }

    /** Finished interviews, oldest first: the trend of the last {@code limit}. */
    @Transactional(readOnly = true)
    public List<Summary> finished(long accountId, int limit) {
        List<Summary> newest = new ArrayList<>(
                jdbc.sql(SUMMARY + " WHERE i.account_id = ? AND i.finished_at IS NOT NULL ORDER BY i.finished_at DESC"
                                + " LIMIT ?")
                        .params(accountId, limit)
                        .query((rs, i) -> summary(rs))
                        .list());
        Collections.reverse(newest);
        return newest;
    }

    /**
     * Autosaves an answer. The interview row is locked first, so a save and the finish never
     * interleave; the answer itself is written by a conditional update (or an insert when there is
     * none yet) that only ever raises the revision. Follow-ups still to be chosen are asked of the
     * coach before the lock (see {@link #askCoach}).
     */
    public SavedAnswer saveAnswer(long accountId, long id, String slug, AnswerCommand command) {
        if (command.answer() == null) {
            throw new InvalidParameterException("answer", "is required (it may be empty)");
        }
        if (command.answer().length() > MAX_ANSWER) {
            throw new InvalidParameterException("answer", "must be at most " + MAX_ANSWER + " characters");
        }
        if (command.revision() == null || command.revision() < 0) {
            throw new InvalidParameterException("revision", "is required: a number of 0 or more that increases");
        }
        int followUp = command.followUp() == null ? 0 : command.followUp();
        if (followUp < 0 || followUp > 2) {
            throw new InvalidParameterException("followUp", "must be 0 (the main answer), 1 or 2");
        }
        MockInterview seen = load(accountId, id).orElseThrow(() -> notFound(id));
        Map<Integer, List<String>> asked = followUp == 0 || seen.finished()
                ? Map.of()
                : askCoach(seen, seen.item(slug == null ? "" : slug).stream().toList());
        return tx.execute(status -> saveLocked(accountId, id, slug, command, followUp, asked));
    }

    private SavedAnswer saveLocked(
            long accountId,
            long id,
            String slug,
            AnswerCommand command,
            int followUp,
            Map<Integer, List<String>> asked) {
        lock(accountId, id);
        MockInterview interview = load(accountId, id).orElseThrow(() -> notFound(id));
        if (interview.finished()) {
            throw new StateConflict("The interview is finished; answers can no longer change.");
        }
        MockInterview.Item item = interview
                .item(slug == null ? "" : slug)
                .orElseThrow(() -> new NotFoundException("No such question in mock interview " + id));
        if (followUp > 0) {
            List<String> followUps = followUps(interview, item, asked);
            if (followUp > followUps.size()) {
                throw new InvalidParameterException(
                        "followUp",
                        followUps.isEmpty()
                                ? "this question has no follow-ups"
                                : "must be between 0 and " + followUps.size() + " for this question");
            }
        }
        Instant now = micros(clock.instant());
        boolean late = item.lateAt(now);
        int written = jdbc.sql("""
                        UPDATE mock_interview_answer SET answer = ?, revision = ?, saved_at = ?, late = ?
                        WHERE interview_id = ? AND position = ? AND follow_up = ? AND revision < ?""")
                .params(
                        command.answer(),
                        command.revision(),
                        utc(now),
                        late,
                        id,
                        item.position(),
                        followUp,
                        command.revision())
                .update();
        if (written == 0) {
            written = jdbc.sql("""
                            INSERT INTO mock_interview_answer (interview_id, position, follow_up, answer, revision,
                                first_saved_at, saved_at, late) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                    .params(
                            id,
                            item.position(),
                            followUp,
                            command.answer(),
                            command.revision(),
                            utc(now),
                            utc(now),
                            late)
                    .update();
        }
        if (written > 0) {
            markOpened(id, item.position(), now);
        }
        return jdbc.sql("SELECT revision, saved_at, late FROM mock_interview_answer"
                        + " WHERE interview_id = ? AND position = ? AND follow_up = ?")
                .params(id, item.position(), followUp)
                .query((rs, i) -> new SavedAnswer(
                        item.slug(),
                        followUp,
                        rs.getLong(1),
                        rs.getLong(1) == command.revision(),
                        rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getBoolean(3),
                        item.dueAt()))
                .single();
    }

    /**
     * The interview page's "next": from the step on screen to the next one (the question's
     * follow-ups, then the next question). A repeated or stale submit changes nothing. The coach is
     * asked before the lock, and the step is re-checked under it.
     */
    public MockInterview advance(long accountId, long id, MockInterview.Step from) {
        MockInterview seen = load(accountId, id).orElseThrow(() -> notFound(id));
        Map<Integer, List<String>> asked = seen.finished() || !seen.cursor().equals(from)
                ? Map.of()
                : askCoach(seen, seen.current().stream().toList());
        return tx.execute(status -> advanceLocked(accountId, id, from, asked));
    }

    private MockInterview advanceLocked(
            long accountId, long id, MockInterview.Step from, Map<Integer, List<String>> asked) {
        lock(accountId, id);
        MockInterview interview = load(accountId, id).orElseThrow(() -> notFound(id));
        if (interview.finished()
                || !interview.cursor().equals(from)
                || interview.current().isEmpty()) {
            return interview;
        }
        MockInterview.Item item = interview.current().get();
        List<String> followUps = followUps(interview, item, asked);
        MockInterview.Step next = from.followUp() < followUps.size()
                ? new MockInterview.Step(from.position(), from.followUp() + 1)
                : new MockInterview.Step(from.position() + 1, 0);
        jdbc.sql("UPDATE mock_interview SET cursor_position = ?, cursor_follow_up = ? WHERE id = ?")
                .params(next.position(), next.followUp(), id)
                .update();
        if (next.followUp() == 0 && next.position() < interview.questions().size()) {
            markOpened(id, next.position(), micros(clock.instant()));
        }
        return load(accountId, id).orElseThrow();
    }

    /**
     * The follow-ups of every question whose main answer was given (chosen now where they were not
     * yet): what an API client may see without peeking ahead. The coach is asked before the lock;
     * a main answer first given meanwhile gets its follow-ups at the next request.
     */
    public MockInterview revealFollowUps(long accountId, long id) {
        MockInterview seen = load(accountId, id).orElseThrow(() -> notFound(id));
        if (seen.finished()) {
            return seen;
        }
        Map<Integer, List<String>> asked = askCoach(
                seen,
                seen.questions().stream()
                        .filter(item -> !item.answerText(0).isBlank())
                        .toList());
        if (asked.isEmpty()) {
            return seen;
        }
        return tx.execute(status -> {
            lock(accountId, id);
            MockInterview interview = load(accountId, id).orElseThrow(() -> notFound(id));
            boolean chose = false;
            for (MockInterview.Item item : interview.questions()) {
                if (!item.followUpsChosen() && asked.containsKey(item.position()) && !interview.finished()) {
                    followUps(interview, item, asked);
                    chose = true;
                }
            }
            return chose ? load(accountId, id).orElseThrow() : interview;
        });
    }

    /**
     * Ends the interview: every main answer and every follow-up answer with a rubric goes through
     * the evaluator and the report is kept. Finishing again returns the same report.
     */
    @Transactional
    public InterviewReport finish(long accountId, long id) {
        lock(accountId, id);
        MockInterview interview = load(accountId, id).orElseThrow(() -> notFound(id));
        if (interview.finished()) {
            return rescoreIfModelLoaded(accountId, interview);
        }
        List<Integer> scores = new ArrayList<>();
        for (MockInterview.Item item : interview.questions()) {
            scores.add(evaluate(id, item, true));
        }
        jdbc.sql("UPDATE mock_interview SET finished_at = ?, score = ?, cursor_position = ?, cursor_follow_up = 0"
                        + " WHERE id = ?")
                .params(
                        utc(micros(clock.instant())),
                        InterviewReport.overallOf(scores),
                        interview.questions().size(),
                        id)
                .update();
        return reportOf(load(accountId, id).orElseThrow());
    }

    /** The report of a finished interview; 409 while it runs. */
    @Transactional
    public InterviewReport report(long accountId, long id) {
        MockInterview interview = get(accountId, id);
        if (!interview.finished()) {
            throw new StateConflict("The interview is still running: finish it to get the report.");
        }
        return rescoreIfModelLoaded(accountId, interview);
    }

    /**
     * Puts the questions scored below {@link InterviewReport#WEAK_SCORE} into the person's practice,
     * due now. Returns how many cards were added or brought forward.
     */
    @Transactional
    public int practiseWeakQuestions(long accountId, long id) {
        InterviewReport report = report(accountId, id);
        return report.weakQuestions().isEmpty() ? 0 : practice.dueNow(accountId, report.weakQuestions());
    }

    /**
     * Creates a read-only share link for a finished report and returns its token, shown once: only
     * its hash is stored. A new link replaces the previous one.
     */
    @Transactional
    public String share(long accountId, long id) {
        MockInterview interview = get(accountId, id);
        if (!interview.finished()) {
            throw new StateConflict("Only a finished interview's report can be shared.");
        }
        String token = OpaqueTokens.newToken(SHARE_PREFIX);
        jdbc.sql("UPDATE mock_interview SET share_token_hash = ?, shared_at = ? WHERE id = ? AND account_id = ?")
                .params(OpaqueTokens.hash(token), utc(micros(clock.instant())), id, accountId)
                .update();
        return token;
    }

    @Transactional
    public void revokeShare(long accountId, long id) {
        get(accountId, id);
        jdbc.sql("UPDATE mock_interview SET share_token_hash = NULL, shared_at = NULL WHERE id = ? AND account_id = ?")
                .params(id, accountId)
                .update();
    }

    /** The report behind a live share link; empty for an unknown, malformed or revoked token. */
    @Transactional
    public Optional<InterviewReport> shared(String token) {
        if (token == null || !token.startsWith(SHARE_PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql(
                        "SELECT id, account_id FROM mock_interview WHERE share_token_hash = ? AND finished_at IS NOT NULL")
                .param(OpaqueTokens.hash(token))
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .optional()
                .flatMap(row -> load(row[1], row[0]).map(i -> rescoreIfModelLoaded(row[1], i)));
    }

    /** Display names of the career roles, by slug. */
    public Map<String, String> roleNames() {
        return catalog.roles().stream().collect(Collectors.toMap(CareerRole::slug, CareerRole::name, (a, b) -> a));
    }

    private List<QuestionRef> plan(long accountId, StartCommand command) {
        Map<String, QuestionRef> live = new LinkedHashMap<>();
        catalog.questionRefs().forEach(q -> live.put(q.slug(), q));
        List<String> slugs = command.questionSlugs();
        if (slugs != null && !slugs.isEmpty()) {
            if ((command.role() != null && !command.role().isBlank())
                    || (command.seniority() != null && !command.seniority().isBlank())) {
                throw new InvalidParameterException(
                        "questionSlugs", "give either role and seniority, or questionSlugs, not both");
            }
            if (slugs.size() > MAX_CUSTOM_QUESTIONS) {
                throw new InvalidParameterException("questionSlugs", "at most " + MAX_CUSTOM_QUESTIONS + " questions");
            }
            List<QuestionRef> picked = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < slugs.size(); i++) {
                String slug = slugs.get(i) == null ? "" : slugs.get(i).strip();
                QuestionRef q = slug.length() > 80 ? null : live.get(slug);
                if (q == null) {
                    // The slug is not echoed back: error messages never reflect input.
                    throw new InvalidParameterException(
                            "questionSlugs", "item " + (i + 1) + " is not the slug of a live question");
                }
                if (!seen.add(slug)) {
                    throw new InvalidParameterException("questionSlugs", "item " + (i + 1) + " repeats a question");
                }
                picked.add(q);
            }
            return picked;
        }
        if (command.role() == null || command.role().isBlank()) {
            throw new InvalidParameterException(
                    "role",
                    "is required (or questionSlugs): one of "
                            + String.join(", ", roleNames().keySet()));
        }
        CareerRole role = catalog.role(command.role().strip())
                .orElseThrow(() -> new InvalidParameterException(
                        "role",
                        "must be one of " + String.join(", ", roleNames().keySet())));
        Seniority seniority = seniority(command.seniority());
        Set<String> mastered = practice.cardsBySlug(accountId).entrySet().stream()
                .filter(e -> e.getValue().mastered())
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        List<QuestionRef> plan = InterviewPlan.pick(
                role.topics(),
                seniority,
                List.copyOf(live.values()),
                mastered,
                previousQuestions(accountId),
                new SplittableRandom(seeds.nextLong()));
        if (plan.isEmpty()) {
            throw new InvalidParameterException("role", "the bank has no questions for this role yet");
        }
        return plan;
    }

    private static Seniority seniority(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidParameterException("seniority", "is required: junior, mid or senior");
        }
        return Seniority.fromSlug(value)
                .orElseThrow(() -> new InvalidParameterException("seniority", "must be one of junior, mid, senior"));
    }

    private Set<String> previousQuestions(long accountId) {
        return new HashSet<>(jdbc.sql("""
                        SELECT q.slug FROM mock_interview_question iq JOIN question q ON q.id = iq.question_id
                        WHERE iq.interview_id = (SELECT MAX(id) FROM mock_interview WHERE account_id = ?)""").param(accountId).query(String.class).list());
    }

    /**
     * The coach's follow-ups for those of {@code items} that have none chosen yet, by position. The
     * coach is a remote call of up to 45 s, so this runs outside any transaction; the caller keeps
     * the result under the lock only if no one chose first.
     */
    private Map<Integer, List<String>> askCoach(MockInterview interview, List<MockInterview.Item> items) {
        Map<Integer, List<String>> asked = new HashMap<>();
        for (MockInterview.Item item : items) {
            if (!item.followUpsChosen()) {
                asked.put(item.position(), chooseFollowUps(interview, item));
            }
        }
        return asked;
    }

    /** The question's follow-ups: those chosen before, or else the ones the coach was asked for, now kept. */
    private List<String> followUps(MockInterview interview, MockInterview.Item item, Map<Integer, List<String>> asked) {
        if (item.followUpsChosen()) {
            return item.followUps();
        }
        List<String> chosen = asked.get(item.position());
        if (chosen == null) {
            // Follow-ups, once chosen, are never unchosen; so whatever was unchosen under the lock was unchosen before
            // it.
            throw new IllegalStateException("Follow-ups of question " + item.position() + " were not asked for");
        }
        jdbc.sql("UPDATE mock_interview_question SET follow_ups_json = ? WHERE interview_id = ? AND position = ?"
                        + " AND follow_ups_json IS NULL")
                .params(json.writeValueAsString(chosen), interview.id(), item.position())
                .update();
        return chosen;
    }

    private List<String> chooseFollowUps(MockInterview interview, MockInterview.Item item) {
        List<String> chosen = List.of();
        Optional<Question> question = catalog.question(item.slug());
        if (question.isPresent() && item.followUpCount() > 0) {
            FollowUpCoach coach = coaches.orderedStream().findFirst().orElseThrow();
            // Seeded by interview and question, so a repeated request would choose the same ones.
            var random = new SplittableRandom(interview.id() * 1_000_003L + item.position());
            chosen = coach.followUps(question.get(), item.answerText(0), item.followUpCount(), random).stream()
                    .filter(s -> s != null && !s.isBlank())
                    .map(s -> s.length() > MAX_FOLLOW_UP_LENGTH ? s.substring(0, MAX_FOLLOW_UP_LENGTH) : s)
                    .limit(item.followUpCount())
                    .toList();
        }
        return chosen;
    }

    /**
     * Evaluates the item's main answer and, with {@code followUpsToo}, its follow-up answers, and
     * keeps them; returns the question's score as the report counts it (see {@link
     * InterviewReport#FOLLOW_UP_SHARE}). Without {@code followUpsToo} the follow-ups stay unscored,
     * as in an interview finished before follow-ups were scored.
     */
    private int evaluate(long id, MockInterview.Item item, boolean followUpsToo) {
        Feedback f = feedback.forQuestion(item.slug(), item.answerText(0));
        List<FollowUpScore> followUps = followUpsToo ? followUpScoring.score(item) : null;
        // The score column stays the main answer's, as it always was; the question's score is derived.
        jdbc.sql("UPDATE mock_interview_question SET score = ?, feedback_json = ?, follow_up_scores_json = ?"
                        + " WHERE interview_id = ? AND position = ?")
                .params(
                        f.score(),
                        json.writeValueAsString(f),
                        followUps == null ? null : json.writeValueAsString(followUps),
                        id,
                        item.position())
                .update();
        return InterviewReport.questionScore(f, followUps);
    }

    /**
     * Answers evaluated while the embedding model was still loading were matched on words only;
     * once it has loaded they are evaluated again, so the kept report is the better one.
     */
    private InterviewReport rescoreIfModelLoaded(long accountId, MockInterview interview) {
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
        MockInterview rescored = load(accountId, interview.id()).orElseThrow();
        jdbc.sql("UPDATE mock_interview SET score = ? WHERE id = ?")
                .params(
                        InterviewReport.overallOf(rescored.questions().stream()
                                .map(InterviewReport::questionScore)
                                .toList()),
                        interview.id())
                .update();
        return reportOf(load(accountId, interview.id()).orElseThrow());
    }

    private InterviewReport reportOf(MockInterview interview) {
        Map<String, String> names = new HashMap<>();
        for (Topic t : catalog.topics()) {
            names.put(t.slug(), t.name());
        }
        String roleName =
                interview.role() == null ? null : roleNames().getOrDefault(interview.role(), interview.role());
        return InterviewReport.of(interview, roleName, names);
    }

    private void lock(long accountId, long id) {
        jdbc.sql("SELECT id FROM mock_interview WHERE id = ? AND account_id = ? FOR UPDATE")
                .params(id, accountId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> notFound(id));
    }

    private void markOpened(long id, int position, Instant now) {
        jdbc.sql("UPDATE mock_interview_question SET opened_at = ? WHERE interview_id = ? AND position = ?"
                        + " AND opened_at IS NULL")
                .params(utc(now), id, position)
                .update();
    }

    private Optional<MockInterview> load(long accountId, long id) {
        record Head(
                long id,
                String role,
                String seniority,
                Instant startedAt,
                Instant finishedAt,
                Integer score,
                int position,
                int followUp,
                boolean shared) {}
        Optional<Head> head = jdbc.sql("""
                        SELECT id, role_slug, seniority, started_at, finished_at, score, cursor_position,
                            cursor_follow_up, share_token_hash FROM mock_interview WHERE id = ? AND account_id = ?""")
                .params(id, accountId)
                .query((rs, i) -> new Head(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        instant(rs, 4),
                        instant(rs, 5),
                        (Integer) rs.getObject(6),
                        rs.getInt(7),
                        rs.getInt(8),
                        rs.getString(9) != null))
                .optional();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Head h = head.get();
        Map<Integer, Map<Integer, MockInterview.Answer>> answers = new HashMap<>();
        jdbc.sql("""
                        SELECT position, follow_up, answer, revision, first_saved_at, saved_at, late
                        FROM mock_interview_answer WHERE interview_id = ?""").param(id).query(rs -> {
            answers.computeIfAbsent(rs.getInt(1), k -> new HashMap<>())
                    .put(
                            rs.getInt(2),
                            new MockInterview.Answer(
                                    rs.getInt(2),
                                    rs.getString(3),
                                    rs.getLong(4),
                                    instant(rs, 5),
                                    instant(rs, 6),
                                    rs.getBoolean(7)));
        });
        List<MockInterview.Item> items = new ArrayList<>();
        Instant[] due = {h.startedAt()};
        jdbc.sql("""
                        SELECT iq.position, q.slug, q.title, q.kind, q.level, q.topic_slug, iq.time_limit_seconds,
                            iq.follow_up_count, iq.follow_ups_json, iq.opened_at, iq.feedback_json,
                            iq.follow_up_scores_json
                        FROM mock_interview_question iq JOIN question q ON q.id = iq.question_id
                        WHERE iq.interview_id = ? ORDER BY iq.position""").param(id).query(rs -> {
            int position = rs.getInt(1);
            int limit = rs.getInt(7);
            due[0] = due[0].plusSeconds(limit);
            String followUps = rs.getString(9);
            String feedbackJson = rs.getString(11);
            String followUpScores = rs.getString(12);
            items.add(new MockInterview.Item(
                    position,
                    rs.getString(2),
                    rs.getString(3),
                    Kind.fromSlug(rs.getString(4)).orElseThrow(),
                    Level.fromSlug(rs.getString(5)).orElseThrow(),
                    rs.getString(6),
                    limit,
                    due[0],
                    rs.getInt(8),
                    followUps == null ? List.of() : List.of(json.readValue(followUps, String[].class)),
                    followUps != null,
                    instant(rs, 10),
                    Map.copyOf(answers.getOrDefault(position, Map.of())),
                    feedbackJson == null ? null : json.readValue(feedbackJson, Feedback.class),
                    followUpScores == null ? null : List.of(json.readValue(followUpScores, FollowUpScore[].class))));
        });
        return Optional.of(new MockInterview(
                h.id(),
                h.role(),
                h.seniority() == null ? null : Seniority.fromSlug(h.seniority()).orElse(null),
                h.startedAt(),
                h.finishedAt(),
                h.score(),
                List.copyOf(items),
                new MockInterview.Step(h.position(), h.followUp()),
                h.shared()));
    }

    private static Summary summary(ResultSet rs) throws SQLException {
        return new Summary(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                instant(rs, 4),
                instant(rs, 5),
                (Integer) rs.getObject(6),
                rs.getInt(7),
                rs.getInt(8));
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("No mock interview " + id);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /** Both databases keep microseconds; what we return must equal what a later read gives. */
    static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
