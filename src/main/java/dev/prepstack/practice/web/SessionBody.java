package dev.prepstack.practice.web;

import dev.prepstack.catalog.QuestionFilters;
import dev.prepstack.content.Kind;
import dev.prepstack.content.Level;
import dev.prepstack.practice.PracticeMode;
import dev.prepstack.practice.SessionRequest;
import dev.prepstack.shared.InvalidParameterException;
import java.util.List;

/** The API's request to start a practice session. */
record SessionBody(
        List<String> topics,
        List<String> levels,
        List<String> kinds,
        String role,
        String pathStep,
        Integer size,
        String mode) {

    SessionRequest request() {
        int n = size == null ? 10 : size;
        PracticeMode m = mode == null
                ? PracticeMode.MIXED
                : PracticeMode.parse(mode)
                        .orElseThrow(() -> new InvalidParameterException("mode", "must be one of new, due, mixed"));
        List<Level> parsedLevels = levels == null
                ? List.of()
                : levels.stream().map(QuestionFilters::level).toList();
        List<Kind> parsedKinds = kinds == null
                ? List.of()
                : kinds.stream().map(QuestionFilters::kind).toList();
        if (topics != null && topics.size() > 20) {
            throw new InvalidParameterException("topics", "at most 20 topics");
        }
        return new SessionRequest(topics, parsedLevels, parsedKinds, role, pathStep, n, m);
    }
}
