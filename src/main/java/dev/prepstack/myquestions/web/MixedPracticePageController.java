package dev.prepstack.myquestions.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.catalog.Question;
import dev.prepstack.myquestions.MixedPractice;
import dev.prepstack.myquestions.OwnPractice;
import dev.prepstack.myquestions.PracticeSource;
import dev.prepstack.practice.Practice;
import dev.prepstack.practice.Rating;
import dev.prepstack.shared.InvalidParameterException;
import dev.prepstack.shared.TooManyRequestsException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A bank question met in the mixed queue ("mine and the bank"): its answer checked, then rated. */
@Controller
class MixedPracticePageController {

    private final MixedPractice mixed;
    private final OwnPractice practice;

    MixedPracticePageController(MixedPractice mixed, OwnPractice practice) {
        this.mixed = mixed;
        this.practice = practice;
    }

    @PostMapping("/my-questions/practice/bank/{slug}/reveal")
    String reveal(
            @AuthenticationPrincipal AccountUser user,
            @PathVariable String slug,
            @RequestParam(defaultValue = "") String answer,
            @RequestParam(defaultValue = "false") boolean check,
            Model model,
            HttpServletResponse response) {
        Question q = mixed.bankQuestion(slug);
        model.addAttribute("card", PracticeCard.of(q));
        PracticePageModel.summary(model, practice, mixed, user.id(), PracticeSource.BOTH, null);
        model.addAttribute("revealed", true);
        model.addAttribute("answerHtml", q.answerHtml());
        if (answer.length() > Practice.MAX_ANSWER) {
            response.setStatus(400);
            model.addAttribute("error", "Answer must be at most 20,000 characters.");
            answer = answer.substring(0, Practice.MAX_ANSWER);
        } else if (check && !answer.isBlank()) {
            try {
                model.addAttribute("feedback", mixed.checkBank(user.id(), slug, answer));
            } catch (InvalidParameterException | TooManyRequestsException e) {
                model.addAttribute("error", PageText.message(e));
            }
        }
        model.addAttribute("answer", answer);
        return "myquestions/practice";
    }

    @PostMapping("/my-questions/practice/bank/{slug}/review")
    String review(
            @AuthenticationPrincipal AccountUser user,
            @PathVariable String slug,
            @RequestParam(defaultValue = "") String rating,
            @RequestParam(defaultValue = "") String answer,
            RedirectAttributes flash) {
        mixed.bankQuestion(slug);
        try {
            Rating r = Rating.parse(rating)
                    .orElseThrow(
                            () -> new InvalidParameterException("rating", "must be one of again, hard, good, easy"));
            mixed.reviewBank(user.id(), slug, r, answer, null);
        } catch (InvalidParameterException e) {
            flash.addFlashAttribute("error", PageText.message(e));
        }
        return PracticePageModel.back("both");
    }
}
