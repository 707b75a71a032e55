package dev.prepstack.practice;

import dev.prepstack.catalog.Catalog;
import dev.prepstack.catalog.Topic;
import dev.prepstack.content.Level;
import dev.prepstack.shared.InvalidParameterException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The rules an interview plan's input must meet, with messages a person can act on. */
final class PlanValidation {

    static final int MAX_PLANS = 10;
    static final int MIN_MINUTES = 5;
    static final int MAX_MINUTES = 600;
    static final int MAX_DAYS_AHEAD = 730;
    static final int MAX_TOPICS = 100;
    static final int MAX_TITLE = 100;
    static final double DEFAULT_TARGET = 0.90;

    private PlanValidation() {}

    static void checkRoom(int existing) {
        if (existing >= MAX_PLANS) {
            throw new InvalidParameterException(
                    "plans", "at most " + MAX_PLANS + " interviews can be planned; delete one first");
        }
    }

    static InterviewPlan validate(Catalog catalog, PlanRequest r, long id, LocalDate today, Instant createdAt) {
        if (r == null) {
            throw new InvalidParameterException("interviewOn", "is required");
        }
        LocalDate on = r.interviewOn();
        if (on == null) {
            throw new InvalidParameterException("interviewOn", "is required (a date such as 2027-01-31)");
        }
        checkDate(on, today);
        Integer minutes = r.minutesPerDay();
        if (minutes == null || minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            throw new InvalidParameterException(
                    "minutesPerDay", "must be between " + MIN_MINUTES + " and " + MAX_MINUTES + " minutes");
        }
        double target = r.target() == null ? DEFAULT_TARGET : r.target();
        if (Double.isNaN(target) || target < 0.70 || target > 0.97) {
            throw new InvalidParameterException("target", "must be between 0.70 and 0.97");
        }
        String title = title(r.title(), on);
        String role = r.role() == null || r.role().isBlank() ? null : r.role().strip();
        List<String> topics = r.topics() == null
                ? List.of()
                : r.topics().stream()
                        .filter(t -> t != null && !t.isBlank())
                        .map(String::strip)
                        .distinct()
                        .toList();
        if (topics.size() > MAX_TOPICS) {
            throw new InvalidParameterException("topics", "at most " + MAX_TOPICS + " topics");
        }
        Level seniority = level("seniority", r.seniority());
        List<Level> levels = levels(r.levels());
        if (role == null && topics.isEmpty()) {
            throw new InvalidParameterException("scope", "choose a career role or at least one topic");
        }
        if (role != null && seniority == null) {
            throw new InvalidParameterException(
                    "seniority", "is required with a role: fresher, intermediate or experienced");
        }
        InterviewPlan plan = new InterviewPlan(
                id,
                title,
                on,
                role,
                seniority,
                topics,
                seniority == null ? levels : List.of(),
                minutes,
                target,
                createdAt);
        Set<String> scopeTopics = scopeTopics(catalog, role, topics);
        if (catalog.questionRefs().stream().noneMatch(q -> plan.covers(q, scopeTopics))) {
            throw new InvalidParameterException("scope", "matches no questions; choose other topics or levels");
        }
        return plan;
    }

    private static void checkDate(LocalDate on, LocalDate today) {
        if (!on.isAfter(today)) {
            throw new InvalidParameterException("interviewOn", "must be after today");
        }
        if (on.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            throw new InvalidParameterException("interviewOn", "must be within " + MAX_DAYS_AHEAD + " days");
        }
    }

    private static String title(String title, LocalDate on) {
        String t = title == null ? "" : title.strip();
        if (t.length() > MAX_TITLE) {
            throw new InvalidParameterException("title", "must be at most " + MAX_TITLE + " characters");
        }
        return t.isEmpty() ? "Interview on " + on : t;
    }

    /** The topics a scope covers: its role's and its own; unknown ones are refused. */
    static Set<String> scopeTopics(Catalog catalog, String role, List<String> topics) {
        Set<String> out = new LinkedHashSet<>(topics);
        if (role != null) {
            out.addAll(catalog.role(role)
                    .orElseThrow(() -> new InvalidParameterException("role", "unknown career role"))
                    .topics());
        }
        Set<String> known = catalog.topics().stream().map(Topic::slug).collect(Collectors.toSet());
        for (String t : topics) {
            if (!known.contains(t)) {
                // The value is not echoed: it may be anything a client sent.
                throw new InvalidParameterException("topics", "names an unknown topic");
            }
        }
        return out;
    }

    private static List<Level> levels(List<String> values) {
        return values == null
                ? List.of()
                : values.stream()
                        .filter(l -> l != null && !l.isBlank())
                        .map(l -> level("levels", l))
                        .distinct()
                        .toList();
    }

    private static Level level(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Level.fromSlug(value)
                .orElseThrow(() ->
                        new InvalidParameterException(field, "must be one of fresher, intermediate, experienced"));
    }
}
