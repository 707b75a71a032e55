package dev.prepstack.editorial.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.editorial.RevisionHistory;
import dev.prepstack.shared.HtmlSafeJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@HtmlSafeJson
@RestController
@Tag(name = "Editorial history", description = "Revisions of questions, what changed for a learner, the export")
class RevisionApiController {

    private final RevisionHistory history;

    RevisionApiController(RevisionHistory history) {
        this.history = history;
    }

    @GetMapping("/api/v1/questions/{slug}/revisions")
    @Operation(summary = "A question's editorial history, newest first, each with its diff")
    Map<String, Object> history(@PathVariable String slug) {
        var h = history.history(slug);
        return Map.of(
                "question",
                h.question().slug(),
                "conflict",
                h.conflict() == null ? "" : h.conflict(),
                "revisions",
                h.entries().stream()
                        .map(e -> EditorialViews.revision(e.revision(), e.diffs()))
                        .toList());
    }

    @GetMapping("/api/v1/changes/{slug}")
    @Operation(summary = "How the question's key points changed since your last review of it (204 when they did not)")
    ResponseEntity<Map<String, Object>> changes(@AuthenticationPrincipal AccountUser user, @PathVariable String slug) {
        return history.changesSinceReview(user.id(), slug)
                .map(n -> ResponseEntity.ok(Map.<String, Object>of(
                        "lastReviewedAt",
                        n.lastReviewed().toString(),
                        "revisions",
                        n.revisions().stream().map(r -> r.number()).toList(),
                        "keyPoints",
                        n.keyPoints())))
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @PostMapping("/api/v1/changes/{slug}/review-as-new")
    @Operation(
            summary = "Review the card as new: its schedule is forgotten (key points changed since your last review;"
                    + " notes and answer history stay)")
    ResponseEntity<Void> reviewAsNew(@AuthenticationPrincipal AccountUser user, @PathVariable String slug) {
        history.reviewAsNew(user.id(), slug);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/admin/content/export")
    @Operation(summary = "The served editorial revisions as Markdown files in the bank's format, zipped (ADMIN)")
    ResponseEntity<byte[]> export() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"prepstack-content-revisions.zip\"")
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(history.export());
    }
}
