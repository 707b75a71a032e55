package dev.prepstack.catalog;

import dev.prepstack.content.Misconception;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** Lists of short strings are stored as JSON text: portable across H2 and PostgreSQL. */
final class JsonLists {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonLists() {}

    static String write(List<String> values) {
        return MAPPER.writeValueAsString(values == null ? List.of() : values);
    }

    static List<String> read(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        return List.of(MAPPER.readValue(json, String[].class));
    }

    static String writeMisconceptions(List<Misconception> values) {
        return MAPPER.writeValueAsString(values == null ? List.of() : values);
    }

    static List<Misconception> readMisconceptions(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        return List.of(MAPPER.readValue(json, Misconception[].class));
    }
}
