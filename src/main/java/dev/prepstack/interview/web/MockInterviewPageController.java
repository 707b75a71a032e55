package dev.prepstack.interview.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.interview.MockInterview;
import dev.prepstack.interview.MockInterviews;
import dev.prepstack.interview.Seniority;
import dev.prepstack.shared.InvalidParameterException;
import dev.prepstack.shared.RateLimitProperties;
import dev.prepstack.shared.RateLimiter;
import dev.prepstack.shared.TooManyRequestsException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Mock interviews as pages: choose, answer one step at a time, finish. Every step is a plain form;
 * with JavaScript on, htmx autosaves the answer as it is typed, a script counts down and offers
 * dictation. The report and its share link are {@link MockInterviewReportPageController}'s.
 */
@Controller
class MockInterviewPageController {

    static final int TREND_SIZE = 20;

    private final MockInterviews interviews;
    private final RateLimiter limiter;
    private final RateLimitProperties limits;
    private final Clock clock;

    MockInterviewPageController(
            MockInterviews interviews, RateLimiter limiter, RateLimitProperties limits, Clock clock) {
        this.interviews = interviews;
        this.limiter = limiter;
        this.limits = limits;
        this.clock = clock;
    }

    @GetMapping("/mock-interviews")
    String list(@AuthenticationPrincipal AccountUser user, Model model) {
        var history = interviews.history(user.id(), 0, 100);
        model.addAttribute("roles", interviews.roles());
        model.addAttribute("seniorities", Seniority.values());
        model.addAttribute("roleNames", interviews.roleNames());
        InterviewPageModels.history(model, history.items(), interviews.finished(user.id(), TREND_SIZE));
        model.addAttribute("now", clock.instant());
        return "interview/list";
    }

    @PostMapping("/mock-interviews")
    String start(
            @AuthenticationPrincipal AccountUser user,
            @RequestParam(defaultValue = "") String role,
            @RequestParam(defaultValue = "") String seniority,
            @RequestParam(defaultValue = "") String questionSlugs,
            RedirectAttributes flash) {
        try {
            MockInterview started =
                    interviews.start(user.id(), InterviewPageModels.startCommand(role, seniority, questionSlugs));
            return "redirect:/mock-interviews/" + started.id();
        } catch (InvalidParameterException e) {
            flash.addFlashAttribute("error", InterviewPageModels.friendly(e));
            return "redirect:/mock-interviews";
        }
    }

    @GetMapping("/mock-interviews/{id}")
    String interview(@AuthenticationPrincipal AccountUser user, @PathVariable long id, Model model) {
        MockInterview interview = interviews.get(user.id(), id);
        if (interview.finished()) {
            return "redirect:/mock-interviews/" + id + "/report";
        }
        model.addAttribute("interview", interview);
        model.addAttribute(
                "roleName",
                interview.role() == null ? null : interviews.roleNames().get(interview.role()));
        InterviewPageModels.step(model, interview, clock.instant());
        return "interview/interview";
    }

    /**
     * Autosave (htmx, answered with a status fragment), "save" and "next" (plain forms, answered
     * with a redirect back to the interview).
     */
    @PostMapping("/mock-interviews/{id}/answers")
    String answer(
            @AuthenticationPrincipal AccountUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String slug,
            @RequestParam(defaultValue = "0") String position,
            @RequestParam(defaultValue = "0") String followUp,
            @RequestParam(defaultValue = "") String revision,
            @RequestParam(defaultValue = "") String answer,
            @RequestParam(defaultValue = "") String action,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            HttpServletResponse response,
            Model model,
            RedirectAttributes flash) {
        boolean partial = "true".equals(htmx);
        try {
            int step = InterviewPageModels.number("followUp", followUp, 2);
            MockInterviews.SavedAnswer saved = interviews.saveAnswer(
                    user.id(),
                    id,
                    slug,
                    new MockInterviews.AnswerCommand(answer, InterviewPageModels.revision(revision), step));
            if (partial) {
                model.addAttribute("saved", saved);
                return "interview/autosave :: status";
            }
            if ("next".equals(action)) {
                interviews.advance(
                        user.id(),
                        id,
                        new MockInterview.Step(InterviewPageModels.number("position", position, 100), step));
            } else {
                flash.addFlashAttribute("message", saved.late() ? "Saved (late)." : "Saved.");
            }
        } catch (InvalidParameterException | MockInterviews.StateConflict e) {
            String message =
                    e instanceof InvalidParameterException bad ? InterviewPageModels.friendly(bad) : e.getMessage();
            if (partial) {
                response.setStatus(e instanceof InvalidParameterException ? 400 : 409);
                model.addAttribute("error", message);
                return "interview/autosave :: status";
            }
            flash.addFlashAttribute("error", message);
        }
        return "redirect:/mock-interviews/" + id;
    }

    @PostMapping("/mock-interviews/{id}/finish")
    String finish(@AuthenticationPrincipal AccountUser user, @PathVariable long id, RedirectAttributes flash) {
        try {
            limiter.check("mock-finish", "user:" + user.id(), limits.feedbackPerMinute(), Duration.ofMinutes(1));
        } catch (TooManyRequestsException e) {
            flash.addFlashAttribute("error", "Too many reports at once: wait a minute and finish again.");
            return "redirect:/mock-interviews/" + id;
        }
        interviews.finish(user.id(), id);
        return "redirect:/mock-interviews/" + id + "/report";
    }
}
