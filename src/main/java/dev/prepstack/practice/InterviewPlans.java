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
import java.util.Optional;
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

    /** Minutes a day a catch-up after a break plans with when no interview plan sets them. */
    public static final int CATCH_UP_MINUTES = 30;

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
     * What the plans add to today's queue: in-scope cards brought forward, the new in-scope
     * questions to introduce today (nearest interview first), and the due cards left for a later
     * day ({@code later}: the day's minutes are spent, or a catch-up after a break spreads the
     * backlog). Empty without a plan ahead and without a backlog.
     */
    public record Today(Set<String> bringForward, List<String> newFirst, Set<String> later) {
        static final Today NONE = new Today(Set.of(), List.of(), Set.of());

        /**
         * The cards as the queue sees them: those brought forward are due now, those left for later
         * are due tomorrow (their stored due date does not change).
         */
        Map<String, Card> applyTo(Map<String, Card> cards, Instant now) {
            if (bringForward.isEmpty() && later.isEmpty()) {
                return cards;
            }
            Instant tomorrow = LocalDate.ofInstant(now, ZoneOffset.UTC)
                    .plusDays(1)
                    .atStartOfDay()
                    .toInstant(ZoneOffset.UTC);
            Map<String, Card> out = new LinkedHashMap<>(cards);
            bringForward.forEach(
                    slug -> out.computeIfPresent(slug, (s, c) -> c.due().isAfter(now) ? c.withDue(now) : c));
            later.forEach(slug -> out.computeIfPresent(slug, (s, c) -> c.withDue(tomorrow)));
            return out;
        }
    }

    /**
     * Today's due list: without the cards left for later, with the cards the plans bring forward
     * after the due ones, at most {@code limit}.
     */
    @Transactional(readOnly = true)
    List<Practice.DueCard> withBroughtForward(long accountId, List<Practice.DueCard> due, int limit) {
        Today today = today(accountId);
        List<Practice.DueCard> out = new ArrayList<>(due.stream()
                .filter(d -> !today.later().contains(d.slug()))
                .limit(limit)
                .toList());
        if (today.bringForward().isEmpty() || out.size() >= limit) {
            return out;
        }
        Set<String> listed = out.stream().map(Practice.DueCard::slug).collect(Collectors.toSet());
        Map<Long, PlanStore.CardFacts> cards = store.cards(accountId);
        catalog.questionRefs().stream()
                .filter(q -> today.bringForward().contains(q.slug()) && !listed.contains(q.slug()))
                .filter(q -> cards.containsKey(q.id()))
                .limit(limit - out.size())
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
        Map<Long, PlanStore.CardFacts> cards = store.cards(accountId);
        Fsrs fsrs = scheduler(accountId);
        double seconds = secondsPerReview(accountId);
        Map<Long, String> slugs = new LinkedHashMap<>();
        catalog.questionRefs().forEach(q -> slugs.put(q.id(), q.slug()));
        Set<String> bring = new LinkedHashSet<>();
        Set<String> fresh = new LinkedHashSet<>();
        Set<String> later = new LinkedHashSet<>();
        Optional<CatchUpPlan> catchUp = catchUp(fsrs, cards, slugs.keySet(), dailyLimit(plans, seconds));
        catchUp.ifPresent(c -> c.waiting().forEach(id -> later.add(slugs.get(id))));
        for (InterviewPlan plan : plans) {
            List<QuestionRef> scope = scope(plan);
            DeadlinePlanner.Forecast f = run(plan, scope, cards, fsrs, seconds);
            // While catching up there is no spare time to bring anything forward.
            if (catchUp.isEmpty()) {
                f.reviewToday().forEach(id -> bring.add(slugs.get(id)));
            }
            f.newToday().forEach(id -> fresh.add(slugs.get(id)));
            f.laterToday().forEach(id -> later.add(slugs.get(id)));
        }
        if (bring.isEmpty() && fresh.isEmpty() && later.isEmpty()) {
            return Today.NONE;
        }
        return new Today(Set.copyOf(bring), List.copyOf(fresh), Set.copyOf(later));
    }

    /**
     * The catch-up plan after a break: empty unless more cards are due than a day takes. The daily
     * limit is the nearest interview plan's, else {@value #CATCH_UP_MINUTES} minutes a day.
     */
    @Transactional(readOnly = true)
    public Optional<CatchUpPlan> catchUp(long accountId) {
        List<InterviewPlan> plans =
                store.list(accountId).stream().filter(p -> !p.past(today())).toList();
        Set<Long> live = catalog.questionRefs().stream().map(QuestionRef::id).collect(Collectors.toSet());
        return catchUp(
                scheduler(accountId), store.cards(accountId), live, dailyLimit(plans, secondsPerReview(accountId)));
    }

    private Optional<CatchUpPlan> catchUp(
            Fsrs fsrs, Map<Long, PlanStore.CardFacts> cards, Set<Long> live, int dailyLimit) {
        Map<Long, Card> liveCards = new LinkedHashMap<>();
        cards.forEach((id, facts) -> {
            if (live.contains(id)) {
                liveCards.put(id, facts.card());
            }
        });
        return CatchUpPlan.of(fsrs, liveCards, clock.instant(), dailyLimit);
    }

    /** The slugs of the given questions, in order; retired ones left out. */
    public List<String> slugs(List<Long> questionIds) {
        return questionIds.stream()
                .map(catalog::question)
                .flatMap(java.util.Optional::stream)
                .filter(q -> !q.retired())
                .map(q -> q.slug())
                .toList();
    }

    /** Reviews a day: the nearest interview's minutes per day, else the catch-up default. */
    private static int dailyLimit(List<InterviewPlan> upcoming, double seconds) {
        return upcoming.stream()
                .min(Comparator.comparing(InterviewPlan::interviewOn))
                .map(p -> capacity(p, seconds))
                .orElse((int) Math.max(1, Math.floor(CATCH_UP_MINUTES * 60 / seconds)));
    }

    private PlanForecast forecast(long accountId, InterviewPlan plan, Map<Long, PlanStore.CardFacts> cards) {
        List<QuestionRef> scope = scope(plan);
        double seconds = secondsPerReview(accountId);
        DeadlinePlanner.Forecast f = run(plan, scope, cards, scheduler(accountId), seconds);
        List<PlanForecast.Day> days = f.days().stream()
                .map(d -> new PlanForecast.Day(
                        d.date(),
                        d.newCards(),
                        d.reviews(),
                        minutes(d.reviews(), seconds),
                        d.overLimit(),
                        d.leftForLater()))
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
