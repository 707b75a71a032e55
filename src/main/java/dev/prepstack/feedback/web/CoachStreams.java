package dev.prepstack.feedback.web;

import dev.prepstack.feedback.CoachUnavailableException;
import dev.prepstack.feedback.Coaching;
import dev.prepstack.feedback.Feedback;
import dev.prepstack.feedback.LlmCoach;
import dev.prepstack.feedback.Rubric;
import java.io.IOException;
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
    // Each stream waits on the network for up to the coach's total timeout: virtual threads make
    // that wait cheap instead of tying up a request thread.
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    CoachStreams(LlmCoach coach) {
        this.coach = coach;
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
