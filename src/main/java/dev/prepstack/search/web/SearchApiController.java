package dev.prepstack.search.web;

import dev.prepstack.catalog.QuestionFilters;
import dev.prepstack.search.QuestionSearch;
import dev.prepstack.search.SearchMode;
import dev.prepstack.search.SearchResults;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Search", description = "Hybrid (BM25 + embeddings) search over the question bank; public")
class SearchApiController {

    private final QuestionSearch search;
    private final QuestionFilters filters;

    SearchApiController(QuestionSearch search, QuestionFilters filters) {
        this.search = search;
        this.filters = filters;
    }

    record Item(String slug, String title, String topic, String level, String kind, String snippet, double score) {}

    record Response(
            List<Item> items,
            Map<String, Map<String, Long>> facets,
            long totalItems,
            int page,
            int size,
            int totalPages,
            boolean semantic) {}

    @GetMapping("/search")
    @Operation(
            summary = "Search questions (q up to 500 characters); snippets are HTML-escaped with <mark> around matches")
    Response search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String kind,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        SearchResults r =
                search.search(SearchForms.query(q, filters.topic(topic), level, kind, page, size, SearchMode.HYBRID));
        return new Response(
                r.items().stream()
                        .map(h -> new Item(
                                h.slug(),
                                h.title(),
                                h.topic(),
                                h.level().slug(),
                                h.kind().slug(),
                                h.snippetHtml(),
                                h.score()))
                        .toList(),
                r.facets(),
                r.totalItems(),
                r.page(),
                r.size(),
                r.totalPages(),
                r.semantic());
    }
}
