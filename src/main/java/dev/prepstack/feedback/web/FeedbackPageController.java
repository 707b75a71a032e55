package dev.prepstack.feedback.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.catalog.Catalog;
import dev.prepstack.feedback.AnswerEvaluator;
import dev.prepstack.feedback.AnswerFeedback;
import dev.prepstack.feedback.Feedback;
import dev.prepstack.feedback.LlmCoach;
import dev.prepstack.shared.InvalidParameterException;
import dev.prepstack.shared.NotFoundException;
import dev.prepstack.shared.RateLimitProperties;
import dev.prepstack.shared.RateLimiter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Check my answer" on any question, and on a rubric you type in yourself. */
@Controller
class FeedbackPageController {

    private final AnswerFeedback feedback;
    private final Catalog catalog;
    private final RateLimiter limiter;
    private final RateLimitProperties limits;
    private final LlmCoach coach;

    FeedbackPageController(
            AnswerFeedback feedback, Catalog catalog, RateLimiter limiter, RateLimitProperties limits, LlmCoach coach) {
        this.feedback = feedback;
        this.coach = coach;
        this.catalog = catalog;
        this.limiter = limiter;
        this.limits = limits;
    }

    @GetMapping("/questions/{slug}/check")
    String checkForm(@PathVariable String slug, Model model) {
        model.addAttribute("question", question(slug));
        model.addAttribute("answer", "");
        model.addAttribute("modelReady", feedback.modelReady());
        return "feedback/check";
    }

    @PostMapping("/questions/{slug}/check")
    String check(
            @PathVariable String slug,
            @RequestParam(defaultValue = "") String answer,
            @RequestParam(defaultValue = "false") boolean save,
            @AuthenticationPrincipal AccountUser user,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        model.addAttribute("question", question(slug));
        model.addAttribute("modelReady", feedback.modelReady());
        model.addAttribute("answer", answer.length() > 20_000 ? answer.substring(0, 20_000) : answer);
        try {
            limiter.check("feedback-ip", request.getRemoteAddr(), limits.feedbackPerMinute(), Duration.ofMinutes(1));
            Feedback f = feedback.forQuestion(slug, answer);
            model.addAttribute("feedback", f);
            if (coach.enabled() && !answer.isBlank()) {
                CoachJob job = CoachJob.forQuestion(slug, answer);
                job.keepIn(request.getSession());
                model.addAttribute("coachId", job.id());
            }
            if (save && user != null && !answer.isBlank()) {
                feedback.save(user.id(), slug, answer, f);
                model.addAttribute("saved", true);
            }
        } catch (InvalidParameterException e) {
            response.setStatus(400);
            model.addAttribute("error", "Your answer is longer than 20,000 characters; shorten it.");
        }
        return "feedback/check";
    }

    /** "How accurate is the feedback?": the measured figures, the datasets and the limits (linked from every result). */
    @GetMapping("/feedback/accuracy")
    String accuracy(Model model) {
        model.addAttribute("evaluatorVersion", AnswerEvaluator.VERSION);
        return "feedback/accuracy";
    }

    @GetMapping("/feedback")
    String rubricForm(Model model) {
        model.addAttribute("modelReady", feedback.modelReady());
        return "feedback/rubric";
    }

    @PostMapping("/feedback")
    String rubric(
            @RequestParam(defaultValue = "") String question,
            @RequestParam(defaultValue = "") String keyPoints,
            @RequestParam(defaultValue = "") String referenceAnswer,
            @RequestParam(defaultValue = "") String answer,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        model.addAttribute("modelReady", feedback.modelReady());
        model.addAttribute("question", question.length() > 2_000 ? "" : question);
        model.addAttribute("keyPoints", keyPoints.length() > 20_000 ? "" : keyPoints);
        model.addAttribute("referenceAnswer", referenceAnswer.length() > 20_000 ? "" : referenceAnswer);
        model.addAttribute("answer", answer.length() > 20_000 ? "" : answer);
        try {
            limiter.check("feedback-ip", request.getRemoteAddr(), limits.feedbackPerMinute(), Duration.ofMinutes(1));
            List<String> points = Arrays.stream(keyPoints.split("\\R"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
            model.addAttribute("feedback", feedback.forRubric(question, points, referenceAnswer, answer));
            if (coach.enabled() && !answer.isBlank()) {
                CoachJob job = CoachJob.forRubric(question, points, referenceAnswer, answer);
                job.keepIn(request.getSession());
                model.addAttribute("coachId", job.id());
            }
        } catch (InvalidParameterException e) {
            response.setStatus(400);
            model.addAttribute(
                    "error",
                    switch (e.parameter()) {
                        case "question" -> "Type the question (up to 2,000 characters).";
                        case "keyPoints" -> "List 1 to 12 key points, one per line.";
                        default -> "Your answer and reference answer may each have up to 20,000 characters.";
                    });
        }
        return "feedback/rubric";
    }

    private dev.prepstack.catalog.Question question(String slug) {
        return catalog.question(slug).orElseThrow(() -> new NotFoundException("No question '" + slug + "'"));
    }
}
