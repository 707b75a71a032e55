package dev.prepstack.practice.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.catalog.Catalog;
import dev.prepstack.catalog.Question;
import dev.prepstack.catalog.QuestionFilters;
import dev.prepstack.catalog.QuestionLookup;
import dev.prepstack.content.Kind;
import dev.prepstack.content.Level;
import dev.prepstack.practice.Card;
import dev.prepstack.practice.CardState;
import dev.prepstack.practice.Practice;
import dev.prepstack.practice.PracticeMode;
import dev.prepstack.practice.ProgressReport;
import dev.prepstack.practice.Rating;
import dev.prepstack.practice.ReviewCommand;
import dev.prepstack.practice.SessionRequest;
import dev.prepstack.shared.InvalidParameterException;
import dev.prepstack.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
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
 * session once they are due, as in Anki.
 */
@Controller
class PracticePageController {

    private final Practice practice;
    private final ProgressReport progress;
    private final Catalog catalog;

    PracticePageController(Practice practice, ProgressReport progress, Catalog catalog) {
        this.practice = practice;
        this.progress = progress;
        this.catalog = catalog;
    }

    @GetMapping("/practice")
    String choose(@AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("topics", catalog.topics());
        model.addAttribute("roles", catalog.roles());
        model.addAttribute("path", catalog.learningPath());
        model.addAttribute("levels", Level.values());
        model.addAttribute("kinds", Kind.values());
        model.addAttribute("due", practice.due(user.id(), 100).size());
        return "practice/choose";
    }

    @PostMapping("/practice/sessions")
    String start(
            @AuthenticationPrincipal AccountUser user,
            @RequestParam(required = false) List<String> topics,
            @RequestParam(required = false) List<String> levels,
            @RequestParam(required = false) List<String> kinds,
            @RequestParam(required = false) String role,
            @RequestParam(required = false) String pathStep,
            @RequestParam(defaultValue = "10") String size,
            @RequestParam(defaultValue = "mixed") String mode,
            RedirectAttributes flash) {
        try {
            int n;
            try {
                n = Integer.parseInt(size.strip());
            } catch (NumberFormatException e) {
                throw new InvalidParameterException("size", "must be a number from 1 to 100");
            }
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
                    n,
                    PracticeMode.parse(mode)
                            .orElseThrow(() -> new InvalidParameterException("mode", "must be new, due or mixed")));
            var session = practice.startSession(user.id(), request);
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
    String session(@AuthenticationPrincipal AccountUser user, @PathVariable long id, Model model) {
        return show(user, id, model, null, null, null);
    }

    @PostMapping("/practice/sessions/{id}/reveal")
    String reveal(
            @AuthenticationPrincipal AccountUser user,
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
        long elapsed = elapsedSince(startedAt);
        return show(user, id, model, slug, answer, elapsed);
    }

    @PostMapping("/practice/sessions/{id}/reviews")
    String rate(
            @AuthenticationPrincipal AccountUser user,
            @PathVariable long id,
            @RequestParam String slug,
            @RequestParam String rating,
            @RequestParam(defaultValue = "") String answer,
            @RequestParam(defaultValue = "0") String elapsedSeconds,
            RedirectAttributes flash) {
        var session = practice.session(user.id(), id).orElseThrow(() -> new NotFoundException("No session " + id));
        if (!session.questions().contains(slug)) {
            throw new NotFoundException("No question '" + slug + "' in this session");
        }
        try {
            Rating r = Rating.parse(rating)
                    .orElseThrow(() -> new InvalidParameterException("rating", "must be again, hard, good or easy"));
            int elapsed;
            try {
                elapsed = (int) Math.min(86_400, Math.max(0, Long.parseLong(elapsedSeconds.strip())));
            } catch (NumberFormatException e) {
                elapsed = 0;
            }
            practice.review(
                    user.id(), new ReviewCommand(slug, r, answer.isBlank() ? null : answer, elapsed, null, null));
        } catch (InvalidParameterException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/practice/sessions/" + id;
    }

    @GetMapping("/progress")
    String progress(@AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("progress", progress.of(user.id()));
        model.addAttribute("retention", practice.retention(user.id()));
        return "practice/progress";
    }

    @PostMapping("/settings/practice")
    String settings(
            @AuthenticationPrincipal AccountUser user,
            @RequestParam(defaultValue = "") String desiredRetention,
            RedirectAttributes flash) {
        try {
            practice.setRetention(user.id(), Double.parseDouble(desiredRetention.strip()));
            flash.addFlashAttribute("message", "Desired retention saved.");
        } catch (NumberFormatException e) {
            flash.addFlashAttribute("error", "Desired retention must be a number between 0.70 and 0.97.");
        } catch (InvalidParameterException e) {
            flash.addFlashAttribute("error", "Desired retention must be between 0.70 and 0.97.");
        }
        return "redirect:/progress";
    }

    private String show(AccountUser user, long id, Model model, String revealSlug, String answer, Long elapsed) {
        var session = practice.session(user.id(), id).orElseThrow(() -> new NotFoundException("No session " + id));
        Map<Long, Card> cards = practice.cards(user.id());
        Map<String, Long> ids =
                catalog.questionRefs().stream().collect(Collectors.toMap(q -> q.slug(), q -> q.id(), (a, b) -> a));
        Instant now = Instant.now();
        List<String> pending = new ArrayList<>();
        List<String> learning = new ArrayList<>();
        int done = 0;
        for (String slug : session.questions()) {
            Card card = Optional.ofNullable(ids.get(slug)).map(cards::get).orElse(null);
            boolean reviewedHere = card != null
                    && card.lastReview() != null
                    && !card.lastReview().isBefore(session.createdAt());
            if (!reviewedHere) {
                pending.add(slug);
            } else if (card.state() != CardState.REVIEW) {
                learning.add(slug);
            } else {
                done++;
            }
        }
        Function<String, Card> cardOf = slug -> cards.get(ids.get(slug));
        learning.sort(Comparator.comparing(slug -> cardOf.apply(slug).due()));
        String current = revealSlug;
        if (current == null) {
            if (!pending.isEmpty()) {
                current = pending.get(0);
            } else if (!learning.isEmpty()
                    && !cardOf.apply(learning.get(0)).due().isAfter(now)) {
                current = learning.get(0);
            }
        }
        model.addAttribute("practiceSession", session);
        model.addAttribute("done", done);
        model.addAttribute("remaining", pending.size() + learning.size());
        model.addAttribute("total", session.questions().size());
        if (current == null) {
            if (!learning.isEmpty()) {
                Instant next = cardOf.apply(learning.get(0)).due();
                model.addAttribute(
                        "waitMinutes", Math.max(1, Duration.between(now, next).toMinutes() + 1));
                model.addAttribute("waiting", learning.size());
            }
            return "practice/session";
        }
        Question question = switch (catalog.lookup(current)) {
            case QuestionLookup.Found f -> f.question();
            case QuestionLookup.Retired r -> r.question();
            default -> throw new NotFoundException("No question '" + current + "'");
        };
        model.addAttribute("question", question);
        model.addAttribute("again", learning.contains(current));
        model.addAttribute("startedAt", now.toEpochMilli());
        if (revealSlug != null) {
            model.addAttribute("revealed", true);
            model.addAttribute("answer", answer);
            model.addAttribute("elapsed", elapsed);
        }
        return "practice/session";
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
