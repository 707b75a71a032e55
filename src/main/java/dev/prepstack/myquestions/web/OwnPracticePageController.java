package dev.prepstack.myquestions.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.myquestions.MixedPractice;
import dev.prepstack.myquestions.OwnPractice;
import dev.prepstack.myquestions.OwnQuestion;
import dev.prepstack.myquestions.OwnQuestions;
import dev.prepstack.myquestions.PracticeSource;
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

/**
 * Practising own questions on the page: one question at a time, its answer checked, then rated.
 * With {@code from=both} the bank's due cards come in between, by due time ({@link MixedPracticePageController}
 * takes their answers and ratings).
 */
@Controller
class OwnPracticePageController {

    private final OwnQuestions questions;
    private final OwnPractice practice;
    private final MixedPractice mixed;

    OwnPracticePageController(OwnQuestions questions, OwnPractice practice, MixedPractice mixed) {
        this.questions = questions;
        this.practice = practice;
        this.mixed = mixed;
    }

    @GetMapping("/my-questions/practice")
    String practise(
            @AuthenticationPrincipal AccountUser user,
            @RequestParam(required = false) String tag,
            @RequestParam(required = false) String from,
            Model model) {
        PracticeSource source = PracticePageModel.source(from);
        if (source == PracticeSource.BANK) {
            return "redirect:/practice";
        }
        if (source == PracticeSource.BOTH) {
            List<MixedPractice.Item> queue = mixed.queue(user.id(), PracticeSource.BOTH, 100);
            PracticePageModel.summary(model, practice, mixed, user.id(), source, queue);
            if (!queue.isEmpty()) {
                MixedPractice.Item next = queue.getFirst();
                model.addAttribute(
                        "card",
                        next.mine()
                                ? PracticeCard.of(questions.find(user.id(), next.id()))
                                : PracticeCard.of(mixed.bankQuestion(next.slug())));
            }
            return "myquestions/practice";
        }
        String t = tag == null || tag.isBlank() ? null : tag;
        List<OwnQuestion> next;
        try {
            next = practice.due(user.id(), t, 1);
        } catch (InvalidParameterException e) {
            next = practice.due(user.id(), null, 1);
            t = null;
        }
        model.addAttribute("tag", t);
        PracticePageModel.summary(model, practice, mixed, user.id(), source, null);
        if (!next.isEmpty()) {
            model.addAttribute("card", PracticeCard.of(next.getFirst()));
        }
        return "myquestions/practice";
    }

    @PostMapping("/my-questions/{id}/reveal")
    String reveal(
            @AuthenticationPrincipal AccountUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String answer,
            @RequestParam(defaultValue = "false") boolean check,
            @RequestParam(required = false) String from,
            Model model) {
        OwnQuestion q = questions.find(user.id(), id);
        PracticeSource source = PracticePageModel.source(from);
        model.addAttribute("card", PracticeCard.of(q));
        PracticePageModel.summary(model, practice, mixed, user.id(), source, null);
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
            @RequestParam(required = false) String from,
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
        return PracticePageModel.back(from);
    }
}
