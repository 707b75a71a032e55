package dev.prepstack.practice;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Where a practice session stands, from its questions and the person's cards: what is still to
 * answer, what was rated here and comes back in a learning step (as in Anki, once it is due), and
 * the question to show now.
 *
 * @param done rated here and graduated to spaced reviews
 * @param rated rated at least once in this session
 * @param comingBack rated here and still in a learning step
 * @param remaining not yet rated, or coming back
 * @param current the question to show now; null when nothing is (the session is over, or waits)
 * @param again whether the current question is one coming back
 * @param waitMinutes with nothing to show but cards coming back: minutes until the next is due
 * @param waiting with nothing to show: how many cards are coming back
 */
public record SessionProgress(
        int done,
        int rated,
        int comingBack,
        int remaining,
        int total,
        String current,
        boolean again,
        Long waitMinutes,
        Integer waiting) {

    /** {@code shown}: the question being revealed, which stays current; null to pick the next one. */
    public static SessionProgress of(
            List<String> questions, Instant createdAt, Map<String, Card> cards, Instant now, String shown) {
        List<String> pending = new ArrayList<>();
        List<String> learning = new ArrayList<>();
        int done = 0;
        for (String slug : questions) {
            Card card = cards.get(slug);
            boolean reviewedHere = card != null
                    && card.lastReview() != null
                    && !card.lastReview().isBefore(createdAt);
            if (!reviewedHere) {
                pending.add(slug);
            } else if (card.state() != CardState.REVIEW) {
                learning.add(slug);
            } else {
                done++;
            }
        }
        learning.sort(Comparator.comparing(slug -> cards.get(slug).due()));
        String current = shown;
        if (current == null) {
            if (!pending.isEmpty()) {
                current = pending.get(0);
            } else if (!learning.isEmpty() && !cards.get(learning.get(0)).due().isAfter(now)) {
                current = learning.get(0);
            }
        }
        Long waitMinutes = null;
        Integer waiting = null;
        if (current == null && !learning.isEmpty()) {
            Instant next = cards.get(learning.get(0)).due();
            waitMinutes = Math.max(1, Duration.between(now, next).toMinutes() + 1);
            waiting = learning.size();
        }
        return new SessionProgress(
                done,
                questions.size() - pending.size(),
                learning.size(),
                pending.size() + learning.size(),
                questions.size(),
                current,
                learning.contains(current),
                waitMinutes,
                waiting);
    }
}
