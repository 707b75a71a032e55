package dev.prepstack.practice;

import dev.prepstack.account.Accounts;
import dev.prepstack.catalog.Catalog;
import dev.prepstack.catalog.QuestionRef;
import dev.prepstack.catalog.Topic;
import dev.prepstack.content.Kind;
import dev.prepstack.content.Level;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Computes the progress dashboard from cards and reviews, in the person's time zone. */
@Service
public class ProgressReport {

    static final double MASTERED_STABILITY = 21.0;
    static final int CHART_DAYS = 90;

    private final JdbcClient jdbc;
    private final Catalog catalog;
    private final Practice practice;
    private final Accounts accounts;
    private final Clock clock = Clock.systemUTC();

    ProgressReport(JdbcClient jdbc, Catalog catalog, Practice practice, Accounts accounts) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.practice = practice;
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public Progress of(long accountId) {
        ZoneId zone = accounts.find(accountId).map(a -> a.timeZone()).orElse(ZoneId.of("UTC"));
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Map<Long, Card> cards = practice.cards(accountId);
        List<QuestionRef> questions = catalog.questionRefs();
        List<Progress.TopicProgress> topics = topics(questions, cards);
        int[] due = dueCounts(questions, cards, today, zone);
        Map<LocalDate, Integer> perDay = reviewsPerDay(accountId, today, zone);
        List<Progress.DayCount> chart = new ArrayList<>();
        for (int i = CHART_DAYS - 1; i >= 0; i--) {
            LocalDate d = today.minusDays(i);
            chart.add(new Progress.DayCount(d, perDay.getOrDefault(d, 0)));
        }
        LocalDate cursor = perDay.containsKey(today) ? today : today.minusDays(1);
        int streak = 0;
        while (perDay.containsKey(cursor)) {
            streak++;
            cursor = cursor.minusDays(1);
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM practice_review WHERE account_id = ?")
                .param(accountId)
                .query(Long.class)
                .single();

        List<Progress.Readiness> roles = catalog.roles().stream()
                .map(r -> readiness(r.slug(), r.name(), Set.copyOf(r.topics()), questions, cards))
                .toList();
        List<Progress.Readiness> steps = catalog.learningPath().stream()
                .map(s -> readiness(
                        s.slug(), "Step " + s.number() + ": " + s.title(), Set.copyOf(s.topics()), questions, cards))
                .toList();
        return new Progress(topics, due[0], due[1], streak, total, chart, roles, steps, today);
    }

    /** New, learning, in review and mastered per topic (behavioral and system design apart) and level. */
    private List<Progress.TopicProgress> topics(List<QuestionRef> questions, Map<Long, Card> cards) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Topic t : catalog.topics()) {
            names.put(t.slug(), t.name());
        }
        names.put(Kind.BEHAVIORAL.slug(), "Behavioral");
        names.put(Kind.SYSTEM_DESIGN.slug(), "System design");
        Map<String, int[][]> counts = new LinkedHashMap<>();
        names.keySet().forEach(k -> counts.put(k, new int[Level.values().length][5]));
        for (QuestionRef q : questions) {
            int[] c = counts.get(groupOf(q))[q.level().ordinal()];
            c[0]++;
            Card card = cards.get(q.id());
            if (card == null || card.isNew()) {
                c[1]++;
            } else if (card.state() == CardState.REVIEW) {
                c[3]++;
                if (card.stability() != null && card.stability() >= MASTERED_STABILITY) {
                    c[4]++;
                }
            } else {
                c[2]++;
            }
        }
        List<Progress.TopicProgress> topics = new ArrayList<>();
        counts.forEach((slug, byLevel) -> {
            List<Progress.LevelProgress> levels = new ArrayList<>();
            for (Level l : Level.values()) {
                int[] c = byLevel[l.ordinal()];
                levels.add(new Progress.LevelProgress(l, c[0], c[1], c[2], c[3], c[4]));
            }
            topics.add(new Progress.TopicProgress(slug, names.get(slug), levels));
        });
        return topics;
    }

    /** Live cards due by the end of today, and in the seven days after. */
    private static int[] dueCounts(List<QuestionRef> questions, Map<Long, Card> cards, LocalDate today, ZoneId zone) {
        Instant endOfToday = today.plusDays(1).atStartOfDay(zone).toInstant();
        Instant endOfWeek = today.plusDays(8).atStartOfDay(zone).toInstant();
        Set<Long> live = new java.util.HashSet<>();
        questions.forEach(q -> live.add(q.id()));
        int dueToday = 0;
        int dueWeek = 0;
        for (var e : cards.entrySet()) {
            if (!live.contains(e.getKey()) || e.getValue().isNew()) {
                continue;
            }
            Instant due = e.getValue().due();
            if (due.isBefore(endOfToday)) {
                dueToday++;
            } else if (due.isBefore(endOfWeek)) {
                dueWeek++;
            }
        }
        return new int[] {dueToday, dueWeek};
    }

    /** Reviews per day in the person's time zone, far enough back for the chart and the streak. */
    private Map<LocalDate, Integer> reviewsPerDay(long accountId, LocalDate today, ZoneId zone) {
        Map<LocalDate, Integer> perDay = new HashMap<>();
        jdbc.sql("SELECT reviewed_at FROM practice_review WHERE account_id = ? AND reviewed_at >= ?")
                .params(
                        accountId,
                        Practice.utc(today.minusDays(CHART_DAYS + 400)
                                .atStartOfDay(zone)
                                .toInstant()))
                .query(rs -> {
                    LocalDate day = LocalDate.ofInstant(
                            rs.getObject(1, OffsetDateTime.class).toInstant(), zone);
                    perDay.merge(day, 1, Integer::sum);
                });
        return perDay;
    }

    private static String groupOf(QuestionRef q) {
        return q.topic() != null ? q.topic() : q.kind().slug();
    }

    private static Progress.Readiness readiness(
            String slug, String name, Set<String> topics, List<QuestionRef> questions, Map<Long, Card> cards) {
        int total = 0;
        double score = 0;
        for (QuestionRef q : questions) {
            if (q.topic() == null || !topics.contains(q.topic())) {
                continue;
            }
            total++;
            Card c = cards.get(q.id());
            if (c != null && c.state() == CardState.REVIEW) {
                score += c.stability() != null && c.stability() >= MASTERED_STABILITY ? 1.0 : 0.5;
            }
        }
        return new Progress.Readiness(slug, name, total == 0 ? 0 : (int) Math.round(100 * score / total), total);
    }
}
