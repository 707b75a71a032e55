package dev.prepstack.practice;

import dev.prepstack.catalog.Catalog;
import dev.prepstack.catalog.QuestionRef;
import dev.prepstack.catalog.Topic;
import dev.prepstack.shared.InvalidParameterException;
import dev.prepstack.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Interview date mode: the interviews a person prepares for, the plan towards each ({@link
 * DeadlinePlanner}) and what the plans put in today's practice queue. One entry point for pages,
 * the API and the queue. Without a plan whose date is ahead, nothing here touches scheduling.
 */
@Service
public class InterviewPlans {

    /** Minutes per review assumed until a person has 10 timed reviews of their own. */
    public static final double DEFAULT_SECONDS_PER_REVIEW = 90;

    private final PlanStore store;
    private final Catalog catalog;
    private final ParameterStore parameters;
    private final Clock clock;

    InterviewPlans(PlanStore store, Catalog catalog, ParameterStore parameters, Clock clock) {
        this.store = store;
        this.catalog = catalog;
        this.parameters = parameters;
        this.clock = clock;
    }

    @Transactional
    public InterviewPlan create(long accountId, PlanRequest request) {
        PlanValidation.checkRoom(store.count(accountId));
        InterviewPlan plan = PlanValidation.validate(catalog, request, 0, today(), clock.instant());
        return store.find(accountId, store.insert(accountId, plan)).orElseThrow();
    }

    @Transactional
    public InterviewPlan update(long accountId, long id, PlanRequest request) {
        InterviewPlan existing = get(accountId, id);
        InterviewPlan plan = PlanValidation.validate(catalog, request, id, today(), existing.createdAt());
        store.update(accountId, plan);
        return get(accountId, id);
    }

    @Transactional(readOnly = true)
    public List<InterviewPlan> list(long accountId) {
        return store.list(accountId);
    }

    @Transactional(readOnly = true)
    public InterviewPlan get(long accountId, long id) {
        return store.find(accountId, id).orElseThrow(() -> new NotFoundException("No interview plan " + id));
    }

    @Transactional
    public void delete(long accountId, long id) {
        if (!store.delete(accountId, id)) {
            throw new NotFoundException("No interview plan " + id);
        }
    }

    /** The plan from today: per day, per topic, and whether it fits. */
    @Transactional(readOnly = true)
    public PlanForecast forecast(long accountId, long id) {
        InterviewPlan plan = get(accountId, id);
        return forecast(accountId, plan, store.cards(accountId));
    }

    /** Forecasts of the plans whose date is ahead, nearest first. */
    @Transactional(readOnly = true)
    public List<PlanForecast> upcoming(long accountId) {
        List<InterviewPlan> plans =
                store.list(accountId).stream().filter(p -> !p.past(today())).toList();
        if (plans.isEmpty()) {
            return List.of();
        }
        Map<Long, PlanStore.CardFacts> cards = store.cards(accountId);
        return plans.stream().map(p -> forecast(accountId, p, cards)).toList();
    }

    /**
     * What the plans add to today's queue: in-scope cards brought forward, and the new in-scope
     * questions to introduce today, nearest interview first. Empty without a plan ahead.
     */
    public record Today(Set<String> bringForward, List<String> newFirst) {
        static final Today NONE = new Today(Set.of(), List.of());

        /** The cards as the queue sees them: those brought forward are due now. */
        Map<String, Card> applyTo(Map<String, Card> cards, Instant now) {
            if (bringForward.isEmpty()) {
                return cards;
            }
            Map<String, Card> out = new LinkedHashMap<>(cards);
            bringForward.forEach(slug -> out.computeIfPresent(
                    slug,
                    (s, c) -> c.due().isAfter(now)
                            ? new Card(c.state(), c.step(), c.stability(), c.difficulty(), now, c.lastReview())
                            : c));
            return out;
        }
    }

    /** The due list with the cards the plans bring forward today added after the due ones. */
    @Transactional(readOnly = true)
    List<Practice.DueCard> withBroughtForward(long accountId, List<Practice.DueCard> due, int limit) {
        Today today = today(accountId);
        if (today.bringForward().isEmpty() || due.size() >= limit) {
            return due;
        }
        Set<String> listed = due.stream().map(Practice.DueCard::slug).collect(Collectors.toSet());
        Map<Long, PlanStore.CardFacts> cards = store.cards(accountId);
        List<Practice.DueCard> out = new ArrayList<>(due);
        catalog.questionRefs().stream()
                .filter(q -> today.bringForward().contains(q.slug()) && !listed.contains(q.slug()))
                .filter(q -> cards.containsKey(q.id()))
                .limit(limit - due.size())
                .forEach(q -> out.add(new Practice.DueCard(
                        q.slug(),
                        q.title(),
                        clock.instant(),
                        cards.get(q.id()).card().state())));
        return out;
    }

    @Transactional(readOnly = true)
    Today today(long accountId) {
        List<InterviewPlan> plans =
                store.list(accountId).stream().filter(p -> !p.past(today())).toList();
        if (plans.isEmpty()) {
            return Today.NONE;
        }
        Map<Long, PlanStore.CardFacts> cards = store.cards(accountId);
        Fsrs fsrs = scheduler(accountId);
        Map<Long, String> slugs = new LinkedHashMap<>();
        Set<String> bring = new LinkedHashSet<>();
        Set<String> fresh = new LinkedHashSet<>();
        for (InterviewPlan plan : plans) {
            List<QuestionRef> scope = scope(plan);
            scope.forEach(q -> slugs.put(q.id(), q.slug()));
            DeadlinePlanner.Forecast f = run(plan, scope, cards, fsrs, secondsPerReview(accountId));
            f.reviewToday().forEach(id -> bring.add(slugs.get(id)));
            f.newToday().forEach(id -> fresh.add(slugs.get(id)));
        }
        return new Today(Set.copyOf(bring), List.copyOf(fresh));
    }

    private PlanForecast forecast(long accountId, InterviewPlan plan, Map<Long, PlanStore.CardFacts> cards) {
        List<QuestionRef> scope = scope(plan);
        double seconds = secondsPerReview(accountId);
        DeadlinePlanner.Forecast f = run(plan, scope, cards, scheduler(accountId), seconds);
        List<PlanForecast.Day> days = f.days().stream()
                .map(d -> new PlanForecast.Day(
                        d.date(), d.newCards(), d.reviews(), minutes(d.reviews(), seconds), d.overLimit()))
                .toList();
        Map<String, String> names = catalog.topics().stream().collect(Collectors.toMap(Topic::slug, Topic::name));
        Map<String, List<QuestionRef>> byTopic = scope.stream()
                .collect(Collectors.groupingBy(QuestionRef::topic, LinkedHashMap::new, Collectors.toList()));
        List<PlanForecast.TopicForecast> topics = new ArrayList<>();
        byTopic.forEach((topic, refs) -> topics.add(new PlanForecast.TopicForecast(
                topic,
                names.getOrDefault(topic, topic),
                refs.size(),
                (int) refs.stream().filter(q -> seen(cards, q)).count(),
                refs.stream()
                        .mapToDouble(q -> f.retrievability().get(q.id()))
                        .average()
                        .orElse(0))));
        topics.sort(Comparator.comparing(PlanForecast.TopicForecast::name));
        int peak = f.peakReviews();
        return new PlanForecast(
                plan,
                scope.size(),
                (int) scope.stream().filter(q -> seen(cards, q)).count(),
                (int) Math.max(0, ChronoUnit.DAYS.between(today(), plan.interviewOn())),
                capacity(plan, seconds),
                seconds,
                store.secondsPerReview(accountId).isPresent(),
                days,
                List.copyOf(topics),
                f.meanRetrievability(),
                f.unseenOnTheDay(),
                f.daysOverLimit(),
                Math.max(plan.minutesPerDay(), minutes(peak, seconds)));
    }

    private DeadlinePlanner.Forecast run(
            InterviewPlan plan,
            List<QuestionRef> scope,
            Map<Long, PlanStore.CardFacts> cards,
            Fsrs fsrs,
            double seconds) {
        List<DeadlinePlanner.PlanCard> planCards = scope.stream()
                .map(q -> {
                    PlanStore.CardFacts facts = cards.get(q.id());
                    return new DeadlinePlanner.PlanCard(
                            q.id(),
                            q.topic(),
                            facts == null ? null : facts.card(),
                            facts == null ? null : facts.firstReview());
                })
                .toList();
        return new DeadlinePlanner(fsrs)
                .plan(
                        planCards,
                        new DeadlinePlanner.Settings(
                                clock.instant(), plan.interviewOn(), capacity(plan, seconds), plan.target()));
    }

    /** The live questions a plan covers, fresher levels first so a plan starts with the basics. */
    List<QuestionRef> scope(InterviewPlan plan) {
        Set<String> topics;
        try {
            topics = PlanValidation.scopeTopics(catalog, plan.role(), plan.topics());
        } catch (InvalidParameterException e) {
            // A role or topic that a content sync removed: the plan keeps what is left of its scope.
            Set<String> known = catalog.topics().stream().map(Topic::slug).collect(Collectors.toSet());
            Set<String> kept = new LinkedHashSet<>(plan.topics());
            kept.retainAll(known);
            topics = kept;
            if (plan.role() != null) {
                catalog.role(plan.role()).ifPresent(role -> kept.addAll(role.topics()));
            }
        }
        Set<String> scopeTopics = topics;
        return catalog.questionRefs().stream()
                .filter(q -> plan.covers(q, scopeTopics))
                .sorted(Comparator.comparing(QuestionRef::level))
                .toList();
    }

    private static boolean seen(Map<Long, PlanStore.CardFacts> cards, QuestionRef q) {
        PlanStore.CardFacts facts = cards.get(q.id());
        return facts != null && !facts.card().isNew();
    }

    private double secondsPerReview(long accountId) {
        return store.secondsPerReview(accountId).orElse(DEFAULT_SECONDS_PER_REVIEW);
    }

    private static int capacity(InterviewPlan plan, double seconds) {
        return (int) Math.max(1, Math.floor(plan.minutesPerDay() * 60 / seconds));
    }

    private static int minutes(int reviews, double seconds) {
        return (int) Math.ceil(reviews * seconds / 60);
    }

    private Fsrs scheduler(long accountId) {
        return new Fsrs(
                parameters.parameters(accountId).orElse(Fsrs.DEFAULT_PARAMETERS),
                store.retention(accountId).orElse(Practice.DEFAULT_RETENTION),
                Fsrs.DEFAULT_LEARNING_STEPS,
                Fsrs.DEFAULT_RELEARNING_STEPS,
                Fsrs.DEFAULT_MAXIMUM_INTERVAL);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
