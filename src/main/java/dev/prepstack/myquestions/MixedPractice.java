package dev.prepstack.myquestions;

import dev.prepstack.catalog.Catalog;
import dev.prepstack.catalog.Question;
import dev.prepstack.feedback.AnswerFeedback;
import dev.prepstack.feedback.Feedback;
import dev.prepstack.practice.Practice;
import dev.prepstack.practice.Rating;
import dev.prepstack.practice.ReviewCommand;
import dev.prepstack.practice.ReviewResult;
import dev.prepstack.shared.InvalidParameterException;
import dev.prepstack.shared.NotFoundException;
import dev.prepstack.shared.RateLimitProperties;
import dev.prepstack.shared.RateLimiter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Own and bank questions practised side by side: one queue, ordered by when each card is due, each
 * card scheduled by its own side (the bank's cards by the practice module, own cards here) with the
 * same FSRS-6, the same fitted parameters and the same desired retention. The bank's new questions
 * stay with the bank's sessions (they are chosen by topic, role and level there); own new questions
 * follow the due cards.
 */
@Service
public class MixedPractice {

    private final OwnCardStore cards;
    private final Practice practice;
    private final Catalog catalog;
    private final AnswerFeedback feedback;
    private final RateLimiter limiter;
    private final RateLimitProperties limits;
    private final Clock clock;

    MixedPractice(
            OwnCardStore cards,
            Practice practice,
            Catalog catalog,
            AnswerFeedback feedback,
            RateLimiter limiter,
            RateLimitProperties limits,
            Clock clock) {
        this.cards = cards;
        this.practice = practice;
        this.catalog = catalog;
        this.feedback = feedback;
        this.limiter = limiter;
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * One card of the queue: {@code kind} is {@code mine} (with the own question's {@code id}) or
     * {@code bank} (with the bank question's {@code slug}); {@code due} is null for a question never
     * practised.
     */
    public record Item(String kind, Long id, String slug, String title, Instant due) {
        public boolean mine() {
            return "mine".equals(kind);
        }
    }

    /** What to practise now: due cards first (oldest due first), then own questions never practised. */
    @Transactional(readOnly = true)
    public List<Item> queue(long accountId, PracticeSource from, int limit) {
        if (limit < 1 || limit > 100) {
            throw new InvalidParameterException("limit", "must be between 1 and 100");
        }
        List<Item> due = new ArrayList<>();
        List<Item> fresh = new ArrayList<>();
        if (from != PracticeSource.BANK) {
            for (OwnCardStore.Due d : cards.dueOrNewWithTitles(accountId, clock.instant(), limit)) {
                (d.due() == null ? fresh : due).add(new Item("mine", d.id(), null, d.title(), d.due()));
            }
        }
        if (from != PracticeSource.MINE) {
            practice.due(accountId, limit).forEach(c -> due.add(new Item("bank", null, c.slug(), c.title(), c.due())));
        }
        due.sort(Comparator.comparing(Item::due));
        due.addAll(fresh);
        return due.size() > limit ? List.copyOf(due.subList(0, limit)) : List.copyOf(due);
    }

    /** A bank question to show in the queue; a retired or unknown one is not found. */
    public Question bankQuestion(String slug) {
        return catalog.question(slug == null ? "" : slug)
                .filter(q -> !q.retired())
                .orElseThrow(() -> new NotFoundException("No such question"));
    }

    /** Checks an answer to a bank question of the queue, with the same allowance as any feedback. */
    public Feedback checkBank(long accountId, String slug, String answer) {
        bankQuestion(slug);
        limiter.check("feedback-user", String.valueOf(accountId), limits.feedbackPerMinute(), Duration.ofMinutes(1));
        return feedback.forQuestion(slug, answer);
    }

    /** Rates a bank question of the queue: the practice module records and schedules it. */
    public ReviewResult reviewBank(long accountId, String slug, Rating rating, String answer, Integer feedbackScore) {
        bankQuestion(slug);
        return practice.review(
                accountId,
                new ReviewCommand(
                        slug,
                        rating,
                        answer == null || answer.isBlank() ? null : answer,
                        null,
                        null,
                        null,
                        feedbackScore,
                        null));
    }
}
