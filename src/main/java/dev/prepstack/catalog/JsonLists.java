package dev.prepstack.catalog;

import dev.prepstack.content.Misconception;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** Lists are stored as JSON text: portable across H2 and PostgreSQL. */
final class JsonLists {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonLists() {}

    static String write(List<?> values) {
        return MAPPER.writeValueAsString(values == null ? List.of() : values);
    }

    static List<String> read(String json) {
        return read(json, String[].class);
    }

    static List<Misconception> readMisconceptions(String json) {
        return read(json, Misconception[].class);
    }

    private static <T> List<T> read(String json, Class<T[]> type) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        return List.of(MAPPER.readValue(json, type));
    }
}
