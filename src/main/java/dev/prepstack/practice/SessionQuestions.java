package dev.prepstack.practice;

import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A practice session's question slugs as stored in {@code practice_session.questions_json}: a JSON
 * array, written with the application's one {@link JsonMapper}. Rows written before the column held
 * JSON (and backups taken then) hold the slugs joined by newlines; both forms read, so no migration
 * has to rewrite them.
 */
@Component
class SessionQuestions {

    private final JsonMapper mapper;

    SessionQuestions(JsonMapper mapper) {
        this.mapper = mapper;
    }

    String write(List<String> slugs) {
        return mapper.writeValueAsString(slugs);
    }

    List<String> read(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        if (stored.startsWith("[")) {
            return List.of(mapper.readValue(stored, String[].class));
        }
        return List.of(stored.split("\n"));
    }
}
