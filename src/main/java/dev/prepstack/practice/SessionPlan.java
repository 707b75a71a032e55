package dev.prepstack.practice;

import dev.prepstack.catalog.Catalog;
import dev.prepstack.catalog.QuestionRef;
import dev.prepstack.shared.InvalidParameterException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Which questions a session draws, the same for accounts and guests: due cards first, then new ones. */
final class SessionPlan {

    private SessionPlan() {}

    static List<String> pick(Catalog catalog, SessionRequest request, Map<String, Card> cards, Instant now) {
        return pick(catalog, request, cards, now, InterviewPlans.Today.NONE);
    }

    /** As {@link #pick}, with an interview plan's new questions for today offered before other new ones. */
    static List<String> pick(
            Catalog catalog, SessionRequest request, Map<String, Card> cards, Instant now, InterviewPlans.Today plan) {
        if (request.size() < 1 || request.size() > 100) {
            throw new InvalidParameterException("size", "must be between 1 and 100");
        }
        Set<String> topics = topics(catalog, request);
        List<QuestionRef> candidates = catalog.questionRefs().stream()
                .filter(q -> topics.isEmpty() || (q.topic() != null && topics.contains(q.topic())))
                .filter(q -> request.levels() == null
                        || request.levels().isEmpty()
                        || request.levels().contains(q.level()))
                .filter(q -> request.kinds() == null
                        || request.kinds().isEmpty()
                        || request.kinds().contains(q.kind()))
                .toList();
        List<String> picked = new ArrayList<>();
        if (request.mode() != PracticeMode.NEW) {
            candidates.stream()
                    .filter(q -> cards.containsKey(q.slug())
                            && !cards.get(q.slug()).due().isAfter(now))
                    .sorted(Comparator.comparing(q -> cards.get(q.slug()).due()))
                    .forEach(q -> picked.add(q.slug()));
        }
        if (request.mode() != PracticeMode.DUE) {
            Set<String> inRequest = candidates.stream().map(QuestionRef::slug).collect(Collectors.toSet());
            plan.newFirst().stream()
                    .filter(slug -> inRequest.contains(slug) && !cards.containsKey(slug))
                    .forEach(picked::add);
            Set<String> first = Set.copyOf(plan.newFirst());
            candidates.stream()
                    .filter(q -> !cards.containsKey(q.slug()) && !first.contains(q.slug()))
                    .forEach(q -> picked.add(q.slug()));
        }
        return picked.stream().limit(request.size()).toList();
    }

    private static Set<String> topics(Catalog catalog, SessionRequest request) {
        Set<String> topics = new HashSet<>(request.topics() == null ? List.of() : request.topics());
        if (request.role() != null && !request.role().isBlank()) {
            topics.addAll(catalog.role(request.role())
                    .orElseThrow(() -> new InvalidParameterException("role", "unknown career role"))
                    .topics());
        }
        if (request.pathStep() != null && !request.pathStep().isBlank()) {
            topics.addAll(catalog.learningPath().stream()
                    .filter(s -> s.slug().equals(request.pathStep())
                            || String.valueOf(s.number()).equals(request.pathStep()))
                    .findFirst()
                    .orElseThrow(() -> new InvalidParameterException("pathStep", "unknown learning-path step"))
                    .topics());
        }
        Set<String> known = catalog.topics().stream().map(t -> t.slug()).collect(Collectors.toSet());
        for (String t : topics) {
            if (!known.contains(t)) {
                throw new InvalidParameterException(
                        "topics", "unknown topic '" + t.substring(0, Math.min(40, t.length())) + "'");
            }
        }
        return topics;
    }
}
