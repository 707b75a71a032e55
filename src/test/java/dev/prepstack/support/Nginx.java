package dev.prepstack.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's nginx as a round-robin load balancer in front of some nodes, on a free loopback port,
 * with its configuration, logs and temp files in a test folder. Every response names the node that
 * served it in {@code X-Upstream}. Requests that fail on a node before it answered (connection
 * refused or reset) are retried on the next one, as a production balancer would.
 */
public final class Nginx implements AutoCloseable {

    private static final Path BINARY = Path.of("/usr/sbin/nginx");

    private final Process process;
    private final int port;

    private Nginx(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static Nginx balancing(Path dir, List<Integer> upstreamPorts) {
        if (!Files.isExecutable(BINARY)) {
            String message =
                    "nginx not found at " + BINARY + ": skipping load-balancer tests (apt-get install nginx-light)";
            if ("true".equalsIgnoreCase(System.getenv("PREPSTACK_REQUIRE_NGINX"))) {
                throw new AssertionError(message + " (but PREPSTACK_REQUIRE_NGINX=true makes them mandatory)");
            }
            System.err.println("WARNING: " + message);
            Assumptions.abort(message);
        }
        int port = NodeProcess.freePort();
        String servers = upstreamPorts.stream()
                .map(p -> "    server 127.0.0.1:" + p + " max_fails=1 fail_timeout=5s;")
                .collect(Collectors.joining("\n"));
        String conf = """
                worker_processes 1;
                daemon off;
                master_process off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 512; }
                http {
                  access_log %1$s/access.log;
                  client_body_temp_path %1$s/body;
                  proxy_temp_path %1$s/proxy;
                  fastcgi_temp_path %1$s/fastcgi;
                  uwsgi_temp_path %1$s/uwsgi;
                  scgi_temp_path %1$s/scgi;
                  upstream prepstack {
                %2$s
                  }
                  server {
                    listen 127.0.0.1:%3$d;
                    location / {
                      proxy_pass http://prepstack;
                      proxy_set_header Host $http_host;
                      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                      proxy_connect_timeout 1s;
                      proxy_read_timeout 30s;
                      # Writes carry idempotency keys (clientReviewId), so retrying one on the other node is safe.
                      proxy_next_upstream error timeout http_502 non_idempotent;
                      add_header X-Upstream $upstream_addr always;
                    }
                  }
                }
                """.formatted(dir.toAbsolutePath(), servers, port);
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve("nginx.conf");
            Files.writeString(file, conf);
            Process process = new ProcessBuilder(BINARY.toString(), "-c", file.toString(), "-p", dir.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("stdout.log").toFile())
                    .start();
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (System.nanoTime() < deadline) {
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                    return new Nginx(process, port);
                } catch (IOException notYet) {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("nginx exited: " + Files.readString(dir.resolve("stdout.log")));
                    }
                    Thread.sleep(100);
                }
            }
            throw new IllegalStateException("nginx did not start");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        process.destroy();
    }
}
