package dev.prepstack.feedback.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.feedback.CoachUnavailableException;
import dev.prepstack.feedback.Coaching;
import dev.prepstack.feedback.Feedback;
import dev.prepstack.feedback.LlmCoach;
import dev.prepstack.feedback.Rubric;
import dev.prepstack.shared.RateLimitProperties;
import dev.prepstack.shared.RateLimiter;
import dev.prepstack.shared.TooManyRequestsException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Streams the LLM coach to a client as server-sent events: {@code delta} events with text as it is
 * written, then one {@code coaching} event (narrative and follow-up) or one {@code fallback} event
 * that says why the built-in feedback stands alone. The stream always ends cleanly.
 */
@Component
class CoachStreams {

    private final LlmCoach coach;
    private final RateLimiter limiter;
    private final RateLimitProperties limits;
    // Each stream waits on the network for up to the coach's total timeout: virtual threads make
    // that wait cheap instead of tying up a request thread.
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    CoachStreams(LlmCoach coach, RateLimiter limiter, RateLimitProperties limits) {
        this.coach = coach;
        this.limiter = limiter;
        this.limits = limits;
    }

    /**
     * Takes one of the caller's coach requests for this minute (per account, else per IP); returns
     * null, or the message that says the built-in feedback stands alone this time.
     */
    String overLimit(AccountUser user, HttpServletRequest request) {
        String who = user == null ? "ip:" + request.getRemoteAddr() : "user:" + user.id();
        try {
            limiter.check("coach", who, limits.coachPerMinute(), Duration.ofMinutes(1));
            return null;
        } catch (TooManyRequestsException e) {
            return "You asked the coach more than " + limits.coachPerMinute()
                    + " times in a minute; the built-in feedback stands.";
        }
    }

    /**
     * Starts streaming; {@code before} may send events of its own first (the API sends the built-in
     * result), {@code done} receives the coaching, or null after a fallback. A null {@code rubric}
     * sends only what {@code before} sends: the coach is not wanted for this request.
     */
    SseEmitter stream(
            Rubric rubric, String answer, Feedback builtIn, Consumer<SseEmitter> before, Consumer<Coaching> done) {
        SseEmitter emitter = new SseEmitter(0L);
        executor.execute(() -> {
            Coaching coaching = null;
            try {
                before.accept(emitter);
                if (rubric == null) {
                    emitter.complete();
                    done.accept(null);
                    return;
                }
                try {
                    coaching = coach.coach(
                            rubric, answer, builtIn, piece -> send(emitter, "delta", Map.of("text", piece)));
                    send(emitter, "coaching", coaching);
                } catch (CoachUnavailableException e) {
                    send(emitter, "fallback", Map.of("message", e.getMessage()));
                }
                emitter.complete();
            } catch (ClientGone e) {
                emitter.complete();
            }
            done.accept(coaching);
        });
        return emitter;
    }

    static void send(SseEmitter emitter, String name, Object data) {
        try {
            emitter.send(SseEmitter.event().name(name).data(data, MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException e) {
            throw new ClientGone(e);
        }
    }

    /** The client closed the stream; the rest of the coaching is not needed. */
    static final class ClientGone extends RuntimeException {
        ClientGone(Throwable cause) {
            super(cause);
        }
    }
}
