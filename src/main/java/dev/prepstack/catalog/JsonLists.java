package dev.prepstack.catalog;

import dev.prepstack.content.FollowUp;
import dev.prepstack.content.Misconception;
import dev.prepstack.content.Source;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
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

    static List<Source> readSources(String json) {
        return read(json, Source[].class);
    }

    /** Follow-ups were stored as plain text before they carried answers: both forms read. */
    static List<FollowUp> readFollowUps(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        List<FollowUp> out = new ArrayList<>();
        for (JsonNode node : MAPPER.readTree(json)) {
            out.add(
                    node.isString()
                            ? FollowUp.questionOnly(node.asString())
                            : MAPPER.treeToValue(node, FollowUp.class));
        }
        return List.copyOf(out);
    }

    private static <T> List<T> read(String json, Class<T[]> type) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        return List.of(MAPPER.readValue(json, type));
    }
}
