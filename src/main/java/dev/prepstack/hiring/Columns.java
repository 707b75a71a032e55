package dev.prepstack.hiring;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * How hiring's values sit in columns. Short lists (key points, follow-ups, ticked indexes) are JSON
 * text, portable across H2 and PostgreSQL, written and read with the application's one {@link
 * JsonMapper}; instants are UTC timestamps.
 */
@Component
class Columns {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private static final TypeReference<List<Integer>> INTEGERS = new TypeReference<>() {};
    private static final TypeReference<LinkedHashMap<String, List<String>>> ANCHORS = new TypeReference<>() {};
    private static final TypeReference<LinkedHashMap<String, Double>> WEIGHTS = new TypeReference<>() {};

    private final JsonMapper json;

    Columns(JsonMapper json) {
        this.json = json;
    }

    String write(List<?> values) {
        return json.writeValueAsString(values == null ? List.of() : values);
    }

    String writeMap(Map<String, ?> values) {
        return values == null || values.isEmpty() ? null : json.writeValueAsString(values);
    }

    /** Anchors per attribute (four texts, rating 1 first); an absent column reads as none written. */
    Map<String, List<String>> anchors(String column) {
        return column == null || column.isBlank() ? Map.of() : json.readValue(column, ANCHORS);
    }

    /** Weights per attribute; an absent column reads as none given (equal weights). */
    Map<String, Double> weights(String column) {
        return column == null || column.isBlank() ? Map.of() : json.readValue(column, WEIGHTS);
    }

    List<String> strings(String column) {
        return column == null || column.isBlank() ? List.of() : List.copyOf(json.readValue(column, STRINGS));
    }

    List<Integer> integers(String column) {
        return column == null || column.isBlank() ? List.of() : json.readValue(column, INTEGERS);
    }

    static OffsetDateTime timestamp(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
