package dev.prepstack.practice.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.practice.InterviewPlans;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the upcoming interview plans on the progress page (the dashboard), and the catch-up after a
 * break on it and on the practice page. Kept beside its
 * controller rather than in it, so the plans' part of the dashboard lives with the plans' code.
 */
@ControllerAdvice(assignableTypes = {PracticePageController.class, ProgressPageController.class})
class ProgressPlans {

    private final InterviewPlans plans;

    ProgressPlans(InterviewPlans plans) {
        this.plans = plans;
    }

    @ModelAttribute
    void interviewPlans(@AuthenticationPrincipal AccountUser user, HttpServletRequest request, Model model) {
        if (user != null && "GET".equals(request.getMethod()) && "/progress".equals(request.getServletPath())) {
            model.addAttribute(
                    "interviewPlans",
                    plans.upcoming(user.id()).stream().map(PlanView::of).toList());
        }
        if (user != null
                && "GET".equals(request.getMethod())
                && ("/progress".equals(request.getServletPath()) || "/practice".equals(request.getServletPath()))) {
            plans.catchUp(user.id()).ifPresent(c -> model.addAttribute("catchUp", c));
        }
    }
}
