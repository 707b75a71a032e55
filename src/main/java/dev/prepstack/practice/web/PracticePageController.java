package dev.prepstack.practice.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.catalog.QuestionFilters;
import dev.prepstack.content.Kind;
import dev.prepstack.content.Level;
import dev.prepstack.practice.Practice;
import dev.prepstack.practice.PracticeMode;
import dev.prepstack.practice.PracticeSessions;
import dev.prepstack.practice.Rating;
import dev.prepstack.practice.SessionRequest;
import dev.prepstack.shared.InvalidParameterException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The practice loop as pages: choose, answer, reveal, rate. Every step is a plain form; htmx swaps
 * the card in place when JavaScript is on. Cards still in learning steps come back in the same
 * session once they are due, as in Anki ({@link dev.prepstack.practice.SessionProgress}).
 */
@Controller
class PracticePageController {

    private final PracticeSessions sessions;

    PracticePageController(PracticeSessions sessions) {
        this.sessions = sessions;
    }

    @GetMapping("/practice")
    String choose(@AuthenticationPrincipal AccountUser user, HttpServletRequest request, Model model) {
        var choices = sessions.choices();
        model.addAttribute("topics", choices.topics());
        model.addAttribute("roles", choices.roles());
        model.addAttribute("path", choices.path());
        model.addAttribute("levels", Level.values());
        model.addAttribute("kinds", Kind.values());
        model.addAttribute("due", sessions.dueCount(GuestSessions.practitioner(user, request.getSession(false))));
        model.addAttribute("guest", user == null);
        return "practice/choose";
    }

    @PostMapping("/practice/sessions")
    String start(
            @AuthenticationPrincipal AccountUser user,
            HttpSession httpSession,
            @RequestParam(required = false) List<String> topics,
            @RequestParam(required = false) List<String> levels,
            @RequestParam(required = false) List<String> kinds,
            @RequestParam(required = false) String role,
            @RequestParam(required = false) String pathStep,
            @RequestParam(defaultValue = "10") String size,
            @RequestParam(defaultValue = "mixed") String mode,
            RedirectAttributes flash) {
        try {
            var request = new SessionRequest(
                    topics,
                    levels == null
                            ? List.of()
                            : levels.stream().map(QuestionFilters::level).toList(),
                    kinds == null
                            ? List.of()
                            : kinds.stream().map(QuestionFilters::kind).toList(),
                    role,
                    pathStep,
                    size(size),
                    PracticeMode.parse(mode)
                            .orElseThrow(() -> new InvalidParameterException("mode", "must be new, due or mixed")));
            var session = sessions.start(GuestSessions.practitioner(user, httpSession), request);
            if (session.questions().isEmpty()) {
                flash.addFlashAttribute(
                        "error",
                        request.mode() == PracticeMode.DUE
                                ? "Nothing is due right now. Try new questions or come back later."
                                : "No question matches that choice. Widen it a little.");
                return "redirect:/practice";
            }
            return "redirect:/practice/sessions/" + session.id();
        } catch (InvalidParameterException e) {
            flash.addFlashAttribute("error", e.getMessage());
            return "redirect:/practice";
        }
    }

    @GetMapping("/practice/sessions/{id}")
    String session(
            @AuthenticationPrincipal AccountUser user, HttpServletRequest request, @PathVariable long id, Model model) {
        var step = sessions.step(GuestSessions.practitioner(user, request.getSession(false)), id, null, null);
        return SessionPage.show(user == null, step, model, null, null);
    }

    @PostMapping("/practice/sessions/{id}/reveal")
    String reveal(
            @AuthenticationPrincipal AccountUser user,
            HttpSession httpSession,
            @PathVariable long id,
            @RequestParam String slug,
            @RequestParam(defaultValue = "") String answer,
            @RequestParam(defaultValue = "0") String startedAt,
            Model model,
            HttpServletResponse response) {
        if (answer.length() > Practice.MAX_ANSWER) {
            response.setStatus(400);
            model.addAttribute(
                    "error", "Your answer is longer than " + Practice.MAX_ANSWER + " characters; shorten it.");
            answer = answer.substring(0, Practice.MAX_ANSWER);
        }
        var step = sessions.step(GuestSessions.practitioner(user, httpSession), id, slug, answer);
        return SessionPage.show(user == null, step, model, answer, elapsedSince(startedAt));
    }

    @PostMapping("/practice/sessions/{id}/reviews")
    String rate(
            @AuthenticationPrincipal AccountUser user,
            HttpSession httpSession,
            @PathVariable long id,
            @RequestParam String slug,
            @RequestParam String rating,
            @RequestParam(defaultValue = "") String answer,
            @RequestParam(defaultValue = "0") String elapsedSeconds,
            RedirectAttributes flash) {
        try {
            sessions.rate(
                    GuestSessions.practitioner(user, httpSession),
                    id,
                    slug,
                    Rating.parse(rating).orElse(null),
                    answer.isBlank() ? null : answer,
                    (int) Math.min(86_400, Math.max(0, number(elapsedSeconds))));
        } catch (InvalidParameterException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/practice/sessions/" + id;
    }

    private static int size(String size) {
        try {
            return Integer.parseInt(size.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("size", "must be a number from 1 to 100");
        }
    }

    private static long number(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static long elapsedSince(String startedAtMillis) {
        try {
            long started = Long.parseLong(startedAtMillis.strip());
            long seconds = (System.currentTimeMillis() - started) / 1000;
            return seconds < 0 || seconds > 86_400 ? 0 : seconds;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
