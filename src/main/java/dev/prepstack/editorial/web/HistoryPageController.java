package dev.prepstack.editorial.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.editorial.RevisionHistory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** A question's public history, and a learner's "changed since your last review" on a practice card. */
@Controller
class HistoryPageController {

    private final RevisionHistory history;

    HistoryPageController(RevisionHistory history) {
        this.history = history;
    }

    @GetMapping("/questions/{slug}/history")
    String history(@PathVariable String slug, Model model) {
        model.addAttribute("history", history.history(slug));
        return "editorial/history";
    }

    @GetMapping("/questions/{slug}/changes")
    String changes(@AuthenticationPrincipal AccountUser user, @PathVariable String slug, Model model) {
        model.addAttribute("note", history.changesSinceReview(user.id(), slug).orElse(null));
        model.addAttribute("slug", slug);
        return "editorial/fragments :: changes";
    }

    /** The learner chose to review the changed card as new; the fragment says so in place of the button. */
    @PostMapping("/questions/{slug}/changes")
    String reviewAsNew(@AuthenticationPrincipal AccountUser user, @PathVariable String slug, Model model) {
        model.addAttribute("note", history.reviewAsNew(user.id(), slug));
        model.addAttribute("slug", slug);
        model.addAttribute("reset", true);
        return "editorial/fragments :: changes";
    }
}
