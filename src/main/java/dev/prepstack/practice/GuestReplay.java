package dev.prepstack.practice;

import dev.prepstack.shared.InvalidParameterException;
import dev.prepstack.shared.NotFoundException;
import java.util.Comparator;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Moves a guest's reviews into the account they sign up or sign in with, in time order. For a card
 * the account already has, guest reviews older than its last review are dropped: the account's own
 * history wins.
 */
@Service
public class GuestReplay {

    private static final Logger log = LoggerFactory.getLogger(GuestReplay.class);

    private final Practice practice;

    GuestReplay(Practice practice) {
        this.practice = practice;
    }

    public int replay(long accountId, GuestPractice guest) {
        Map<String, Card> existing = practice.cardsBySlug(accountId);
        int replayed = 0;
        for (GuestPractice.GuestReview r : guest.reviews().stream()
                .sorted(Comparator.comparing(GuestPractice.GuestReview::at))
                .toList()) {
            Card card = existing.get(r.slug());
            if (card != null && card.lastReview() != null && r.at().isBefore(card.lastReview())) {
                continue;
            }
            try {
                practice.review(
                        accountId,
                        new ReviewCommand(r.slug(), r.rating(), r.answer(), r.elapsedSeconds(), r.at(), null));
                replayed++;
            } catch (InvalidParameterException | NotFoundException e) {
                log.info("Guest review of '{}' not replayed: {}", r.slug(), e.getMessage());
            }
        }
        guest.clear();
        return replayed;
    }
}
