package dev.prepstack.editorial.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.editorial.RevisionHistory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

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
        return "editorial/fragments :: changes";
    }
}
