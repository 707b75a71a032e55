package dev.prepstack.editorial.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.editorial.Conflicts;
import dev.prepstack.editorial.Editorial;
import dev.prepstack.editorial.Revision;
import dev.prepstack.shared.ForbiddenException;
import dev.prepstack.shared.HtmlSafeJson;
import dev.prepstack.shared.InvalidParameterException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The editors' own work beside the queue: new questions, and conflicts with the shipped bank. */
@HtmlSafeJson
@RestController
@Tag(name = "Editorial", description = "Suggestions, the editors' queue, revisions, history and export")
class EditorialDeskApiController {

    private final Editorial editorial;
    private final Conflicts conflicts;

    EditorialDeskApiController(Editorial editorial, Conflicts conflicts) {
        this.editorial = editorial;
        this.conflicts = conflicts;
    }

    @PostMapping("/api/v1/editorial/questions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create a question for a topic: published at once as revision 1 under a permanent slug (EDITOR)")
    Map<String, Object> create(@AuthenticationPrincipal AccountUser user, @RequestBody EditorialBodies.EditBody body) {
        Revision r = editorial.create(user, body.topic(), body.slug(), body.fields(), body.changeSummary());
        return Map.of("slug", editorial.slugOf(r), "revision", EditorialViews.revision(r, List.of()));
    }

    @GetMapping("/api/v1/editorial/conflicts")
    @Operation(
            summary = "Revised questions whose newer shipped file is served instead, with the diff shipped -> editorial"
                    + " (EDITOR)")
    List<Map<String, Object>> conflicts(@AuthenticationPrincipal AccountUser user) {
        return conflicts.list(user).stream()
                .map(c -> Map.<String, Object>of(
                        "questionSlug", c.slug(),
                        "title", c.title(),
                        "revision", EditorialViews.revision(c.revision(), List.of()),
                        "diffs", c.diffs()))
                .toList();
    }

    @PostMapping("/api/v1/editorial/conflicts/{slug}")
    @Operation(
            summary = "Resolve a conflict: take-shipped (the file stays served) or keep (the revision is published"
                    + " again on top of the new file) (EDITOR)")
    Map<String, Object> resolve(
            @AuthenticationPrincipal AccountUser user,
            @PathVariable String slug,
            @RequestBody EditorialBodies.ResolveBody body) {
        requireEditor(user);
        String resolution = body.resolution() == null ? "" : body.resolution();
        switch (resolution) {
            case "take-shipped" -> {
                conflicts.takeShipped(user, slug);
                return Map.of("resolution", resolution);
            }
            case "keep" -> {
                Revision r = conflicts.keep(user, slug);
                return Map.of("resolution", resolution, "revision", EditorialViews.revision(r, List.of()));
            }
            default -> throw new InvalidParameterException("resolution", "must be take-shipped or keep");
        }
    }

    private static void requireEditor(AccountUser user) {
        if (!Editorial.isEditor(user)) {
            throw new ForbiddenException("Only editors create questions and resolve conflicts");
        }
    }
}
