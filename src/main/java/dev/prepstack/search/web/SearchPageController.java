package dev.prepstack.search.web;

import dev.prepstack.catalog.Catalog;
import dev.prepstack.catalog.QuestionFilters;
import dev.prepstack.catalog.Topic;
import dev.prepstack.search.QuestionSearch;
import dev.prepstack.search.SearchMode;
import dev.prepstack.search.SearchResults;
import dev.prepstack.shared.InvalidParameterException;
import dev.prepstack.shared.RateLimitProperties;
import dev.prepstack.shared.RateLimiter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page, and the live results the header search box shows as you type (htmx). */
@Controller
class SearchPageController {

    static final int PAGE_SIZE = 20;
    static final int SUGGESTIONS = 6;

    private final QuestionSearch search;
    private final QuestionFilters filters;
    private final Catalog catalog;

    private final RateLimiter limiter;
    private final RateLimitProperties limits;

    SearchPageController(
            QuestionSearch search,
            QuestionFilters filters,
            Catalog catalog,
            RateLimiter limiter,
            RateLimitProperties limits) {
        this.limiter = limiter;
        this.limits = limits;
        this.search = search;
        this.filters = filters;
        this.catalog = catalog;
    }

    @GetMapping("/search")
    String search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String kind,
            @RequestParam(defaultValue = "0") String page,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        limit(request);
        Map<String, String> topicNames = catalog.topics().stream().collect(Collectors.toMap(Topic::slug, Topic::name));
        model.addAttribute("q", q.length() > 2_000 ? q.substring(0, 2_000) : q);
        model.addAttribute("topic", topic);
        model.addAttribute("level", level);
        model.addAttribute("kind", kind);
        model.addAttribute("topicNames", topicNames);
        model.addAttribute("semanticReady", search.semanticReady());
        try {
            int pageNumber = parsePage(page);
            SearchResults results = search.search(
                    SearchForms.query(q, filters.topic(topic), level, kind, pageNumber, PAGE_SIZE, SearchMode.HYBRID));
            model.addAttribute("results", results);
        } catch (InvalidParameterException e) {
            response.setStatus(400);
            model.addAttribute("error", friendly(e));
        }
        return "search/search";
    }

    @GetMapping("/search/suggest")
    String suggest(@RequestParam(defaultValue = "") String q, Model model, HttpServletRequest request) {
        limit(request);
        if (q.isBlank() || q.length() > 500) {
            model.addAttribute("results", null);
        } else {
            model.addAttribute(
                    "results",
                    search.search(SearchForms.query(q, null, null, null, 0, SUGGESTIONS, SearchMode.HYBRID)));
        }
        model.addAttribute("q", q);
        return "search/suggestions :: suggestions";
    }

    /** Every search embeds its query: one address may not keep the model busy for everyone. */
    private void limit(HttpServletRequest request) {
        limiter.check("search-ip", request.getRemoteAddr(), limits.searchPerMinute(), Duration.ofMinutes(1));
    }

    private static int parsePage(String page) {
        try {
            return Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("page", "must be a whole number");
        }
    }

    private static String friendly(InvalidParameterException e) {
        return switch (e.parameter()) {
            case "q" -> "Your search is too long: please keep it under 500 characters.";
            case "topic" -> "We do not have that topic. Pick one from the list instead.";
            case "level" -> "The level must be fresher, intermediate or experienced.";
            case "kind" -> "The kind must be technical, scenario, behavioral or system design.";
            default -> "That page of results does not exist.";
        };
    }
}
