package dev.prepstack.feedback.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.feedback.AnswerFeedback;
import dev.prepstack.feedback.CoachUnavailableException;
import dev.prepstack.feedback.Coaching;
import dev.prepstack.feedback.Feedback;
import dev.prepstack.feedback.LlmCoach;
import dev.prepstack.feedback.Rubric;
import dev.prepstack.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The coach's part of a checked answer on the pages: streamed into the result with JavaScript, or
 * as a page of its own once complete without it.
 */
@Controller
class CoachPageController {

    private final AnswerFeedback feedback;
    private final LlmCoach coach;
    private final CoachStreams streams;

    CoachPageController(AnswerFeedback feedback, LlmCoach coach, CoachStreams streams) {
        this.feedback = feedback;
        this.coach = coach;
        this.streams = streams;
    }

    @GetMapping(value = "/coach/{id}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@PathVariable String id, @AuthenticationPrincipal AccountUser user, HttpServletRequest request) {
        CoachJob job = job(id, request);
        Rubric rubric = rubric(job);
        Feedback builtIn = feedback.evaluate(rubric, job.answer());
        String refusal = streams.overLimit(user, request);
        if (refusal != null) {
            return streams.stream(
                    null,
                    job.answer(),
                    builtIn,
                    e -> CoachStreams.send(e, "fallback", Map.of("message", refusal)),
                    c -> {});
        }
        return streams.stream(rubric, job.answer(), builtIn, e -> {}, c -> {});
    }

    @GetMapping("/coach/{id}")
    String page(
            @PathVariable String id,
            @AuthenticationPrincipal AccountUser user,
            HttpServletRequest request,
            Model model) {
        CoachJob job = job(id, request);
        Rubric rubric = rubric(job);
        model.addAttribute("question", rubric.question());
        model.addAttribute("slug", job.slug());
        String refusal = streams.overLimit(user, request);
        if (refusal != null) {
            model.addAttribute("notice", refusal);
            return "feedback/coach";
        }
        try {
            Coaching coaching = coach.coach(rubric, job.answer(), feedback.evaluate(rubric, job.answer()), piece -> {});
            model.addAttribute("coaching", coaching);
        } catch (CoachUnavailableException e) {
            model.addAttribute("notice", e.getMessage());
        }
        return "feedback/coach";
    }

    private CoachJob job(String id, HttpServletRequest request) {
        CoachJob job = coach.enabled() ? CoachJob.take(request.getSession(false), id) : null;
        if (job == null) {
            throw new NotFoundException("No coaching is waiting under this link; check your answer again.");
        }
        return job;
    }

    private Rubric rubric(CoachJob job) {
        return job.slug() != null
                ? feedback.rubricFor(job.slug())
                : feedback.rubric(job.question(), job.keyPoints(), job.referenceAnswer());
    }
}
