package dev.prepstack.hiring.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.hiring.CustomQuestions;
import dev.prepstack.shared.InputMessages;
import dev.prepstack.shared.InvalidParameterException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organisation's custom questions: one key point or follow-up per line. A refused question is
 * shown again as typed, every problem beside its field.
 */
@Controller
class CustomQuestionPageController {

    private static final String[] ORDER = {"title", "keyPoints", "followUps", "referenceAnswer"};

    private final CustomQuestions customQuestions;

    CustomQuestionPageController(CustomQuestions customQuestions) {
        this.customQuestions = customQuestions;
    }

    @GetMapping("/hiring/questions")
    String questions(@AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("questions", customQuestions.list(Interviewers.id(user)));
        if (!model.containsAttribute("questionForm")) {
            model.addAttribute("questionForm", CustomQuestionForm.empty());
        }
        return "hiring/questions";
    }

    @PostMapping("/hiring/questions")
    String createQuestion(
            @AuthenticationPrincipal AccountUser user,
            @ModelAttribute("questionForm") CustomQuestionForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        try {
            customQuestions.create(Interviewers.id(user), form.draft());
            flash.addFlashAttribute("message", "Question added. Use it in a kit from the kit builder.");
            return "redirect:/hiring/questions";
        } catch (InvalidParameterException e) {
            InputMessages.reject(binding, "hiring", e);
        }
        response.setStatus(400);
        InputMessages.show(model, "questionForm", form, binding, ORDER);
        return questions(user, model);
    }

    @GetMapping("/hiring/questions/{id}")
    String question(@AuthenticationPrincipal AccountUser user, @PathVariable long id, Model model) {
        var question = customQuestions.find(Interviewers.id(user), id);
        model.addAttribute("question", question);
        if (!model.containsAttribute("questionForm")) {
            model.addAttribute("questionForm", CustomQuestionForm.of(question));
        }
        return "hiring/question-edit";
    }

    @PostMapping("/hiring/questions/{id}")
    String updateQuestion(
            @AuthenticationPrincipal AccountUser user,
            @PathVariable long id,
            @ModelAttribute("questionForm") CustomQuestionForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        try {
            customQuestions.update(Interviewers.id(user), id, form.draft());
            flash.addFlashAttribute("message", "Question saved. Kit versions keep the wording they were written with.");
            return "redirect:/hiring/questions";
        } catch (InvalidParameterException e) {
            InputMessages.reject(binding, "hiring", e);
        }
        response.setStatus(400);
        InputMessages.show(model, "questionForm", form, binding, ORDER);
        return question(user, id, model);
    }

    @PostMapping("/hiring/questions/{id}/delete")
    String deleteQuestion(@AuthenticationPrincipal AccountUser user, @PathVariable long id, RedirectAttributes flash) {
        customQuestions.delete(Interviewers.id(user), id);
        flash.addFlashAttribute("message", "Question deleted. Kits that use it keep their copy.");
        return "redirect:/hiring/questions";
    }
}
