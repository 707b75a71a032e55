package dev.prepstack.catalog.web;

import dev.prepstack.catalog.Catalog;
import dev.prepstack.catalog.QuestionFilters;
import dev.prepstack.catalog.QuestionLookup;
import dev.prepstack.catalog.QuestionQuery;
import dev.prepstack.catalog.QuestionSummary;
import dev.prepstack.catalog.ResultPage;
import dev.prepstack.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Question bank", description = "Topics and questions; public, read-only")
class QuestionApiController {

    private final Catalog catalog;
    private final QuestionFilters filters;
    private final ContentETags etags;
    private final SerialisedBodies bodies;

    QuestionApiController(Catalog catalog, QuestionFilters filters, ContentETags etags, SerialisedBodies bodies) {
        this.catalog = catalog;
        this.filters = filters;
        this.etags = etags;
        this.bodies = bodies;
    }

    @GetMapping("/topics")
    @Operation(
            summary = "All topics with their question counts per level (technical and scenario questions);"
                    + " ETag and If-None-Match supported")
    List<QuestionApiBodies.TopicResponse> topics(WebRequest request) {
        if (etags.notModified(request, "topics")) {
            return null;
        }
        return catalog.topics().stream().map(QuestionApiBodies::topic).toList();
    }

    @GetMapping("/questions")
    @Operation(
            summary = "Live questions, filtered and paged (page from 0, size 1-100); ETag and If-None-Match supported")
    @ApiResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = QuestionApiBodies.QuestionPage.class)))
    ResponseEntity<byte[]> questions(
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String tag,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            WebRequest request) {
        QuestionFilters.paging(page, size);
        var query = new QuestionQuery(
                filters.topic(topic),
                QuestionFilters.level(level),
                QuestionFilters.kind(kind),
                QuestionFilters.tag(tag),
                page,
                size);
        // After validation: a bad request is a 400 whatever the client holds.
        return json(request, bodies.get(() -> questionPage(query), "questions", query));
    }

    private QuestionApiBodies.QuestionPage questionPage(QuestionQuery query) {
        ResultPage<QuestionSummary> result = catalog.questions(query);
        return new QuestionApiBodies.QuestionPage(
                result.items().stream().map(QuestionApiBodies::item).toList(),
                result.page(),
                result.size(),
                result.totalItems(),
                result.totalPages());
    }

    @GetMapping("/questions/{slug}")
    @Operation(summary = "One question with its answer; a former slug answers 301, a retired question 410")
    @ApiResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = QuestionApiBodies.QuestionResponse.class)))
    ResponseEntity<?> question(@PathVariable String slug, WebRequest request) {
        return switch (catalog.lookup(slug)) {
            case QuestionLookup.Found found ->
                json(request, bodies.get(() -> QuestionApiBodies.question(found.question()), "question", slug));
            case QuestionLookup.Moved moved ->
                ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                        .location(URI.create("/api/v1/questions/" + moved.currentSlug()))
                        .build();
            case QuestionLookup.Retired retired -> {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                        HttpStatus.GONE, "The question '" + slug + "' was retired from the bank.");
                problem.setTitle("Question retired");
                yield ResponseEntity.status(HttpStatus.GONE).body(problem);
            }
            case QuestionLookup.Missing missing -> throw new NotFoundException("No question '" + missing.slug() + "'");
        };
    }

    /** The serialised body, or a 304 without one when the client's copy is current. */
    private static ResponseEntity<byte[]> json(WebRequest request, SerialisedBodies.Body body) {
        if (request.checkNotModified(body.etag())) {
            return null;
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body.json());
    }
}
