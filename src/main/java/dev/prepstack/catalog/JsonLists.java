package dev.prepstack.catalog;

import dev.prepstack.content.FollowUp;
import dev.prepstack.content.Misconception;
import dev.prepstack.content.Source;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lists are stored as JSON text: portable across H2 and PostgreSQL, written and read with the
 * application's one {@link JsonMapper}.
 */
@Component
class JsonLists {

    private final JsonMapper mapper;

    JsonLists(JsonMapper mapper) {
        this.mapper = mapper;
    }

    String write(List<?> values) {
        return mapper.writeValueAsString(values == null ? List.of() : values);
    }

    List<String> read(String json) {
        return read(json, String[].class);
    }

    List<Misconception> readMisconceptions(String json) {
        return read(json, Misconception[].class);
    }

    List<Source> readSources(String json) {
        return read(json, Source[].class);
    }

    /** Follow-ups were stored as plain text before they carried answers: both forms read. */
    List<FollowUp> readFollowUps(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        List<FollowUp> out = new ArrayList<>();
        for (JsonNode node : mapper.readTree(json)) {
            out.add(
                    node.isString()
                            ? FollowUp.questionOnly(node.asString())
                            : mapper.treeToValue(node, FollowUp.class));
        }
        return List.copyOf(out);
    }

    private <T> List<T> read(String json, Class<T[]> type) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        return List.of(mapper.readValue(json, type));
    }
}
