package dev.prepstack.myquestions.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.myquestions.ImportRejectedException;
import dev.prepstack.myquestions.OwnPractice;
import dev.prepstack.myquestions.OwnQuestion;
import dev.prepstack.myquestions.OwnQuestionDraft;
import dev.prepstack.myquestions.OwnQuestionExports;
import dev.prepstack.myquestions.OwnQuestionImports;
import dev.prepstack.myquestions.OwnQuestions;
import dev.prepstack.practice.Rating;
import dev.prepstack.shared.InvalidParameterException;
import dev.prepstack.shared.TooManyRequestsException;
import java.io.IOException;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The "My questions" pages: list, form with a live preview, import with its preview, export, practice. */
@Controller
class OwnQuestionPageController {

    static final int PAGE_SIZE = 50;

    private final OwnQuestions questions;
    private final OwnPractice practice;
    private final OwnQuestionImports imports;
    private final OwnQuestionExports exports;

    OwnQuestionPageController(
            OwnQuestions questions, OwnPractice practice, OwnQuestionImports imports, OwnQuestionExports exports) {
        this.questions = questions;
        this.practice = practice;
        this.imports = imports;
        this.exports = exports;
    }

    @GetMapping("/my-questions")
    String list(@AuthenticationPrincipal AccountUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("questions", questions.list(user.id(), null, Math.max(0, Math.min(page, 1_000)), PAGE_SIZE));
        model.addAttribute("summary", practice.summary(user.id()));
        model.addAttribute("page", page);
        model.addAttribute("pageSize", PAGE_SIZE);
        model.addAttribute("max", OwnQuestions.MAX_PER_ACCOUNT);
        return "myquestions/list";
    }

    /** The progress dashboard's part on own questions, loaded into it with htmx. */
    @GetMapping("/my-questions/progress")
    String progress(@AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("summary", practice.summary(user.id()));
        return "myquestions/progress :: summary";
    }

    @GetMapping("/my-questions/new")
    String newQuestion(Model model) {
        model.addAttribute("form", Form.empty());
        return "myquestions/edit";
    }

    @PostMapping("/my-questions")
    String create(
            @AuthenticationPrincipal AccountUser user,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String answer,
            @RequestParam(defaultValue = "") String keyPoints,
            @RequestParam(defaultValue = "") String followUps,
            @RequestParam(defaultValue = "") String tags,
            @RequestParam(defaultValue = "") String level,
            Model model,
            RedirectAttributes flash) {
        var form = new Form(null, title, answer, keyPoints, followUps, tags, level);
        try {
            OwnQuestion q = questions.create(user.id(), form.draft());
            flash.addFlashAttribute("message", "Question saved. It is in your practice from now on.");
            return "redirect:/my-questions/" + q.id();
        } catch (InvalidParameterException e) {
            return formWithError(form, e, model);
        }
    }

    @GetMapping("/my-questions/{id}")
    String show(@AuthenticationPrincipal AccountUser user, @PathVariable long id, Model model) {
        var status = practice.status(user.id(), id);
        model.addAttribute("question", status.question());
        model.addAttribute("card", status.card());
        model.addAttribute("answerHtml", questions.answerHtml(status.question().answer()));
        return "myquestions/show";
    }

    @GetMapping("/my-questions/{id}/edit")
    String edit(@AuthenticationPrincipal AccountUser user, @PathVariable long id, Model model) {
        model.addAttribute("form", Form.of(questions.find(user.id(), id)));
        model.addAttribute(
                "previewHtml",
                questions.answerHtml(questions.find(user.id(), id).answer()));
        return "myquestions/edit";
    }

    @PostMapping("/my-questions/{id}")
    String update(
            @AuthenticationPrincipal AccountUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String answer,
            @RequestParam(defaultValue = "") String keyPoints,
            @RequestParam(defaultValue = "") String followUps,
            @RequestParam(defaultValue = "") String tags,
            @RequestParam(defaultValue = "") String level,
            Model model,
            RedirectAttributes flash) {
        questions.find(user.id(), id);
        var form = new Form(id, title, answer, keyPoints, followUps, tags, level);
        try {
            questions.update(user.id(), id, form.draft());
            flash.addFlashAttribute("message", "Question saved.");
            return "redirect:/my-questions/" + id;
        } catch (InvalidParameterException e) {
            return formWithError(form, e, model);
        }
    }

    @PostMapping("/my-questions/{id}/delete")
    String delete(@AuthenticationPrincipal AccountUser user, @PathVariable long id, RedirectAttributes flash) {
        questions.delete(user.id(), id);
        flash.addFlashAttribute("message", "Question deleted, with its practice history.");
        return "redirect:/my-questions";
    }

    /** The form's live preview (htmx): the answer rendered and sanitised as the bank's answers are. */
    @PostMapping("/my-questions/preview")
    @ResponseBody
    String preview(@RequestParam(defaultValue = "") String answer) {
        if (answer.length() > OwnQuestionDraft.MAX_ANSWER) {
            return "<p class=\"field-error\">The answer is longer than 20,000 characters.</p>";
        }
        String html = questions.answerHtml(answer);
        return html.isEmpty() ? "<p class=\"hint\">The preview of your answer appears here.</p>" : html;
    }

    @GetMapping("/my-questions/import")
    String importForm() {
        return "myquestions/import";
    }

    @PostMapping("/my-questions/import")
    String importPreview(
            @AuthenticationPrincipal AccountUser user,
            @RequestParam(required = false) MultipartFile file,
            Model model) {
        try {
            var staged =
                    imports.stage(user.id(), OwnQuestionApiController.name(file), OwnQuestionApiController.bytes(file));
            model.addAttribute("staged", staged);
            model.addAttribute("preview", staged.preview());
            return "myquestions/import-preview";
        } catch (ImportRejectedException e) {
            model.addAttribute("problems", e.problems());
            model.addAttribute("fileName", OwnQuestionApiController.name(file));
        } catch (InvalidParameterException | TooManyRequestsException e) {
            model.addAttribute("error", message(e));
        } catch (IOException e) {
            model.addAttribute("error", "The file could not be read; please try again.");
        }
        return "myquestions/import";
    }

    @PostMapping("/my-questions/import/{id}/confirm")
    String confirmImport(@AuthenticationPrincipal AccountUser user, @PathVariable long id, RedirectAttributes flash) {
        try {
            var done = imports.confirm(user.id(), id);
            flash.addFlashAttribute(
                    "message",
                    "Imported " + done.created() + (done.created() == 1 ? " question" : " questions") + " from "
                            + done.fileName()
                            + (done.skipped().isEmpty()
                                    ? "."
                                    : "; skipped " + done.skipped().size() + "."));
        } catch (ImportRejectedException e) {
            flash.addFlashAttribute("error", "Nothing was imported: " + String.join("; ", e.problems()));
        }
        return "redirect:/my-questions";
    }

    @GetMapping("/my-questions/export")
    ResponseEntity<byte[]> export(
            @AuthenticationPrincipal AccountUser user, @RequestParam(defaultValue = "csv") String format) {
        return OwnQuestionFiles.download(exports, user.id(), format);
    }

    @GetMapping("/my-questions/practice")
    String practise(
            @AuthenticationPrincipal AccountUser user, @RequestParam(required = false) String tag, Model model) {
        String t = tag == null || tag.isBlank() ? null : tag;
        List<OwnQuestion> next;
        try {
            next = practice.due(user.id(), t, 1);
        } catch (InvalidParameterException e) {
            next = practice.due(user.id(), null, 1);
            t = null;
        }
        model.addAttribute("tag", t);
        model.addAttribute("summary", practice.summary(user.id()));
        if (!next.isEmpty()) {
            model.addAttribute("question", next.getFirst());
        }
        return "myquestions/practice";
    }

    @PostMapping("/my-questions/{id}/reveal")
    String reveal(
            @AuthenticationPrincipal AccountUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String answer,
            @RequestParam(defaultValue = "false") boolean check,
            Model model) {
        OwnQuestion q = questions.find(user.id(), id);
        model.addAttribute("question", q);
        model.addAttribute("summary", practice.summary(user.id()));
        model.addAttribute("revealed", true);
        model.addAttribute("answer", answer);
        model.addAttribute("answerHtml", questions.answerHtml(q.answer()));
        if (check && !answer.isBlank()) {
            try {
                model.addAttribute("feedback", practice.check(user.id(), id, answer));
            } catch (InvalidParameterException | TooManyRequestsException e) {
                model.addAttribute("error", message(e));
            }
        }
        return "myquestions/practice";
    }

    @PostMapping("/my-questions/{id}/review")
    String review(
            @AuthenticationPrincipal AccountUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String rating,
            @RequestParam(defaultValue = "") String answer,
            RedirectAttributes flash) {
        try {
            Rating r = Rating.parse(rating)
                    .orElseThrow(
                            () -> new InvalidParameterException("rating", "must be one of again, hard, good, easy"));
            practice.review(user.id(), id, r, answer, null);
        } catch (InvalidParameterException e) {
            questions.find(user.id(), id);
            flash.addFlashAttribute("error", message(e));
        }
        return "redirect:/my-questions/practice";
    }

    private static String formWithError(Form form, InvalidParameterException e, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("error", message(e));
        model.addAttribute("errorField", e.parameter());
        return "myquestions/edit";
    }

    static String message(RuntimeException e) {
        if (e instanceof InvalidParameterException p) {
            String field = switch (p.parameter()) {
                case "title" -> "Title";
                case "answer" -> "Answer";
                case "keyPoints" -> "Key points";
                case "followUps" -> "Follow-ups";
                case "tags" -> "Tags";
                case "level" -> "Level";
                case "file" -> "File";
                case "rating" -> "Rating";
                default -> p.parameter();
            };
            return field + " "
                    + p.getMessage().substring(p.getMessage().indexOf(':') + 1).strip() + ".";
        }
        return "Too many requests for now; please wait a minute and try again.";
    }

    /** The form as typed: key points and follow-ups one per line, tags separated by commas. */
    record Form(Long id, String title, String answer, String keyPoints, String followUps, String tags, String level) {

        static Form empty() {
            return new Form(null, "", "", "", "", "", "");
        }

        static Form of(OwnQuestion q) {
            return new Form(
                    q.id(),
                    q.title(),
                    q.answer(),
                    String.join("\n", q.keyPoints()),
                    String.join("\n", q.followUps()),
                    String.join(", ", q.tags()),
                    q.level() == null ? "" : q.level());
        }

        OwnQuestionDraft draft() {
            return new OwnQuestionDraft(
                    title,
                    answer,
                    OwnQuestionDraft.lines(keyPoints),
                    OwnQuestionDraft.lines(followUps),
                    OwnQuestionDraft.commaSeparated(tags),
                    level);
        }
    }
}
