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

    public int totalPages() {
        return (int) ((totalItems + size - 1) / size);
    }
}
