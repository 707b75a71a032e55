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
import dev.prepstack.shared.RateLimitProperties;
import dev.prepstack.shared.RateLimiter;
import dev.prepstack.shared.TooManyRequestsException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

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

    MockInterviewPageController(
            MockInterviews interviews, Catalog catalog, RateLimiter limiter, RateLimitProperties limits, Clock clock) {
        this.interviews = interviews;
        this.catalog = catalog;
        this.limiter = limiter;
        this.limits = limits;
        this.clock = clock;
    }

    /** A point of the score trend chart, in the SVG's coordinates. */
    record TrendPoint(long id, int x, int y, int score, Instant at) {}

    @GetMapping("/mock-interviews")
    String list(@AuthenticationPrincipal AccountUser user, Model model) {
        var history = interviews.history(user.id(), 0, 100);
        model.addAttribute("roles", catalog.roles());
        model.addAttribute("seniorities", Seniority.values());
        model.addAttribute("roleNames", interviews.roleNames());
        model.addAttribute(
                "running", history.items().stream().filter(s -> !s.finished()).toList());
        model.addAttribute(
                "done",
                history.items().stream()
                        .filter(MockInterviews.Summary::finished)
                        .toList());
        List<MockInterviews.Summary> trend = interviews.finished(user.id(), TREND_SIZE);
        List<TrendPoint> points = new ArrayList<>();
        for (int i = 0; i < trend.size(); i++) {
            var s = trend.get(i);
            int x = trend.size() == 1 ? 360 : 20 + i * 680 / (trend.size() - 1);
            points.add(new TrendPoint(s.id(), x, 110 - s.score(), s.score(), s.finishedAt()));
        }
        model.addAttribute("trend", points);
        model.addAttribute(
                "trendLine",
                String.join(" ", points.stream().map(p -> p.x() + "," + p.y()).toList()));
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
            if (questionSlugs.length() > 2_000) {
                throw new InvalidParameterException("questionSlugs", "list at most 12 slugs");
            }
            List<String> slugs = Arrays.stream(questionSlugs.split("[\\s,]+"))
                    .filter(s -> !s.isBlank())
                    .toList();
            var command = slugs.isEmpty()
                    ? new MockInterviews.StartCommand(role, seniority, null)
                    : new MockInterviews.StartCommand(null, null, slugs);
            MockInterview started = interviews.start(user.id(), command);
            return "redirect:/mock-interviews/" + started.id();
        } catch (InvalidParameterException e) {
            flash.addFlashAttribute("error", friendly(e));
            return "redirect:/mock-interviews";
        }
    }

    @GetMapping("/mock-interviews/{id}")
    String interview(@AuthenticationPrincipal AccountUser user, @PathVariable long id, Model model) {
        MockInterview interview = interviews.get(user.id(), id);
        if (interview.finished()) {
            return "redirect:/mock-interviews/" + id + "/report";
        }
        Instant now = clock.instant();
        model.addAttribute("interview", interview);
        model.addAttribute(
                "roleName",
                interview.role() == null ? null : interviews.roleNames().get(interview.role()));
        model.addAttribute("nowMillis", now.toEpochMilli());
        model.addAttribute(
                "totalLeft", Duration.between(now, interview.endsAt()).toSeconds());
        model.addAttribute("overTime", now.isAfter(interview.endsAt()));
        interview.current().ifPresent(item -> {
            int followUp = interview.cursor().followUp();
            model.addAttribute("item", item);
            model.addAttribute("followUp", followUp);
            model.addAttribute(
                    "followUpText",
                    followUp > 0 && followUp <= item.followUps().size()
                            ? item.followUps().get(followUp - 1)
                            : null);
            var saved = item.answer(followUp);
            model.addAttribute("answer", saved.map(MockInterview.Answer::text).orElse(""));
            model.addAttribute("revision", saved.map(a -> a.revision() + 1).orElse(1L));
            model.addAttribute(
                    "savedAt", saved.map(MockInterview.Answer::savedAt).orElse(null));
            model.addAttribute(
                    "questionLeft", Duration.between(now, item.dueAt()).toSeconds());
            model.addAttribute("lastStep", isLastStep(interview, item, followUp));
        });
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
            int step = number("followUp", followUp, 2);
            MockInterviews.SavedAnswer saved = interviews.saveAnswer(
                    user.id(), id, slug, new MockInterviews.AnswerCommand(answer, revision(revision), step));
            if (partial) {
                model.addAttribute("saved", saved);
                return "interview/autosave :: status";
            }
            if ("next".equals(action)) {
                interviews.advance(user.id(), id, new MockInterview.Step(number("position", position, 100), step));
            } else {
                flash.addFlashAttribute("message", saved.late() ? "Saved (late)." : "Saved.");
            }
        } catch (InvalidParameterException e) {
            if (partial) {
                response.setStatus(400);
                model.addAttribute("error", friendly(e));
                return "interview/autosave :: status";
            }
            flash.addFlashAttribute("error", friendly(e));
        } catch (MockInterviews.StateConflict e) {
            if (partial) {
                response.setStatus(409);
                model.addAttribute("error", e.getMessage());
                return "interview/autosave :: status";
            }
            flash.addFlashAttribute("error", e.getMessage());
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
        model.addAttribute("report", report);
        model.addAttribute("mistakes", mistakes(report));
        model.addAttribute("owner", true);
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
                            : added + " question(s) are now due in your practice.");
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
            flash.addFlashAttribute(
                    "shareLink",
                    ServletUriComponentsBuilder.fromCurrentContextPath()
                            .path("/shared/mock-interviews/{token}")
                            .buildAndExpand(token)
                            .toUriString());
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
        model.addAttribute("report", report);
        model.addAttribute("mistakes", mistakes(report));
        model.addAttribute("owner", false);
        return "interview/report";
    }

    /** Each bank question's common mistakes, for reading one's answers against after the interview. */
    private Map<String, List<Misconception>> mistakes(InterviewReport report) {
        return catalog.misconceptions(
                report.questions().stream().map(q -> q.slug()).toList());
    }

    private static boolean isLastStep(MockInterview interview, MockInterview.Item item, int followUp) {
        boolean lastQuestion = item.position() == interview.questions().size() - 1;
        int followUps = item.followUpsChosen() ? item.followUps().size() : item.followUpCount();
        return lastQuestion && followUp >= followUps;
    }

    private static long revision(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("revision", "must be a whole number");
        }
    }

    private static int number(String name, String value, int max) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n < 0 || n > max) {
                throw new InvalidParameterException(name, "is out of range");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, "must be a whole number");
        }
    }

    private static String friendly(InvalidParameterException e) {
        return switch (e.parameter()) {
            case "role" -> "Choose a career role.";
            case "seniority" -> "Choose junior, mid or senior.";
            case "questionSlugs" ->
                "Check your questions: " + e.getMessage().replaceFirst("^questionSlugs: ", "")
                        + ". Use the slugs from question addresses, such as cap-theorem.";
            case "answer" -> "Your answer is longer than " + MockInterviews.MAX_ANSWER + " characters; shorten it.";
            default -> "That did not work: " + e.getMessage();
        };
    }
}
