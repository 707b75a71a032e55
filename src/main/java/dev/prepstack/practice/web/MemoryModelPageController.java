package dev.prepstack.practice.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.practice.MemoryModel;
import dev.prepstack.shared.TooManyRequestsException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The progress page's "Optimise my schedule" and "Go back to the defaults" forms. */
@Controller
class MemoryModelPageController {

    private final MemoryModel memoryModel;

    MemoryModelPageController(MemoryModel memoryModel) {
        this.memoryModel = memoryModel;
    }

    @PostMapping("/settings/practice/optimise")
    String optimise(@AuthenticationPrincipal AccountUser user, RedirectAttributes flash) {
        try {
            MemoryModel.Run run = memoryModel.optimiseOnRequest(user.id());
            flash.addFlashAttribute(
                    run.outcome() == MemoryModel.Outcome.NOT_ENOUGH_REVIEWS ? "error" : "message", run.summary());
        } catch (TooManyRequestsException e) {
            flash.addFlashAttribute(
                    "error",
                    "You have optimised several times in the last hour; try again in "
                            + minutes(Math.max(1, (e.retryAfterSeconds() + 59) / 60)) + ".");
        } catch (MemoryModel.BusyException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/progress";
    }

    @PostMapping("/settings/practice/defaults")
    String defaults(@AuthenticationPrincipal AccountUser user, RedirectAttributes flash) {
        memoryModel.resetToDefaults(user.id());
        flash.addFlashAttribute(
                "message",
                "Your practice is scheduled with the FSRS-6 defaults again. Optimise again whenever you like.");
        return "redirect:/progress";
    }

    private static String minutes(long n) {
        return n == 1 ? "1 minute" : n + " minutes";
    }
}
