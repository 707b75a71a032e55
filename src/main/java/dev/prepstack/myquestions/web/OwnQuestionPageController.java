package dev.prepstack.myquestions.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.myquestions.OwnPractice;
import dev.prepstack.myquestions.OwnQuestion;
import dev.prepstack.myquestions.OwnQuestionDraft;
import dev.prepstack.myquestions.OwnQuestionExports;
import dev.prepstack.myquestions.OwnQuestionImports;
import dev.prepstack.myquestions.OwnQuestions;
import dev.prepstack.shared.InvalidParameterException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
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

    private static String formWithError(Form form, InvalidParameterException e, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("error", PageText.message(e));
        model.addAttribute("errorField", e.parameter());
        return "myquestions/edit";
    }
}
