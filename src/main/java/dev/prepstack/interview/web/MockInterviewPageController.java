package dev.prepstack.interview.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.catalog.Catalog;
import dev.prepstack.content.Misconception;
import dev.prepstack.interview.InterviewReport;
import dev.prepstack.interview.MockInterview;
import dev.prepstack.interview.MockInterviews;
import dev.prepstack.interview.Seniority;
import dev.prepstack.shared.InvalidParameterException;
import dev.prepstack.shared.NotFoundException;
import dev.prepstack.shared.PublicUrls;
import dev.prepstack.shared.RateLimitProperties;
import dev.prepstack.shared.RateLimiter;
import dev.prepstack.shared.TooManyRequestsException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
 * Mock interviews as pages: choose, answer one step at a time, finish, read the report. Every step
 * is a plain form; with JavaScript on, htmx autosaves the answer as it is typed, a script counts
 * down and offers dictation. The read-only shared report is the one public page.
 */
@Controller
class MockInterviewPageController {

    static final int TREND_SIZE = 20;

    private final MockInterviews interviews;
    private final Catalog catalog;
    private final RateLimiter limiter;
    private final RateLimitProperties limits;
    private final Clock clock;

    private final PublicUrls urls;

    MockInterviewPageController(
            MockInterviews interviews,
            Catalog catalog,
            RateLimiter limiter,
            RateLimitProperties limits,
            Clock clock,
            PublicUrls urls) {
        this.urls = urls;
        this.interviews = interviews;
        this.catalog = catalog;
        this.limiter = limiter;
        this.limits = limits;
        this.clock = clock;
    }

    @GetMapping("/mock-interviews")
    String list(@AuthenticationPrincipal AccountUser user, Model model) {
        var history = interviews.history(user.id(), 0, 100);
        model.addAttribute("roles", catalog.roles());
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

    @GetMapping("/mock-interviews/{id}/report")
    String report(@AuthenticationPrincipal AccountUser user, @PathVariable long id, Model model) {
        MockInterview interview = interviews.get(user.id(), id);
        if (!interview.finished()) {
            return "redirect:/mock-interviews/" + id;
        }
        InterviewReport report = interviews.report(user.id(), id);
        InterviewPageModels.report(model, report, mistakes(report), true);
        model.addAttribute("shared", interview.shared());
        return "interview/report";
    }

    @PostMapping("/mock-interviews/{id}/practice")
    String practise(@AuthenticationPrincipal AccountUser user, @PathVariable long id, RedirectAttributes flash) {
        try {
            int added = interviews.practiseWeakQuestions(user.id(), id);
            flash.addFlashAttribute(
                    "message",
                    added == 0
                            ? "Nothing to add: your weak questions are already due in your practice."
                            : added == 1
                                    ? "1 question is now due in your practice."
                                    : added + " questions are now due in your practice.");
            flash.addFlashAttribute("practiceLink", true);
        } catch (MockInterviews.StateConflict e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/mock-interviews/" + id + "/report";
    }

    @PostMapping("/mock-interviews/{id}/share")
    String share(@AuthenticationPrincipal AccountUser user, @PathVariable long id, RedirectAttributes flash) {
        try {
            String token = interviews.share(user.id(), id);
            // Absolute links come from the configured public base URL, never from the request's Host.
            flash.addFlashAttribute("shareLink", urls.link("/shared/mock-interviews/" + token));
        } catch (MockInterviews.StateConflict e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/mock-interviews/" + id + "/report";
    }

    @PostMapping("/mock-interviews/{id}/share/revoke")
    String revoke(@AuthenticationPrincipal AccountUser user, @PathVariable long id, RedirectAttributes flash) {
        interviews.revokeShare(user.id(), id);
        flash.addFlashAttribute("message", "The share link no longer works.");
        return "redirect:/mock-interviews/" + id + "/report";
    }

    @GetMapping("/shared/mock-interviews/{token}")
    String shared(@PathVariable String token, Model model, HttpServletResponse response) {
        InterviewReport report =
                interviews.shared(token).orElseThrow(() -> new NotFoundException("No shared report here"));
        // A private link: keep it out of search engines and out of shared caches.
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        response.setHeader("Cache-Control", "private, no-store");
        InterviewPageModels.report(model, report, mistakes(report), false);
        return "interview/report";
    }

    /** Each bank question's common mistakes, for reading one's answers against after the interview. */
    private Map<String, List<Misconception>> mistakes(InterviewReport report) {
        return catalog.misconceptions(
                report.questions().stream().map(q -> q.slug()).toList());
    }
}
