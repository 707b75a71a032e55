package dev.prepstack.feedback;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEvent;
import dev.langchain4j.http.client.sse.ServerSentEventContext;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One call to the coach through LangChain4j's streaming chat model. What the model reports arrives
 * on the HTTP client's thread and is queued here for the calling thread, which alone talks to the
 * reader; the response stream is kept so that the caller can close it when it stops listening (its
 * deadline passed, the reader went away, enough text came).
 *
 * <p>It also carries the two things LangChain4j's client does not do for us: closing a stream that
 * stalls before any event (the model's own cancel handle only comes with the first piece), and
 * servers that ignore {@code "stream": true} and send the whole completion as one JSON document,
 * which is passed on as a single streamed piece.
 */
final class CoachExchange implements StreamingChatResponseHandler {

    /** What happened: the response started, a piece of text came, the reply ended, or it failed. */
    sealed interface Arrival {}

    record Opened() implements Arrival {}

    record Piece(String text) implements Arrival {}

    record End() implements Arrival {}

    record Failed(Throwable cause) implements Arrival {}

    private final BlockingQueue<Arrival> arrivals = new LinkedBlockingQueue<>();
    private final JsonMapper json;
    private volatile InputStream stream;
    private volatile boolean closed;

    CoachExchange(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void onPartialResponse(String piece) {
        arrivals.add(new Piece(piece));
    }

    @Override
    public void onCompleteResponse(ChatResponse response) {
        arrivals.add(new End());
    }

    @Override
    public void onError(Throwable error) {
        arrivals.add(new Failed(error));
    }

    /** The next arrival, or {@code null} when nothing came within {@code wait}. */
    Arrival next(Duration wait) throws InterruptedException {
        return arrivals.poll(Math.max(0, wait.toNanos()), TimeUnit.NANOSECONDS);
    }

    /** Whether the server answered with a success status and its body started. */
    boolean opened() {
        return stream != null;
    }

    /** Stops listening: closing the response stream ends the HTTP client's read, whatever it waits for. */
    void close() {
        closed = true;
        InputStream in = stream;
        if (in != null) {
            closeQuietly(in);
        }
    }

    /**
     * LangChain4j's model builds its HTTP client from a builder; this one hands it the coach's shared
     * client seen through this exchange. The model's own single timeout is ignored: the shared client
     * already has the coach's separate connect and first-token timeouts.
     */
    HttpClientBuilder over(HttpClient shared) {
        return new HttpClientBuilder() {
            @Override
            public Duration connectTimeout() {
                return null;
            }

            @Override
            public HttpClientBuilder connectTimeout(Duration timeout) {
                return this;
            }

            @Override
            public Duration readTimeout() {
                return null;
            }

            @Override
            public HttpClientBuilder readTimeout(Duration timeout) {
                return this;
            }

            @Override
            public HttpClient build() {
                return new Watched(shared);
            }
        };
    }

    private final class Watched implements HttpClient {
        private final HttpClient delegate;

        Watched(HttpClient delegate) {
            this.delegate = delegate;
        }

        @Override
        public SuccessfulHttpResponse execute(HttpRequest request) {
            return delegate.execute(request);
        }

        @Override
        public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
            Listener watched = new Listener(listener);
            delegate.execute(request, (in, l) -> parse(in, parser, watched), watched);
        }
    }

    private void parse(InputStream in, ServerSentEventParser parser, Listener listener) {
        stream = in;
        arrivals.add(new Opened());
        if (closed) {
            closeQuietly(in);
            return;
        }
        if (listener.eventStream) {
            parser.parse(in, listener);
            return;
        }
        try {
            JsonNode whole = json.readTree(in);
            String content = whole.path("choices")
                    .path(0)
                    .path("message")
                    .path("content")
                    .asString("");
            ObjectNode chunk = json.createObjectNode();
            chunk.putArray("choices")
                    .addObject()
                    .put("index", 0)
                    .putObject("delta")
                    .put("content", content);
            listener.onEvent(new ServerSentEvent(null, json.writeValueAsString(chunk)));
        } catch (RuntimeException e) {
            listener.onError(e);
        }
    }

    /** Passes everything on, noting whether the body is an event stream. */
    private static final class Listener implements ServerSentEventListener {
        private final ServerSentEventListener delegate;
        private volatile boolean eventStream = true;

        Listener(ServerSentEventListener delegate) {
            this.delegate = delegate;
        }

        @Override
        public void onOpen(SuccessfulHttpResponse response) {
            String type = response.headers().entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase("Content-Type"))
                    .flatMap(e -> e.getValue().stream())
                    .findFirst()
                    .orElse("text/event-stream");
            eventStream = type.startsWith("text/event-stream");
            delegate.onOpen(response);
        }

        @Override
        public void onEvent(ServerSentEvent event, ServerSentEventContext context) {
            delegate.onEvent(event, context);
        }

        @Override
        public void onEvent(ServerSentEvent event) {
            delegate.onEvent(event);
        }

        @Override
        public void onError(Throwable error) {
            delegate.onError(error);
        }

        @Override
        public void onClose() {
            delegate.onClose();
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // Closing is how a stream is abandoned; nothing more to do.
        }
    }
}
