package dev.prepstack.hiring.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.hiring.ItemRef;
import dev.prepstack.hiring.Kit;
import dev.prepstack.hiring.KitDraft;
import dev.prepstack.hiring.KitItem;
import dev.prepstack.hiring.KitSummary;
import dev.prepstack.hiring.KitVersionSummary;
import dev.prepstack.hiring.Kits;
import dev.prepstack.shared.HtmlSafeJson;
import dev.prepstack.shared.InvalidParameterException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@HtmlSafeJson
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Hiring: kits", description = "Interview kits and custom questions of your current organisation")
class KitApiController {

    private final Kits kits;

    KitApiController(Kits kits) {
        this.kits = kits;
    }

    record ItemBody(String questionSlug, Long customQuestionId) {}

    record KitBody(
            String title,
            String role,
            String level,
            Integer minutesPerQuestion,
            List<String> attributes,
            List<ItemBody> items,
            Map<String, List<String>> anchors,
            Map<String, Double> weights) {}

    record CopyBody(String title) {}

    record KitResponse(
            long id,
            int version,
            int currentVersion,
            String title,
            String role,
            String level,
            int minutesPerQuestion,
            int totalMinutes,
            List<String> attributes,
            List<KitItem> items,
            String author,
            Instant versionCreatedAt,
            boolean archived,
            Map<String, List<String>> anchors,
            Map<String, Double> weights) {}

    record KitListItem(
            long id, String title, String role, String level, int version, int questions, Instant updatedAt) {}

    @PostMapping("/kits")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a kit (version 1) in your current organisation")
    KitResponse create(@AuthenticationPrincipal AccountUser user, @RequestBody KitBody body) {
        return response(kits.create(Interviewers.id(user), draft(body)));
    }

    @GetMapping("/kits")
    @Operation(summary = "The kits of your current organisation")
    List<KitListItem> list(@AuthenticationPrincipal AccountUser user) {
        return kits.list(Interviewers.id(user)).stream()
                .map(KitApiController::item)
                .toList();
    }

    @GetMapping("/kits/{id}")
    @Operation(summary = "A kit's latest version, or the version asked for")
    KitResponse one(
            @AuthenticationPrincipal AccountUser user,
            @PathVariable long id,
            @RequestParam(required = false) Integer version) {
        return response(kits.find(Interviewers.id(user), id, version));
    }

    @PutMapping("/kits/{id}")
    @Operation(summary = "Edit a kit: writes a new version; earlier versions and their scorecards stay as they were")
    KitResponse update(@AuthenticationPrincipal AccountUser user, @PathVariable long id, @RequestBody KitBody body) {
        return response(kits.update(Interviewers.id(user), id, draft(body)));
    }

    @DeleteMapping("/kits/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a kit (one with scorecards is archived so they keep their version)")
    void delete(@AuthenticationPrincipal AccountUser user, @PathVariable long id) {
        kits.delete(Interviewers.id(user), id);
    }

    @PostMapping("/kits/{id}/anchor-proposal")
    @Operation(
            summary = "Propose anchors (ratings 1-4 per attribute) from the kit's key points and common mistakes;"
                    + " nothing is saved: edit them and PUT the kit to publish a version with them")
    Map<String, List<String>> proposeAnchors(@AuthenticationPrincipal AccountUser user, @PathVariable long id) {
        return kits.proposeAnchors(Interviewers.id(user), id);
    }

    @GetMapping("/kits/{id}/versions")
    @Operation(summary = "Every version of a kit, newest first, with how many scorecards use each")
    List<KitVersionSummary> versions(@AuthenticationPrincipal AccountUser user, @PathVariable long id) {
        return kits.versions(Interviewers.id(user), id);
    }

    @PostMapping("/kits/{id}/copy")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Copy a kit's latest version into a new kit")
    KitResponse copy(
            @AuthenticationPrincipal AccountUser user,
            @PathVariable long id,
            @RequestBody(required = false) CopyBody body) {
        return response(kits.copy(Interviewers.id(user), id, body == null ? null : body.title()));
    }

    static KitDraft draft(KitBody body) {
        List<ItemRef> items = body.items() == null
                ? null
                : body.items().stream()
                        .map(i -> {
                            if (i == null) {
                                throw new InvalidParameterException("items", "must not contain empty entries");
                            }
                            return new ItemRef(i.questionSlug(), i.customQuestionId());
                        })
                        .toList();
        return new KitDraft(
                body.title(),
                body.role(),
                KitDraft.level(body.level()),
                body.minutesPerQuestion() == null ? 10 : body.minutesPerQuestion(),
                body.attributes(),
                items,
                body.anchors(),
                body.weights());
    }

    static KitResponse response(Kit k) {
        return new KitResponse(
                k.id(),
                k.version(),
                k.currentVersion(),
                k.title(),
                k.role(),
                k.level().slug(),
                k.minutesPerQuestion(),
                k.totalMinutes(),
                k.attributes(),
                k.items(),
                k.author(),
                k.versionCreatedAt(),
                k.archived(),
                k.anchors(),
                attributeWeights(k));
    }

    /** Every attribute's weight, 1 where the version gave none (versions written before weights existed). */
    private static Map<String, Double> attributeWeights(Kit k) {
        Map<String, Double> weights = new java.util.LinkedHashMap<>();
        k.attributes().forEach(a -> weights.put(a, k.weight(a)));
        return weights;
    }

    static KitListItem item(KitSummary k) {
        return new KitListItem(
                k.id(), k.title(), k.role(), k.level().slug(), k.version(), k.questions(), k.updatedAt());
    }
}
