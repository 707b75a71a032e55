package dev.prepstack.hiring.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.hiring.CustomQuestionDraft;
import dev.prepstack.hiring.CustomQuestions;
import dev.prepstack.shared.InputMessages;
import dev.prepstack.shared.InvalidParameterException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organisation's custom questions: one key point or follow-up per line. */
@Controller
class CustomQuestionPageController {

    private final InputMessages messages;
    private final CustomQuestions customQuestions;

    CustomQuestionPageController(CustomQuestions customQuestions, InputMessages messages) {
        this.messages = messages;
        this.customQuestions = customQuestions;
    }

    @GetMapping("/hiring/questions")
    String questions(@AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("questions", customQuestions.list(Interviewers.id(user)));
        return "hiring/questions";
    }

    @PostMapping("/hiring/questions")
    String createQuestion(
            @AuthenticationPrincipal AccountUser user,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String keyPoints,
            @RequestParam(defaultValue = "") String followUps,
            @RequestParam(defaultValue = "") String referenceAnswer,
            RedirectAttributes flash) {
        try {
            customQuestions.create(Interviewers.id(user), question(title, keyPoints, followUps, referenceAnswer));
            flash.addFlashAttribute("message", "Question added. Use it in a kit from the kit builder.");
        } catch (InvalidParameterException e) {
            flash.addFlashAttribute("error", messages.of("hiring", e));
        }
        return "redirect:/hiring/questions";
    }

    @GetMapping("/hiring/questions/{id}")
    String question(@AuthenticationPrincipal AccountUser user, @PathVariable long id, Model model) {
        model.addAttribute("question", customQuestions.find(Interviewers.id(user), id));
        return "hiring/question-edit";
    }

    @PostMapping("/hiring/questions/{id}")
    String updateQuestion(
            @AuthenticationPrincipal AccountUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String keyPoints,
            @RequestParam(defaultValue = "") String followUps,
            @RequestParam(defaultValue = "") String referenceAnswer,
            RedirectAttributes flash) {
        try {
            customQuestions.update(Interviewers.id(user), id, question(title, keyPoints, followUps, referenceAnswer));
            flash.addFlashAttribute("message", "Question saved. Kit versions keep the wording they were written with.");
            return "redirect:/hiring/questions";
        } catch (InvalidParameterException e) {
            flash.addFlashAttribute("error", messages.of("hiring", e));
            return "redirect:/hiring/questions/" + id;
        }
    }

    @PostMapping("/hiring/questions/{id}/delete")
    String deleteQuestion(@AuthenticationPrincipal AccountUser user, @PathVariable long id, RedirectAttributes flash) {
        customQuestions.delete(Interviewers.id(user), id);
        flash.addFlashAttribute("message", "Question deleted. Kits that use it keep their copy.");
        return "redirect:/hiring/questions";
    }

    private static CustomQuestionDraft question(String title, String keyPoints, String followUps, String reference) {
        return new CustomQuestionDraft(
                title, CustomQuestionDraft.splitLines(keyPoints), CustomQuestionDraft.splitLines(followUps), reference);
    }
}
