package dev.prepstack.practice;

import dev.prepstack.catalog.Catalog;
import dev.prepstack.shared.InvalidParameterException;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Practice for visitors without an account: reviews live in their HTTP session only. Cards are
 * replayed from the reviews with FSRS, exactly as the database would hold them, so the same reviews
 * can later be replayed into an account.
 */
public final class GuestPractice implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final String SESSION_ATTRIBUTE = "prepstack.guestPractice";
    static final int MAX_REVIEWS = 2_000;

    public record GuestReview(String slug, Rating rating, String answer, Integer elapsedSeconds, Instant at)
            implements Serializable {}

    public record GuestSession(long id, PracticeMode mode, List<String> questions, Instant createdAt)
            implements Serializable {}

    private final List<GuestReview> reviews = new ArrayList<>();
    private final List<GuestSession> sessions = new ArrayList<>();

    public synchronized List<GuestReview> reviews() {
        return List.copyOf(reviews);
    }

    public synchronized boolean isEmpty() {
        return reviews.isEmpty();
    }

    public synchronized void clear() {
        reviews.clear();
        sessions.clear();
    }

    public synchronized Optional<GuestSession> session(long id) {
        return sessions.stream().filter(s -> s.id() == id).findFirst();
    }

    /** Cards by slug, replayed from this visitor's reviews. */
    public synchronized Map<String, Card> cards() {
        Fsrs fsrs = Fsrs.withRetention(Practice.DEFAULT_RETENTION);
        Map<String, Card> cards = new LinkedHashMap<>();
        for (GuestReview r : reviews) {
            Card card = cards.getOrDefault(r.slug(), Card.fresh(r.at()));
            cards.put(r.slug(), fsrs.review(card, r.rating(), r.at()));
        }
        return cards;
    }

    public synchronized GuestSession start(SessionRequest request, Catalog catalog, Instant now) {
        List<String> picked = SessionPlan.pick(catalog, request, cards(), now);
        var session = new GuestSession(sessions.size() + 1L, request.mode(), new ArrayList<>(picked), now);
        sessions.add(session);
        return session;
    }

    public synchronized Card review(String slug, Rating rating, String answer, Integer elapsed, Instant at) {
        if (reviews.size() >= MAX_REVIEWS) {
            throw new InvalidParameterException(
                    "review", "guest sessions keep at most " + MAX_REVIEWS + " reviews; sign up to go on");
        }
        if (answer != null && answer.length() > Practice.MAX_ANSWER) {
            throw new InvalidParameterException("answer", "must be at most " + Practice.MAX_ANSWER + " characters");
        }
        reviews.add(new GuestReview(slug, rating, answer, elapsed, Practice.micros(at)));
        return cards().get(slug);
    }
}
