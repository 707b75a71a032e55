package dev.prepstack.practice.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.practice.MemoryModel;
import dev.prepstack.practice.Practice;
import dev.prepstack.practice.ProgressReport;
import dev.prepstack.shared.InvalidParameterException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The progress dashboard and the scheduling settings on it; the interview plans join it through {@link ProgressPlans}. */
@Controller
class ProgressPageController {

    private final Practice practice;
    private final ProgressReport progress;
    private final MemoryModel memoryModel;

    ProgressPageController(Practice practice, ProgressReport progress, MemoryModel memoryModel) {
        this.practice = practice;
        this.progress = progress;
        this.memoryModel = memoryModel;
    }

    @GetMapping("/progress")
    String progress(@AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("progress", progress.of(user.id()));
        model.addAttribute("retention", practice.retention(user.id()));
        model.addAttribute("loadBalancing", practice.loadBalancing(user.id()));
        model.addAttribute("memoryModel", memoryModel.status(user.id()));
        model.addAttribute("workload", memoryModel.workload(user.id()));
        model.addAttribute("ratingAgreement", practice.ratingAgreement(user.id()));
        return "practice/progress";
    }

    @PostMapping("/settings/practice")
    String settings(
            @AuthenticationPrincipal AccountUser user,
            @RequestParam(defaultValue = "") String desiredRetention,
            @RequestParam(defaultValue = "") String loadBalancing,
            RedirectAttributes flash) {
        try {
            // An unticked checkbox sends nothing: load balancing is off unless ticked.
            practice.setSettings(
                    user.id(),
                    Double.parseDouble(desiredRetention.strip()),
                    "on".equals(loadBalancing) || "true".equals(loadBalancing));
            flash.addFlashAttribute("message", "Scheduling settings saved.");
        } catch (NumberFormatException e) {
            flash.addFlashAttribute("error", "Desired retention must be a number between 0.70 and 0.97.");
        } catch (InvalidParameterException e) {
            flash.addFlashAttribute("error", "Desired retention must be between 0.70 and 0.97.");
        }
        return "redirect:/progress";
    }
}
