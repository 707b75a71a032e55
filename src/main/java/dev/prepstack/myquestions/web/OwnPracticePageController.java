package dev.prepstack.myquestions.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.myquestions.OwnPractice;
import dev.prepstack.myquestions.OwnQuestion;
import dev.prepstack.myquestions.OwnQuestions;
import dev.prepstack.practice.Rating;
import dev.prepstack.shared.InvalidParameterException;
import dev.prepstack.shared.TooManyRequestsException;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Practising own questions on the page: one question at a time, its answer checked, then rated. */
@Controller
class OwnPracticePageController {

    private final OwnQuestions questions;
    private final OwnPractice practice;

    OwnPracticePageController(OwnQuestions questions, OwnPractice practice) {
        this.questions = questions;
        this.practice = practice;
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
                model.addAttribute("error", PageText.message(e));
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
            flash.addFlashAttribute("error", PageText.message(e));
        }
        return "redirect:/my-questions/practice";
    }
}
