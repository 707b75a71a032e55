package dev.prepstack.content;

/** Fixture factory for question files: a valid one by default, with the parts a test changes. */
final class Questions {

    private Questions() {}

    static String body(int words) {
        return ("Indexes trade write cost for read speed. ".repeat(words / 7 + 1)).trim();
    }

    static String aTechnicalQuestion(String slug) {
        return aQuestion(slug, "technical", "topic: databases", body(250));
    }

    static String aQuestion(String slug, String kind, String topicLine, String body) {
        return """
                ---
                slug: %s
                title: What does an index cost you on writes?
                aliases:
                  - Why are inserts slower with many indexes?
                kind: %s
                %s
                level: intermediate
                tags: [indexing, writes]
                updated: 2026-11-01
                summary: Every index is another structure to update on each write. Reads get faster, writes slower.
                key_points:
                  - Each index adds work to every insert and update.
                  - Unused indexes cost writes and memory for nothing.
                  - Measure with the workload before adding an index.
                follow_ups:
                  - How do you find unused indexes in PostgreSQL?
                related: []
                previous_slugs: []
                ---
                %s
                """.formatted(slug, kind, topicLine, body);
    }
}
