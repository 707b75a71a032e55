package dev.prepstack.myquestions.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.hiring.Organisations;
import dev.prepstack.myquestions.QuestionSets;
import dev.prepstack.shared.InvalidParameterException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sharing sets of own questions with an organisation; copying and converting shared ones. */
@Controller
class QuestionSetPageController {

    private final QuestionSets sets;
    private final Organisations organisations;

    QuestionSetPageController(QuestionSets sets, Organisations organisations) {
        this.sets = sets;
        this.organisations = organisations;
    }

    @GetMapping("/my-questions/sets")
    String list(@AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("sets", sets.visible(user.id()));
        model.addAttribute("organisations", organisations.mine(user.id()));
        return "myquestions/sets";
    }

    @PostMapping("/my-questions/sets")
    String share(
            @AuthenticationPrincipal AccountUser user,
            @RequestParam(defaultValue = "") String organisationId,
            @RequestParam(defaultValue = "") String title,
            RedirectAttributes flash) {
        try {
            long organisation;
            try {
                organisation = Long.parseLong(organisationId);
            } catch (NumberFormatException e) {
                throw new InvalidParameterException("organisationId", "choose one of your organisations");
            }
            var set = sets.share(user.id(), organisation, title, null);
            flash.addFlashAttribute(
                    "message", "Shared " + set.size() + " questions with " + set.organisationName() + ", read-only.");
        } catch (InvalidParameterException e) {
            flash.addFlashAttribute("error", PageText.message(e));
        }
        return "redirect:/my-questions/sets";
    }

    @GetMapping("/my-questions/sets/{id}")
    String show(@AuthenticationPrincipal AccountUser user, @PathVariable long id, Model model) {
        model.addAttribute("shared", sets.find(user.id(), id));
        return "myquestions/set";
    }

    @PostMapping("/my-questions/sets/{id}/copy")
    String copy(@AuthenticationPrincipal AccountUser user, @PathVariable long id, RedirectAttributes flash) {
        try {
            var copied = sets.copy(user.id(), id);
            flash.addFlashAttribute(
                    "message",
                    "Copied " + copied.created() + " questions into yours"
                            + (copied.skipped() == 0 ? "." : "; " + copied.skipped() + " you already had."));
        } catch (InvalidParameterException e) {
            flash.addFlashAttribute("error", PageText.message(e));
        }
        return "redirect:/my-questions";
    }

    @PostMapping("/my-questions/sets/{id}/delete")
    String unshare(@AuthenticationPrincipal AccountUser user, @PathVariable long id, RedirectAttributes flash) {
        sets.unshare(user.id(), id);
        flash.addFlashAttribute("message", "No longer shared. The questions stay yours.");
        return "redirect:/my-questions/sets";
    }

    @PostMapping("/my-questions/sets/{id}/questions/{questionId}/custom-question")
    String toCustomQuestion(
            @AuthenticationPrincipal AccountUser user,
            @PathVariable long id,
            @PathVariable long questionId,
            RedirectAttributes flash) {
        long interviewer = QuestionSetApiController.interviewer(user);
        try {
            sets.toCustomQuestion(interviewer, id, questionId);
            flash.addFlashAttribute("message", "Added to your organisation's custom questions; use it in a kit.");
        } catch (InvalidParameterException e) {
            flash.addFlashAttribute("error", PageText.message(e));
        }
        return "redirect:/my-questions/sets/" + id;
    }
}
