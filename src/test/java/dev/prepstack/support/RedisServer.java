package dev.prepstack.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A private redis-server on a free loopback port, started and stopped by the test (never the
 * machine's shared one, which other work may use). Keeps nothing on disk.
 */
public final class RedisServer implements AutoCloseable {

    private static final Path BINARY = Path.of("/usr/bin/redis-server");

    private final int port;
    private Process process;

    private RedisServer(int port) {
        this.port = port;
    }

    /** Starts one, or skips the calling test (fails under PREPSTACK_REQUIRE_REDIS=true) without redis-server. */
    public static RedisServer start() {
        if (!Files.isExecutable(BINARY)) {
            String message = "redis-server not found at " + BINARY + ": skipping multi-node tests";
            if ("true".equalsIgnoreCase(System.getenv("PREPSTACK_REQUIRE_REDIS"))) {
                throw new AssertionError(message + " (but PREPSTACK_REQUIRE_REDIS=true makes them mandatory)");
            }
            System.err.println("WARNING: " + message);
            Assumptions.abort(message);
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        RedisServer server = new RedisServer(port);
        server.resume();
        return server;
    }

    public int port() {
        return port;
    }

    /** Starts (again) on the same port. */
    public void resume() {
        try {
            process = new ProcessBuilder(
                            BINARY.toString(),
                            "--port",
                            String.valueOf(port),
                            "--bind",
                            "127.0.0.1",
                            "--save",
                            "",
                            "--appendonly",
                            "no")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < deadline) {
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                    return;
                } catch (IOException notYet) {
                    Thread.sleep(50);
                }
            }
            throw new IllegalStateException("redis-server did not start on port " + port);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Kills it: clients see connections drop and new ones refused. */
    public void stop() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    @Override
    public void close() {
        stop();
    }
}
