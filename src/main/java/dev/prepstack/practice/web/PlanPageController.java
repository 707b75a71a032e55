package dev.prepstack.practice.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.practice.InterviewPlan;
import dev.prepstack.practice.InterviewPlans;
import dev.prepstack.practice.PlanRequest;
import dev.prepstack.practice.PracticeSessions;
import dev.prepstack.shared.InvalidParameterException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Interview date mode's pages: the plans, one plan's forecast, and the forms that change them. */
@Controller
class PlanPageController {

    private final InterviewPlans plans;
    private final PracticeSessions sessions;

    PlanPageController(InterviewPlans plans, PracticeSessions sessions) {
        this.plans = plans;
        this.sessions = sessions;
    }

    @GetMapping("/practice/plans")
    String list(@AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("plans", plans.list(user.id()));
        model.addAttribute("today", LocalDate.now(java.time.ZoneOffset.UTC));
        choices(model);
        return "practice/plans";
    }

    @GetMapping("/practice/plans/{id}")
    String show(@AuthenticationPrincipal AccountUser user, @PathVariable long id, Model model) {
        InterviewPlan plan = plans.get(user.id(), id);
        model.addAttribute("plan", plan);
        if (!plan.past(LocalDate.now(java.time.ZoneOffset.UTC))) {
            model.addAttribute("view", PlanView.of(plans.forecast(user.id(), id)));
        }
        choices(model);
        return "practice/plan";
    }

    @PostMapping("/practice/plans")
    String create(
            @AuthenticationPrincipal AccountUser user,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String interviewOn,
            @RequestParam(required = false) String role,
            @RequestParam(required = false) String seniority,
            @RequestParam(required = false) List<String> topics,
            @RequestParam(required = false) List<String> levels,
            @RequestParam(required = false) String minutesPerDay,
            @RequestParam(required = false) String target,
            RedirectAttributes flash) {
        try {
            InterviewPlan plan = plans.create(
                    user.id(), request(title, interviewOn, role, seniority, topics, levels, minutesPerDay, target));
            flash.addFlashAttribute("message", "Your plan for " + plan.interviewOn() + " is ready.");
            return "redirect:/practice/plans/" + plan.id();
        } catch (InvalidParameterException e) {
            flash.addFlashAttribute("error", friendly(e));
            return "redirect:/practice/plans";
        }
    }

    @PostMapping("/practice/plans/{id}")
    String update(
            @AuthenticationPrincipal AccountUser user,
            @PathVariable long id,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String interviewOn,
            @RequestParam(required = false) String role,
            @RequestParam(required = false) String seniority,
            @RequestParam(required = false) List<String> topics,
            @RequestParam(required = false) List<String> levels,
            @RequestParam(required = false) String minutesPerDay,
            @RequestParam(required = false) String target,
            RedirectAttributes flash) {
        try {
            plans.update(
                    user.id(), id, request(title, interviewOn, role, seniority, topics, levels, minutesPerDay, target));
            flash.addFlashAttribute("message", "Plan saved.");
        } catch (InvalidParameterException e) {
            flash.addFlashAttribute("error", friendly(e));
        }
        return "redirect:/practice/plans/" + id;
    }

    @PostMapping("/practice/plans/{id}/delete")
    String delete(@AuthenticationPrincipal AccountUser user, @PathVariable long id, RedirectAttributes flash) {
        plans.delete(user.id(), id);
        flash.addFlashAttribute("message", "Plan deleted; those questions follow your normal schedule again.");
        return "redirect:/practice/plans";
    }

    private void choices(Model model) {
        var choices = sessions.choices();
        model.addAttribute("roles", choices.roles());
        model.addAttribute("topicChoices", choices.topics());
        model.addAttribute("levelChoices", dev.prepstack.content.Level.values());
    }

    private static PlanRequest request(
            String title,
            String interviewOn,
            String role,
            String seniority,
            List<String> topics,
            List<String> levels,
            String minutesPerDay,
            String target) {
        LocalDate on;
        try {
            on = interviewOn == null || interviewOn.isBlank() ? null : LocalDate.parse(interviewOn.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException("interviewOn", "must be a date such as 2027-01-31");
        }
        return new PlanRequest(
                title,
                on,
                role,
                seniority,
                topics,
                levels,
                number("minutesPerDay", minutesPerDay, Integer::valueOf),
                number("target", target, Double::valueOf));
    }

    private static <T> T number(String field, String value, java.util.function.Function<String, T> parse) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parse.apply(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(field, "must be a number");
        }
    }

    private static String friendly(InvalidParameterException e) {
        String what = switch (e.parameter()) {
            case "interviewOn" -> "Interview date";
            case "minutesPerDay" -> "Minutes per day";
            case "target" -> "Target";
            case "scope" -> "The scope";
            case "seniority" -> "Seniority";
            case "role" -> "Career role";
            case "topics" -> "Topics";
            case "levels" -> "Levels";
            case "title" -> "Title";
            default -> "Plans";
        };
        String message =
                e.getMessage().substring(e.getMessage().indexOf(':') + 1).strip();
        return what + " " + message + ".";
    }
}
