package dev.prepstack.hiring;

import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Short lists are stored as JSON text: portable across H2 and PostgreSQL. */
final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {}

    static String write(List<?> values) {
        return MAPPER.writeValueAsString(values == null ? List.of() : values);
    }

    static List<String> strings(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        return List.of(MAPPER.readValue(json, String[].class));
    }

    static List<Integer> integers(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        return MAPPER.readValue(json, new TypeReference<List<Integer>>() {});
    }
}
