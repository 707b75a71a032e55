package dev.prepstack.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An OpenAI-compatible chat-completions server on a free loopback port, started by a test. Each
 * call is answered by the next queued {@link Reply}, or by the default one, and every request is
 * recorded so tests can check what the application sent.
 */
public final class FakeChatServer implements AutoCloseable {

    /** How one call is answered. */
    public sealed interface Reply {}

    /** Streams the pieces as server-sent events, {@code pause} apart, then [DONE]. */
    public record Stream(List<String> pieces, Duration pause) implements Reply {}

    /** Opens the stream, sends the pieces, then stops sending anything without closing the connection. */
    public record Stall(List<String> pieces, Duration stallFor) implements Reply {}

    /** Waits before sending anything at all. */
    public record Hang(Duration delay) implements Reply {}

    /** An error status with a JSON body. */
    public record Status(int code) implements Reply {}

    /** A whole completion at once, as servers that ignore "stream": true do. */
    public record Whole(String content) implements Reply {}

    public record Request(String body, Map<String, List<String>> headers) {
        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Reply> queued = new ConcurrentLinkedQueue<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger calls = new AtomicInteger();
    private volatile Reply fallback = new Stream(List.of("Fine."), Duration.ZERO);

    public FakeChatServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/v1/chat/completions", this::handle);
        server.start();
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
    }

    public FakeChatServer then(Reply reply) {
        queued.add(reply);
        return this;
    }

    public FakeChatServer always(Reply reply) {
        queued.clear();
        fallback = reply;
        return this;
    }

    public int calls() {
        return calls.get();
    }

    public List<Request> requests() {
        return requests;
    }

    public void reset() {
        queued.clear();
        requests.clear();
        calls.set(0);
        fallback = new Stream(List.of("Fine."), Duration.ZERO);
    }

    private void handle(HttpExchange exchange) throws IOException {
        calls.incrementAndGet();
        requests.add(new Request(
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                Map.copyOf(exchange.getRequestHeaders())));
        Reply reply = queued.poll();
        if (reply == null) {
            reply = fallback;
        }
        try (exchange) {
            switch (reply) {
                case Stream s -> {
                    OutputStream out = startStream(exchange);
                    for (String piece : s.pieces()) {
                        chunk(out, piece);
                        sleep(s.pause());
                    }
                    out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
                case Stall s -> {
                    OutputStream out = startStream(exchange);
                    // An event-stream comment, so that the response starts even when no piece follows.
                    out.write(": opened\n\n".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    for (String piece : s.pieces()) {
                        chunk(out, piece);
                    }
                    sleep(s.stallFor());
                }
                case Hang h -> sleep(h.delay());
                case Status s -> {
                    byte[] body = "{\"error\":{\"message\":\"fake failure\"}}".getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(s.code(), body.length);
                    exchange.getResponseBody().write(body);
                }
                case Whole w -> {
                    byte[] body = ("{\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":"
                                    + quote(w.content()) + "}}]}")
                            .getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                }
            }
        } catch (IOException e) {
            // The client gave up (timeouts are what several tests provoke).
        }
    }

    private static OutputStream startStream(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        return exchange.getResponseBody();
    }

    private static void chunk(OutputStream out, String piece) throws IOException {
        String event = "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":" + quote(piece) + "}}]}\n\n";
        out.write(event.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
