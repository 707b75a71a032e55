package dev.prepstack.interview.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.interview.InterviewReport;
import dev.prepstack.interview.MockInterview;
import dev.prepstack.interview.MockInterviews;
import dev.prepstack.shared.NotFoundException;
import dev.prepstack.shared.PublicUrls;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A finished mock interview's report: read it, put its weak questions into practice, share it
 * through a revocable link. The read-only shared report is the one public page.
 */
@Controller
class MockInterviewReportPageController {

    private final MockInterviews interviews;
    private final PublicUrls urls;

    MockInterviewReportPageController(MockInterviews interviews, PublicUrls urls) {
        this.interviews = interviews;
        this.urls = urls;
    }

    @GetMapping("/mock-interviews/{id}/report")
    String report(@AuthenticationPrincipal AccountUser user, @PathVariable long id, Model model) {
        MockInterview interview = interviews.get(user.id(), id);
        if (!interview.finished()) {
            return "redirect:/mock-interviews/" + id;
        }
        InterviewReport report = interviews.report(user.id(), id);
        InterviewPageModels.report(model, report, interviews.mistakes(report), true);
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
        InterviewPageModels.report(model, report, interviews.mistakes(report), false);
        return "interview/report";
    }
}
