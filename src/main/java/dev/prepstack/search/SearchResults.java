package dev.prepstack.search;

import java.util.List;
import java.util.Map;

/**
 * A page of results, the facet counts over all matches (each dimension counted with the other
 * dimensions' filters applied), and whether semantic matching took part.
 */
public record SearchResults(
        List<SearchHit> items,
        Map<String, Map<String, Long>> facets,
        long totalItems,
        int page,
        int size,
        boolean semantic) {

    /**
     * Whether a hit is a close match (found near the top by both words and meaning). Without
     * semantic matching every hit counts as close: there is no second opinion to tell them apart.
     */
    public boolean isClose(SearchHit hit) {
        return !semantic || hit.score() > QuestionSearch.CLOSE_MATCH_FLOOR;
    }

    /** The hits of this page that are close matches, in rank order. */
    public List<SearchHit> closeItems() {
        return items.stream().filter(this::isClose).toList();
    }

    /** The hits of this page that are only loosely related, in rank order. */
    public List<SearchHit> looseItems() {
        return items.stream().filter(h -> !isClose(h)).toList();
    }

    public int totalPages() {
        return (int) ((totalItems + size - 1) / size);
    }
}
