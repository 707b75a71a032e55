package dev.prepstack.catalog;

import dev.prepstack.content.Kind;
import dev.prepstack.content.Level;

/** Filters and paging for listing live questions; null filters match everything. */
public record QuestionQuery(String topic, Level level, Kind kind, String tag, int page, int size) {

    public QuestionQuery {
        if (page < 0) {
            throw new IllegalArgumentException("page must be >= 0");
        }
        if (size < 1 || size > 100) {
            throw new IllegalArgumentException("size must be 1-100");
        }
    }
}
