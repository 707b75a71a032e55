package dev.prepstack.practice;

import dev.prepstack.catalog.CareerRole;
import dev.prepstack.catalog.Catalog;
import dev.prepstack.catalog.LearningPathStep;
import dev.prepstack.catalog.Question;
import dev.prepstack.catalog.Topic;
import dev.prepstack.feedback.Feedback;
import dev.prepstack.practice.Practice.Session;
import dev.prepstack.practice.Practitioner.Guest;
import dev.prepstack.practice.Practitioner.Member;
import dev.prepstack.shared.InvalidParameterException;
import dev.prepstack.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The practice pages' use cases, the same for accounts and guests ({@link Practitioner}): choose,
 * start a session, show its current step (and reveal it with the feedback on a typed answer), rate.
 * Accounts go through {@link Practice} and {@link AnswerRatings}, so a page review stores what an API
 * review stores; guests replay their reviews in memory ({@link GuestPractice}).
 */
@Service
public class PracticeSessions {

    private final Practice practice;
    private final AnswerRatings ratings;
    private final IntervalPreview intervals;
    private final Catalog catalog;
    private final Clock clock;

    PracticeSessions(
            Practice practice, AnswerRatings ratings, IntervalPreview intervals, Catalog catalog, Clock clock) {
        this.practice = practice;
        this.ratings = ratings;
        this.intervals = intervals;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** What a session can be drawn from, for the choosing page. */
    public record Choices(List<Topic> topics, List<CareerRole> roles, List<LearningPathStep> path) {}

    /**
     * A session's step as a page shows it: where the session stands and, unless it is over, the
     * question; revealed, also the feedback on the typed answer (null without one), the rating it
     * suggests (null: none), when each rating brings the card back and where the follow-ups lead.
     */
    public record SessionStep(
            Session session,
            SessionProgress progress,
            Question question,
            boolean revealed,
            Feedback feedback,
            Rating suggested,
            Map<Rating, String> intervals,
            Map<String, String> followUpTargets,
            Instant at) {}

    public Choices choices() {
        return new Choices(catalog.topics(), catalog.roles(), catalog.learningPath());
    }

    public Session start(Practitioner who, SessionRequest request) {
        return switch (who) {
            case Member m -> practice.startSession(m.accountId(), request);
            case Guest g -> {
                var s = g.practice().start(request, catalog, clock.instant());
                g.stored();
                yield new Session(s.id(), s.mode(), s.questions(), s.createdAt());
            }
        };
    }

    public Optional<Session> session(Practitioner who, long id) {
        return switch (who) {
            case Member m -> practice.session(m.accountId(), id);
            case Guest g ->
                g.practice().session(id).map(s -> new Session(s.id(), s.mode(), s.questions(), s.createdAt()));
        };
    }

    /** Cards due now (an account's counted up to 100, as its due list goes). */
    public int dueCount(Practitioner who) {
        return switch (who) {
            case Member m -> practice.due(m.accountId(), 100).size();
            case Guest g -> {
                Instant now = clock.instant();
                yield (int) g.practice().cards().values().stream()
                        .filter(c -> !c.due().isAfter(now))
                        .count();
            }
        };
    }

    /**
     * The session's current step; {@code reveal} (null: none) is the question being revealed with
     * {@code answer}, the typed answer (blank: none).
     */
    public SessionStep step(Practitioner who, long id, String reveal, String answer) {
        Session session = session(who, id).orElseThrow(() -> new NotFoundException("No session " + id));
        Map<String, Card> cards = cards(who);
        Instant now = clock.instant();
        SessionProgress progress = SessionProgress.of(session.questions(), session.createdAt(), cards, now, reveal);
        String slug = progress.current();
        if (slug == null) {
            return new SessionStep(session, progress, null, false, null, null, null, null, now);
        }
        Question question =
                catalog.question(slug).orElseThrow(() -> new NotFoundException("No question '" + slug + "'"));
        if (reveal == null) {
            return new SessionStep(session, progress, question, false, null, null, null, null, now);
        }
        AnswerRatings.Reveal evaluated = answer == null || answer.isBlank() ? null : ratings.evaluate(slug, answer);
        return new SessionStep(
                session,
                progress,
                question,
                true,
                evaluated == null ? null : evaluated.feedback(),
                evaluated == null ? null : evaluated.suggested(),
                intervals(who, cards.get(slug)),
                // The follow-ups come with the answer, collapsed: those answered by another question link to it.
                catalog.followUpTargets(question),
                now);
    }

    /**
     * Rates a question of the session ({@code rating} null: not a rating, a 400 once the session and
     * question are known); an account's typed answer is evaluated and kept with the review.
     */
    public void rate(Practitioner who, long sessionId, String slug, Rating rating, String answer, int elapsed) {
        Session session = session(who, sessionId).orElseThrow(() -> new NotFoundException("No session " + sessionId));
        if (!session.questions().contains(slug)) {
            throw new NotFoundException("No question '" + slug + "' in this session");
        }
        if (rating == null) {
            throw new InvalidParameterException("rating", "must be again, hard, good or easy");
        }
        switch (who) {
            case Member m ->
                ratings.review(m.accountId(), new ReviewCommand(slug, rating, answer, elapsed, null, null));
            case Guest g -> {
                practice.questionExists(slug);
                g.practice().review(slug, rating, answer, elapsed, clock.instant());
                g.stored();
            }
        }
    }

    private Map<String, Card> cards(Practitioner who) {
        return switch (who) {
            case Member m -> practice.cardsBySlug(m.accountId());
            case Guest g -> g.practice().cards();
        };
    }

    private Map<Rating, String> intervals(Practitioner who, Card card) {
        return switch (who) {
            case Member m -> intervals.forAccount(m.accountId(), card);
            case Guest g -> intervals.forGuest(card);
        };
    }
}
