package dev.prepstack.search.web;

import dev.prepstack.catalog.QuestionFilters;
import dev.prepstack.search.SearchMode;
import dev.prepstack.search.SearchQuery;
import dev.prepstack.shared.InvalidParameterException;

/** Turns request parameters into a search, with the same rules for the API and the pages. */
final class SearchForms {

    private SearchForms() {}

    static SearchQuery query(String q, String topic, String level, String kind, int page, int size, SearchMode mode) {
        String text = q == null ? "" : q.strip();
        if (text.length() > SearchQuery.MAX_TEXT_LENGTH) {
            throw new InvalidParameterException("q", "must be at most " + SearchQuery.MAX_TEXT_LENGTH + " characters");
        }
        QuestionFilters.paging(page, size);
        return new SearchQuery(text, topic, QuestionFilters.level(level), QuestionFilters.kind(kind), page, size, mode);
    }
}
