package dev.prepstack.hiring.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.hiring.Candidate;
import dev.prepstack.hiring.Candidates;
import dev.prepstack.hiring.Scorecards;
import dev.prepstack.shared.InputMessages;
import dev.prepstack.shared.InvalidParameterException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Candidates: adding one, their page with the scorecards the viewer may read, deleting one with all about them. */
@Controller
class CandidatePageController {

    private final Candidates candidates;
    private final Scorecards scorecards;
    private final HiringPages pages;

    CandidatePageController(Candidates candidates, Scorecards scorecards, HiringPages pages) {
        this.candidates = candidates;
        this.scorecards = scorecards;
        this.pages = pages;
    }

    @PostMapping("/hiring/candidates")
    String createCandidate(
            @AuthenticationPrincipal AccountUser user,
            @Valid @ModelAttribute("candidateForm") NameForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        if (!binding.hasErrors()) {
            try {
                Candidate c = candidates.create(Interviewers.id(user), form.name());
                flash.addFlashAttribute("message", "Candidate " + c.name() + " added.");
                return "redirect:/hiring";
            } catch (InvalidParameterException e) {
                InputMessages.reject(binding, "hiring", e);
            }
        }
        response.setStatus(400);
        return pages.home(Interviewers.id(user), model);
    }

    @GetMapping("/hiring/candidates/{id}")
    String candidate(@AuthenticationPrincipal AccountUser user, @PathVariable long id, Model model) {
        model.addAttribute("view", scorecards.forCandidate(Interviewers.id(user), id));
        return "hiring/candidate";
    }

    @PostMapping("/hiring/candidates/{id}/delete")
    String deleteCandidate(@AuthenticationPrincipal AccountUser user, @PathVariable long id, RedirectAttributes flash) {
        candidates.delete(Interviewers.id(user), id);
        flash.addFlashAttribute("message", "The candidate and every scorecard about them were deleted.");
        return "redirect:/hiring";
    }
}
