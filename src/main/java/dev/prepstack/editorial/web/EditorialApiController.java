package dev.prepstack.editorial.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.editorial.Editorial;
import dev.prepstack.editorial.Revision;
import dev.prepstack.editorial.Suggestion;
import dev.prepstack.shared.HtmlSafeJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@HtmlSafeJson
@RestController
@Tag(name = "Editorial", description = "Suggestions, the editors' queue, revisions, history and export")
class EditorialApiController {

    private final Editorial editorial;

    EditorialApiController(Editorial editorial) {
        this.editorial = editorial;
    }

    @PostMapping("/api/v1/suggestions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Suggest a change to a question (or a new question for a topic); factual and outdated need sourceUrl")
    EditorialViews.SuggestionView suggest(
            @AuthenticationPrincipal AccountUser user, @RequestBody EditorialBodies.SuggestBody body) {
        Suggestion s = editorial.suggest(
                user,
                new Editorial.SuggestCommand(
                        body.questionSlug(),
                        body.topic(),
                        body.kind(),
                        body.fields(),
                        body.sourceUrl(),
                        body.note(),
                        body.creditName()));
        return EditorialViews.suggestion(s);
    }

    @GetMapping("/api/v1/suggestions")
    @Operation(summary = "Your suggestions, newest first, with status and the editor's reply")
    List<EditorialViews.SuggestionView> mine(@AuthenticationPrincipal AccountUser user) {
        return editorial.mySuggestions(user).stream()
                .map(EditorialViews::suggestion)
                .toList();
    }

    @GetMapping("/api/v1/suggestions/{id}")
    @Operation(summary = "One of your suggestions (editors: anyone's)")
    EditorialViews.SuggestionView one(@AuthenticationPrincipal AccountUser user, @PathVariable long id) {
        return EditorialViews.suggestion(editorial.suggestion(user, id));
    }

    @GetMapping("/api/v1/editorial/queue")
    @Operation(summary = "Pending suggestions, oldest first; filter by topic, kind and age (EDITOR)")
    Map<String, Object> queue(
            @AuthenticationPrincipal AccountUser user,
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) Integer olderThanDays,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var queue = editorial.queue(user, topic, kind, olderThanDays, page, size);
        return Map.of(
                "items",
                queue.items().stream().map(EditorialViews::queueItem).toList(),
                "page",
                queue.page(),
                "size",
                queue.size(),
                "total",
                queue.total());
    }

    @GetMapping("/api/v1/editorial/suggestions/{id}")
    @Operation(summary = "A suggestion with the side-by-side diff of every field against the current version (EDITOR)")
    EditorialViews.ReviewView review(@AuthenticationPrincipal AccountUser user, @PathVariable long id) {
        return EditorialViews.review(editorial.review(user, id));
    }

    @PostMapping("/api/v1/editorial/suggestions/{id}/accept")
    @Operation(
            summary =
                    "Accept (optionally edited first): publishes a revision once the bank's validator passes it (EDITOR)")
    EditorialViews.RevisionView accept(
            @AuthenticationPrincipal AccountUser user,
            @PathVariable long id,
            @RequestBody EditorialBodies.AcceptBody body) {
        Revision r = editorial.accept(
                user, id, new Editorial.Acceptance(body.edited(), body.changeSummary(), body.reply(), body.slug()));
        return EditorialViews.revision(r, List.of());
    }

    @PostMapping("/api/v1/editorial/suggestions/{id}/reject")
    @Operation(summary = "Reject with a reason the reader sees (EDITOR)")
    EditorialViews.SuggestionView reject(
            @AuthenticationPrincipal AccountUser user,
            @PathVariable long id,
            @RequestBody EditorialBodies.RejectBody body) {
        return EditorialViews.suggestion(editorial.reject(user, id, body.reason()));
    }

    @PutMapping("/api/v1/editorial/questions/{slug}")
    @Operation(summary = "Edit a question directly: publishes a revision (EDITOR)")
    EditorialViews.RevisionView edit(
            @AuthenticationPrincipal AccountUser user,
            @PathVariable String slug,
            @RequestBody EditorialBodies.EditBody body) {
        Revision r = editorial.edit(user, slug, body.fields(), body.changeSummary());
        return EditorialViews.revision(r, List.of());
    }
}
