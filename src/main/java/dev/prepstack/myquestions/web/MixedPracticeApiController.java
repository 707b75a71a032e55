package dev.prepstack.myquestions.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.myquestions.MixedPractice;
import dev.prepstack.myquestions.PracticeSource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "My questions", description = "Your own questions: write, import, practise and export them")
class MixedPracticeApiController {

    private final MixedPractice mixed;

    MixedPracticeApiController(MixedPractice mixed) {
        this.mixed = mixed;
    }

    /** One card to practise, with where its rating and its answer check go. */
    record QueueItem(
            String kind, Long id, String slug, String title, Instant due, String reviewPath, String feedbackPath) {
        static QueueItem of(MixedPractice.Item i) {
            return i.mine()
                    ? new QueueItem(
                            i.kind(),
                            i.id(),
                            null,
                            i.title(),
                            i.due(),
                            "/api/v1/me/questions/" + i.id() + "/reviews",
                            "/api/v1/me/questions/" + i.id() + "/feedback")
                    : new QueueItem(
                            i.kind(),
                            null,
                            i.slug(),
                            i.title(),
                            i.due(),
                            "/api/v1/practice/reviews",
                            "/api/v1/feedback");
        }
    }

    record Queue(String from, List<QueueItem> items) {}

    @GetMapping("/api/v1/me/practice-queue")
    @Operation(
            summary = "What to practise now from your questions (from=mine), the bank (from=bank) or both mixed"
                    + " (from=both, the default): due cards first, oldest due first, then your new questions."
                    + " Rate each at its reviewPath: own questions and bank ones share FSRS-6 and its parameters")
    Queue queue(
            @AuthenticationPrincipal AccountUser user,
            @RequestParam(defaultValue = "both") String from,
            @RequestParam(defaultValue = "20") int limit) {
        PracticeSource source = PracticeSource.parse(from);
        return new Queue(
                source.slug(),
                mixed.queue(user.id(), source, limit).stream()
                        .map(QueueItem::of)
                        .toList());
    }
}
