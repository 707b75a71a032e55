package dev.prepstack.practice.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.catalog.Catalog;
import dev.prepstack.catalog.Question;
import dev.prepstack.catalog.QuestionFilters;
import dev.prepstack.content.Kind;
import dev.prepstack.content.Level;
import dev.prepstack.feedback.AnswerFeedback;
import dev.prepstack.feedback.Feedback;
import dev.prepstack.practice.Card;
import dev.prepstack.practice.CardState;
import dev.prepstack.practice.GuestPractice;
import dev.prepstack.practice.IntervalPreview;
import dev.prepstack.practice.MemoryModel;
import dev.prepstack.practice.Practice;
import dev.prepstack.practice.PracticeMode;
import dev.prepstack.practice.ProgressReport;
import dev.prepstack.practice.Rating;
import dev.prepstack.practice.ReviewCommand;
import dev.prepstack.practice.SessionRequest;
import dev.prepstack.practice.SuggestedRating;
import dev.prepstack.shared.InvalidParameterException;
import dev.prepstack.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

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
    private final AnswerFeedback feedback;
    private final MemoryModel memoryModel;
    private final IntervalPreview intervals;
    private final JsonMapper json = JsonMapper.builder().build();

    PracticePageController(
            Practice practice,
            ProgressReport progress,
            Catalog catalog,
            AnswerFeedback feedback,
            MemoryModel memoryModel,
            IntervalPreview intervals) {
        this.practice = practice;
        this.progress = progress;
        this.catalog = catalog;
        this.feedback = feedback;
        this.memoryModel = memoryModel;
        this.intervals = intervals;
    }

    /** Where a visitor's practice lives: their account, or their HTTP session as a guest. */
    private interface Store {
        SessionView start(SessionRequest request);

        Optional<SessionView> session(long id);

        Map<String, Card> cards();

        void review(String slug, Rating rating, String answer, int elapsed);

        int dueCount();

        Map<Rating, String> intervals(Card card);
    }

    record SessionView(long id, List<String> questions, Instant createdAt) {}

    private Store store(AccountUser user, HttpSession httpSession) {
        if (user != null) {
            return new Store() {
                public SessionView start(SessionRequest request) {
                    var s = practice.startSession(user.id(), request);
                    return new SessionView(s.id(), s.questions(), s.createdAt());
                }

                public Optional<SessionView> session(long id) {
                    return practice.session(user.id(), id)
                            .map(s -> new SessionView(s.id(), s.questions(), s.createdAt()));
                }

                public Map<String, Card> cards() {
                    return practice.cardsBySlug(user.id());
                }

                public void review(String slug, Rating rating, String answer, int elapsed) {
                    // The coach's feedback on a written answer is kept with the review, in the answer history.
                    Feedback f = answer == null ? null : feedback.forQuestion(slug, answer);
                    practice.review(
                            user.id(),
                            new ReviewCommand(
                                    slug,
                                    rating,
                                    answer,
                                    elapsed,
                                    null,
                                    null,
                                    f == null ? null : f.score(),
                                    f == null ? null : json.writeValueAsString(f),
                                    SuggestedRating.from(f).orElse(null)));
                }

                public int dueCount() {
                    return practice.due(user.id(), 100).size();
                }

                public Map<Rating, String> intervals(Card card) {
                    return intervals.forAccount(user.id(), card);
                }
            };
        }
        if (httpSession == null) {
            // A guest who only looks (GET) gets no session: an empty practice, never stored.
            return guestStore(new GuestPractice(), null);
        }
        GuestPractice guest;
        synchronized (httpSession.getId().intern()) {
            guest = (GuestPractice) httpSession.getAttribute(GuestPractice.SESSION_ATTRIBUTE);
            if (guest == null) {
                guest = new GuestPractice();
                httpSession.setAttribute(GuestPractice.SESSION_ATTRIBUTE, guest);
            }
        }
        return guestStore(guest, httpSession);
    }

    private Store guestStore(GuestPractice g, HttpSession httpSession) {
        return new Store() {
            public SessionView start(SessionRequest request) {
                var s = g.start(request, catalog, Instant.now());
                Objects.requireNonNull(httpSession, "a guest's practice needs a session")
                        .setAttribute(GuestPractice.SESSION_ATTRIBUTE, g);
                return new SessionView(s.id(), s.questions(), s.createdAt());
            }

            public Optional<SessionView> session(long id) {
                return g.session(id).map(s -> new SessionView(s.id(), s.questions(), s.createdAt()));
            }

            public Map<String, Card> cards() {
                return g.cards();
            }

            public void review(String slug, Rating rating, String answer, int elapsed) {
                practice.questionExists(slug);
                g.review(slug, rating, answer, elapsed, Instant.now());
                Objects.requireNonNull(httpSession, "a guest's practice needs a session")
                        .setAttribute(GuestPractice.SESSION_ATTRIBUTE, g);
            }

            public int dueCount() {
                Instant now = Instant.now();
                return (int) g.cards().values().stream()
                        .filter(c -> !c.due().isAfter(now))
                        .count();
            }

            public Map<Rating, String> intervals(Card card) {
                return intervals.forGuest(card);
            }
        };
    }

    @GetMapping("/practice")
    String choose(@AuthenticationPrincipal AccountUser user, HttpServletRequest request, Model model) {
        HttpSession httpSession = request.getSession(false);
        model.addAttribute("topics", catalog.topics());
        model.addAttribute("roles", catalog.roles());
        model.addAttribute("path", catalog.learningPath());
        model.addAttribute("levels", Level.values());
        model.addAttribute("kinds", Kind.values());
        model.addAttribute("due", store(user, httpSession).dueCount());
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
            var session = store(user, httpSession).start(request);
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
        HttpSession httpSession = request.getSession(false);
        return show(user, store(user, httpSession), id, model, null, null, null);
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
        long elapsed = elapsedSince(startedAt);
        return show(user, store(user, httpSession), id, model, slug, answer, elapsed);
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
        Store store = store(user, httpSession);
        var session = store.session(id).orElseThrow(() -> new NotFoundException("No session " + id));
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
            store.review(slug, r, answer.isBlank() ? null : answer, elapsed);
        } catch (InvalidParameterException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/practice/sessions/" + id;
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

    private String show(
            AccountUser user, Store store, long id, Model model, String revealSlug, String answer, Long elapsed) {
        var session = store.session(id).orElseThrow(() -> new NotFoundException("No session " + id));
        Map<String, Card> cards = store.cards();
        Instant now = Instant.now();
        List<String> pending = new ArrayList<>();
        List<String> learning = new ArrayList<>();
        int done = 0;
        for (String slug : session.questions()) {
            Card card = cards.get(slug);
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
        Function<String, Card> cardOf = cards::get;
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
        model.addAttribute("guest", user == null);
        model.addAttribute("done", done);
        // Honest counters: rated once in this session, and of those, still in a learning step.
        model.addAttribute("rated", session.questions().size() - pending.size());
        model.addAttribute("comingBack", learning.size());
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
        String slug = current;
        Question question =
                catalog.question(slug).orElseThrow(() -> new NotFoundException("No question '" + slug + "'"));
        model.addAttribute("question", question);
        model.addAttribute("again", learning.contains(current));
        model.addAttribute("startedAt", now.toEpochMilli());
        if (revealSlug != null) {
            if (answer != null && !answer.isBlank()) {
                Feedback f = feedback.forQuestion(current, answer);
                model.addAttribute("feedback", f);
                // Pre-selected on the rating buttons; rating it is the person's call.
                SuggestedRating.from(f)
                        .ifPresent(r ->
                                model.addAttribute("suggestedRating", r.name().toLowerCase(java.util.Locale.ROOT)));
            }
            model.addAttribute("revealed", true);
            model.addAttribute("intervals", store.intervals(cards.get(current)));
            // The follow-ups come with the answer, collapsed: those answered by another question link to it.
            model.addAttribute("followUpTargets", catalog.followUpTargets(question));
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
