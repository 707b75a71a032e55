package dev.prepstack.editorial.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.catalog.Catalog;
import dev.prepstack.catalog.Question;
import dev.prepstack.editorial.Conflicts;
import dev.prepstack.editorial.Editorial;
import dev.prepstack.editorial.QuestionFields;
import dev.prepstack.editorial.Revision;
import dev.prepstack.editorial.ValidatorRefusal;
import dev.prepstack.shared.ForbiddenException;
import dev.prepstack.shared.InvalidParameterException;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The editors' pages beside the queue: edit a question, create one, resolve a conflict with the shipped bank. */
@Controller
class EditorialDeskPageController {

    private final Editorial editorial;
    private final Conflicts conflicts;
    private final Catalog catalog;

    EditorialDeskPageController(Editorial editorial, Conflicts conflicts, Catalog catalog) {
        this.editorial = editorial;
        this.conflicts = conflicts;
        this.catalog = catalog;
    }

    @GetMapping("/editorial/questions/{slug}/edit")
    String editForm(@AuthenticationPrincipal AccountUser user, @PathVariable String slug, Model model) {
        Question q = editorial.questionToEdit(user, slug);
        model.addAttribute("question", q);
        model.addAttribute("fields", QuestionFields.of(q));
        return "editorial/edit";
    }

    @PostMapping("/editorial/questions/{slug}")
    String edit(
            @AuthenticationPrincipal AccountUser user,
            @PathVariable String slug,
            FieldsForm form,
            @RequestParam(required = false) String changeSummary,
            Model model) {
        QuestionFields fields = form.fields();
        try {
            Revision r = editorial.edit(user, slug, fields, changeSummary);
            return "redirect:/questions/" + slug + "/history?published=" + r.number();
        } catch (ValidatorRefusal | InvalidParameterException | Editorial.StaleEdit e) {
            model.addAttribute("question", editorial.questionToEdit(user, slug));
            model.addAttribute("fields", fields);
            model.addAttribute("changeSummary", changeSummary);
            model.addAttribute("reasons", e instanceof ValidatorRefusal v ? v.reasons() : List.of(e.getMessage()));
            return "editorial/edit";
        }
    }

    @GetMapping("/editorial/questions/new")
    String createForm(@AuthenticationPrincipal AccountUser user, Model model) {
        requireEditor(user);
        model.addAttribute("topics", catalog.topics());
        model.addAttribute(
                "fields",
                new QuestionFields("", "", List.of(), "", List.of(), List.of(), List.of(), List.of(), "intermediate"));
        return "editorial/new";
    }

    @PostMapping("/editorial/questions")
    String create(
            @AuthenticationPrincipal AccountUser user,
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) String slug,
            FieldsForm form,
            @RequestParam(required = false) String changeSummary,
            Model model) {
        QuestionFields fields = form.fields();
        try {
            Revision r = editorial.create(user, topic, slug, fields, changeSummary);
            return "redirect:/questions/" + editorial.slugOf(r) + "/history?published=" + r.number();
        } catch (ValidatorRefusal | InvalidParameterException e) {
            model.addAttribute("topics", catalog.topics());
            model.addAttribute("topic", topic);
            model.addAttribute("slug", slug);
            model.addAttribute("fields", fields);
            model.addAttribute("changeSummary", changeSummary);
            model.addAttribute("reasons", e instanceof ValidatorRefusal v ? v.reasons() : List.of(e.getMessage()));
            return "editorial/new";
        }
    }

    @PostMapping("/editorial/conflicts/{slug}")
    String resolve(
            @AuthenticationPrincipal AccountUser user,
            @PathVariable String slug,
            @RequestParam(required = false) String resolution) {
        requireEditor(user);
        if ("keep".equals(resolution)) {
            conflicts.keep(user, slug);
        } else if ("take-shipped".equals(resolution)) {
            conflicts.takeShipped(user, slug);
        } else {
            throw new InvalidParameterException("resolution", "must be take-shipped or keep");
        }
        return "redirect:/editorial?resolved=" + slug;
    }

    private static void requireEditor(AccountUser user) {
        if (!Editorial.isEditor(user)) {
            throw new ForbiddenException("Only editors create questions and resolve conflicts");
        }
    }
}
