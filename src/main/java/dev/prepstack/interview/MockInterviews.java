package dev.prepstack.interview;

import dev.prepstack.catalog.CareerRole;
import dev.prepstack.catalog.Catalog;
import dev.prepstack.catalog.Question;
import dev.prepstack.catalog.QuestionFilters;
import dev.prepstack.catalog.QuestionRef;
import dev.prepstack.catalog.ResultPage;
import dev.prepstack.content.Misconception;
import dev.prepstack.practice.Practice;
import dev.prepstack.shared.InvalidParameterException;
import dev.prepstack.shared.NotFoundException;
import dev.prepstack.shared.OpaqueTokens;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mock interviews, the module's application API: one method per use case, shared by the pages and
 * the API. A planned set of questions on the server's clock, autosaved answers that keep the
 * highest revision, follow-ups after each main answer, and at the end an evaluated report that the
 * owner may share through a revocable link. The rules are {@link MockInterview}'s, the SQL is
 * {@link MockInterviewStore}'s; the follow-up coach is asked outside any transaction.
 */
@Service
public class MockInterviews {

    public static final int MAX_ANSWER = dev.prepstack.shared.UserText.MAX_LENGTH;
    public static final int MAX_CUSTOM_QUESTIONS = 12;
    static final String SHARE_PREFIX = "mi_";

    private final MockInterviewStore store;
    private final InterviewPlanning planning;
    private final FollowUpChoice followUpChoice;
    private final Catalog catalog;
    private final Practice practice;
    private final InterviewEvaluation evaluation;
    private final InterviewProperties limits;
    private final Clock clock;
    private final TransactionTemplate tx;

    MockInterviews(
            MockInterviewStore store,
            InterviewPlanning planning,
            FollowUpChoice followUpChoice,
            Catalog catalog,
            Practice practice,
            InterviewEvaluation evaluation,
            InterviewProperties limits,
            Clock clock,
            TransactionTemplate tx) {
        this.store = store;
        this.planning = planning;
        this.followUpChoice = followUpChoice;
        this.catalog = catalog;
        this.practice = practice;
        this.evaluation = evaluation;
        this.limits = limits;
        this.clock = clock;
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
        List<QuestionRef> planned = planning.plan(accountId, command);
        Instant now = micros(clock.instant());
        boolean custom =
                command.questionSlugs() != null && !command.questionSlugs().isEmpty();
        int total = planned.stream().mapToInt(q -> limits.secondsFor(q.kind())).sum();
        long id = store.insert(
                accountId,
                custom ? null : command.role().strip(),
                custom ? null : InterviewPlanning.seniority(command.seniority()).slug(),
                now,
                total);
        for (int i = 0; i < planned.size(); i++) {
            QuestionRef ref = planned.get(i);
            Question q = catalog.question(ref.slug()).orElseThrow();
            int followUps = Math.min(
                    InterviewPlan.followUpsFor(ref.kind()), q.followUps().size());
            store.insertQuestion(id, i, ref.id(), limits.secondsFor(ref.kind()), followUps, i == 0 ? now : null);
        }
        return store.load(accountId, id).orElseThrow();
    }

    /** The interview, or 404 when there is none or it is someone else's. */
    @Transactional(readOnly = true)
    public MockInterview get(long accountId, long id) {
        return store.load(accountId, id).orElseThrow(() -> notFound(id));
    }

    @Transactional(readOnly = true)
    public ResultPage<Summary> history(long accountId, int page, int size) {
        QuestionFilters.paging(page, size);
        long total = store.count(accountId);
        return ResultPage.of(store.page(accountId, page, size), page, size, total);
    }

    /** Finished interviews, oldest first: the trend of the last {@code limit}. */
    @Transactional(readOnly = true)
    public List<Summary> finished(long accountId, int limit) {
        List<Summary> newest = new ArrayList<>(store.newestFinished(accountId, limit));
        Collections.reverse(newest);
        return newest;
    }

    /**
     * Autosaves an answer. The interview row is locked first, so a save and the finish never
     * interleave; the answer itself is written by a conditional update (or an insert when there is
     * none yet) that only ever raises the revision. Follow-ups still to be chosen are asked of the
     * coach before the lock.
     */
    public SavedAnswer saveAnswer(long accountId, long id, String slug, AnswerCommand command) {
        int followUp = validate(command);
        String question = slug == null ? "" : slug;
        MockInterview seen = get(accountId, id);
        Map<Integer, List<String>> asked = followUp == 0 || seen.finished()
                ? Map.of()
                : followUpChoice.ask(seen, seen.item(question).stream().toList());
        return tx.execute(status -> {
            MockInterview interview = locked(accountId, id);
            interview.requireRunning();
            MockInterview.Item item = interview
                    .item(question)
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
            if (store.keepAnswer(
                    id, item.position(), followUp, command.answer(), command.revision(), now, item.lateAt(now))) {
                store.markOpened(id, item.position(), now);
            }
            MockInterviewStore.KeptAnswer kept = store.answer(id, item.position(), followUp);
            return new SavedAnswer(
                    item.slug(),
                    followUp,
                    kept.revision(),
                    kept.revision() == command.revision(),
                    kept.savedAt(),
                    kept.late(),
                    item.dueAt());
        });
    }

    /**
     * The interview page's "next": from the step on screen to the next one (the question's
     * follow-ups, then the next question). A repeated or stale submit changes nothing. The coach is
     * asked before the lock, and the step is checked again under it.
     */
    public MockInterview advance(long accountId, long id, MockInterview.Step from) {
        MockInterview seen = get(accountId, id);
        Map<Integer, List<String>> asked = seen.advance(from, 0).isEmpty()
                ? Map.of()
                : followUpChoice.ask(seen, seen.current().stream().toList());
        return tx.execute(status -> {
            MockInterview interview = locked(accountId, id);
            if (interview.advance(from, 0).isEmpty()) {
                return interview;
            }
            MockInterview.Item item = interview.current().orElseThrow();
            MockInterview.Step next = interview
                    .advance(from, followUps(interview, item, asked).size())
                    .orElseThrow();
            store.moveCursor(id, next);
            if (next.followUp() == 0 && next.position() < interview.questions().size()) {
                store.markOpened(id, next.position(), micros(clock.instant()));
            }
            return store.load(accountId, id).orElseThrow();
        });
    }

    /**
     * The follow-ups of every question whose main answer was given (chosen now where they were not
     * yet): what an API client may see without peeking ahead. The coach is asked before the lock; a
     * main answer first given meanwhile gets its follow-ups at the next request.
     */
    public MockInterview revealFollowUps(long accountId, long id) {
        MockInterview seen = get(accountId, id);
        if (seen.finished()) {
            return seen;
        }
        Map<Integer, List<String>> asked = followUpChoice.ask(
                seen,
                seen.questions().stream()
                        .filter(item -> !item.answerText(0).isBlank())
                        .toList());
        if (asked.isEmpty()) {
            return seen;
        }
        return tx.execute(status -> {
            MockInterview interview = locked(accountId, id);
            boolean chose = false;
            for (MockInterview.Item item : interview.questions()) {
                if (!item.followUpsChosen() && asked.containsKey(item.position()) && !interview.finished()) {
                    followUps(interview, item, asked);
                    chose = true;
                }
            }
            return chose ? store.load(accountId, id).orElseThrow() : interview;
        });
    }

    /**
     * Ends the interview: every main answer and every follow-up answer with a rubric goes through
     * the evaluator and the report is kept. Finishing again returns the same report.
     */
    @Transactional
    public InterviewReport finish(long accountId, long id) {
        MockInterview interview = locked(accountId, id);
        if (interview.finished()) {
            return evaluation.rescoreIfModelLoaded(accountId, interview);
        }
        MockInterview.Step end = interview.finish();
        List<Integer> scores = new ArrayList<>();
        for (MockInterview.Item item : interview.questions()) {
            scores.add(evaluation.evaluate(id, item, true));
        }
        store.finish(id, micros(clock.instant()), InterviewReport.overallOf(scores), end);
        return evaluation.reportOf(store.load(accountId, id).orElseThrow());
    }

    /** The report of a finished interview; 409 while it runs. */
    @Transactional
    public InterviewReport report(long accountId, long id) {
        MockInterview interview = get(accountId, id);
        interview.requireFinished("The interview is still running: finish it to get the report.");
        return evaluation.rescoreIfModelLoaded(accountId, interview);
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
        get(accountId, id).requireFinished("Only a finished interview's report can be shared.");
        String token = OpaqueTokens.newToken(SHARE_PREFIX);
        store.share(accountId, id, OpaqueTokens.hash(token), micros(clock.instant()));
        return token;
    }

    @Transactional
    public void revokeShare(long accountId, long id) {
        get(accountId, id);
        store.revokeShare(accountId, id);
    }

    /** The report behind a live share link; empty for an unknown, malformed or revoked token. */
    @Transactional
    public Optional<InterviewReport> shared(String token) {
        if (token == null || !token.startsWith(SHARE_PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return store.sharedBy(OpaqueTokens.hash(token))
                .flatMap(owner -> store.load(owner.accountId(), owner.id())
                        .map(i -> evaluation.rescoreIfModelLoaded(owner.accountId(), i)));
    }

    /** Display names of the career roles, by slug. */
    public Map<String, String> roleNames() {
        return planning.roleNames();
    }

    /** The career roles an interview can be planned for. */
    public List<CareerRole> roles() {
        return catalog.roles();
    }

    /** Each bank question's common mistakes, for reading one's answers against after the interview. */
    public Map<String, List<Misconception>> mistakes(InterviewReport report) {
        return catalog.misconceptions(
                report.questions().stream().map(q -> q.slug()).toList());
    }

    private static int validate(AnswerCommand command) {
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
        return followUp;
    }

    /** The interview, its row locked until the transaction ends; 404 when there is none or it is someone else's. */
    private MockInterview locked(long accountId, long id) {
        if (!store.lock(accountId, id)) {
            throw notFound(id);
        }
        return store.load(accountId, id).orElseThrow(() -> notFound(id));
    }

    /** The question's follow-ups: those chosen before, or else the ones the coach was asked for, now kept. */
    private List<String> followUps(MockInterview interview, MockInterview.Item item, Map<Integer, List<String>> asked) {
        if (item.followUpsChosen()) {
            return item.followUps();
        }
        List<String> chosen = asked.get(item.position());
        if (chosen == null) {
            // Chosen follow-ups are never unchosen, so what is unchosen under the lock was unchosen before it.
            throw new IllegalStateException("Follow-ups of question " + item.position() + " were not asked for");
        }
        store.keepFollowUps(interview.id(), item.position(), chosen);
        return chosen;
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("No mock interview " + id);
    }

    /** Both databases keep microseconds; what we return must equal what a later read gives. */
    static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
