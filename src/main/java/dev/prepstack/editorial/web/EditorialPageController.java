package dev.prepstack.editorial.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.catalog.Catalog;
import dev.prepstack.catalog.Question;
import dev.prepstack.editorial.Conflicts;
import dev.prepstack.editorial.Editorial;
import dev.prepstack.editorial.QuestionFields;
import dev.prepstack.editorial.Suggestion;
import dev.prepstack.editorial.SuggestionKind;
import dev.prepstack.editorial.ValidatorRefusal;
import dev.prepstack.shared.InvalidParameterException;
import dev.prepstack.shared.NotFoundException;
import dev.prepstack.shared.TooManyRequestsException;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Pages of the editorial workflow: suggest, my suggestions, the queue, review. */
@Controller
class EditorialPageController {

    private final Editorial editorial;
    private final Conflicts conflicts;
    private final Catalog catalog;

    EditorialPageController(Editorial editorial, Conflicts conflicts, Catalog catalog) {
        this.editorial = editorial;
        this.conflicts = conflicts;
        this.catalog = catalog;
    }

    @GetMapping("/suggestions")
    String mine(@AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("suggestions", editorial.mySuggestions(user));
        return "editorial/mine";
    }

    /** On a question (?question=slug), or a new question for a topic (?topic=slug). */
    @GetMapping("/suggestions/new")
    String form(
            @RequestParam(required = false) String question,
            @RequestParam(required = false) String topic,
            Model model) {
        if (question == null && topic != null) {
            model.addAttribute("topic", catalog.topic(topic).orElseThrow(() -> new NotFoundException("No such topic")));
            model.addAttribute(
                    "fields",
                    new QuestionFields(
                            "", "", List.of(), "", List.of(), List.of(), List.of(), List.of(), "intermediate"));
            model.addAttribute("kinds", List.of(SuggestionKind.NEW_QUESTION));
            model.addAttribute("kind", "new-question");
            return "editorial/suggest";
        }
        Question q = editorial.questionToSuggestOn(question);
        model.addAttribute("question", q);
        model.addAttribute("fields", QuestionFields.of(q));
        model.addAttribute("previewHtml", q.answerHtml());
        model.addAttribute("kinds", List.of(SuggestionKind.values()).subList(0, 5));
        model.addAttribute("kind", "typo");
        return "editorial/suggest";
    }

    @PostMapping("/suggestions")
    String suggest(
            @AuthenticationPrincipal AccountUser user,
            @RequestParam(required = false) String question,
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) String kind,
            FieldsForm form,
            @RequestParam(required = false) String sourceUrl,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) String creditName,
            Model model) {
        QuestionFields fields = form.fields();
        try {
            editorial.suggest(
                    user, new Editorial.SuggestCommand(question, topic, kind, fields, sourceUrl, note, creditName));
            return "redirect:/suggestions?sent";
        } catch (InvalidParameterException | TooManyRequestsException e) {
            if (question == null && topic != null) {
                model.addAttribute(
                        "topic", catalog.topic(topic).orElseThrow(() -> new NotFoundException("No such topic")));
                model.addAttribute("kinds", List.of(SuggestionKind.NEW_QUESTION));
            } else {
                model.addAttribute("question", editorial.questionToSuggestOn(question));
                model.addAttribute("kinds", List.of(SuggestionKind.values()).subList(0, 5));
            }
            model.addAttribute("fields", fields);
            model.addAttribute("previewHtml", editorial.preview(fields.answerMarkdown()));
            model.addAttribute("kind", kind);
            model.addAttribute("sourceUrl", sourceUrl);
            model.addAttribute("note", note);
            model.addAttribute("creditName", creditName);
            model.addAttribute(
                    "error",
                    e instanceof InvalidParameterException
                            ? e.getMessage()
                            : "You have sent many suggestions today: please try again tomorrow.");
            model.addAttribute("errorField", e instanceof InvalidParameterException i ? i.parameter() : null);
            return "editorial/suggest";
        }
    }

    @PostMapping("/suggestions/preview")
    String preview(@RequestParam(required = false) String answerMarkdown, Model model) {
        model.addAttribute("html", editorial.preview(answerMarkdown));
        return "editorial/fragments :: preview";
    }

    @GetMapping("/editorial")
    String queue(
            @AuthenticationPrincipal AccountUser user,
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) Integer olderThanDays,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("queue", editorial.queue(user, topic, kind, olderThanDays, page, 50));
        model.addAttribute("conflicts", conflicts.list(user));
        model.addAttribute("topics", catalog.topics());
        model.addAttribute("kinds", SuggestionKind.values());
        model.addAttribute("topic", topic);
        model.addAttribute("kind", kind);
        model.addAttribute("olderThanDays", olderThanDays);
        return "editorial/queue";
    }

    @GetMapping("/editorial/suggestions/{id}")
    String review(@AuthenticationPrincipal AccountUser user, @PathVariable long id, Model model) {
        var review = editorial.review(user, id);
        model.addAttribute("review", review);
        model.addAttribute("fields", review.proposed());
        return "editorial/review";
    }

    @PostMapping("/editorial/suggestions/{id}/accept")
    String accept(
            @AuthenticationPrincipal AccountUser user,
            @PathVariable long id,
            FieldsForm form,
            @RequestParam(required = false) String slug,
            @RequestParam(required = false) String changeSummary,
            @RequestParam(required = false) String reply,
            Model model) {
        QuestionFields edited = form.fields();
        try {
            editorial.accept(user, id, new Editorial.Acceptance(edited, changeSummary, reply, slug));
            return "redirect:/editorial?accepted=" + id;
        } catch (ValidatorRefusal | InvalidParameterException | Suggestion.AlreadyDecided | Editorial.StaleEdit e) {
            var review = editorial.review(user, id);
            model.addAttribute("review", review);
            model.addAttribute("fields", edited);
            model.addAttribute("slug", slug);
            model.addAttribute("changeSummary", changeSummary);
            model.addAttribute("reply", reply);
            model.addAttribute("reasons", e instanceof ValidatorRefusal v ? v.reasons() : List.of(e.getMessage()));
            return "editorial/review";
        }
    }

    @PostMapping("/editorial/suggestions/{id}/reject")
    String reject(
            @AuthenticationPrincipal AccountUser user,
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            Model model) {
        try {
            editorial.reject(user, id, reason);
            return "redirect:/editorial?rejected=" + id;
        } catch (InvalidParameterException | Suggestion.AlreadyDecided e) {
            var review = editorial.review(user, id);
            model.addAttribute("review", review);
            model.addAttribute("fields", review.proposed());
            model.addAttribute("reasons", List.of(e.getMessage()));
            return "editorial/review";
        }
    }
}
