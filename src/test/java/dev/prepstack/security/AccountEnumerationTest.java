package dev.prepstack.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.support.Http;
import dev.prepstack.support.People;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Attack suite, issue 18 item 11: a reset request answers in the same time whether or not the address
 * has an account. The mail server here accepts connections and never speaks (each send would wait
 * for its 8 s timeout), so any mail work done before answering shows up as seconds.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "prepstack.embedding.enabled=false",
            "prepstack.public-base-url=https://prep.example.test",
            "prepstack.allowed-hosts=localhost",
            "spring.mail.properties.mail.smtp.connectiontimeout=8000",
            "spring.mail.properties.mail.smtp.timeout=8000"
        })
@ActiveProfiles("test")
class AccountEnumerationTest {

    static final List<Socket> HELD = new ArrayList<>();
    static final ServerSocket SILENT_SMTP = silentServer();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", SILENT_SMTP::getLocalPort);
    }

    @LocalServerPort
    int port;

    @Test
    void aResetRequestAnswersAsFastForAnExistingAddressAsForAnUnknownOne() {
        var person = People.aCandidate(port);
        var http = new Http(port);

        long known =
                timeMillis(() -> http.post("/api/v1/auth/password-resets", "{\"email\":\"" + person.email() + "\"}"));
        long unknown = timeMillis(() -> http.post(
                "/api/v1/auth/password-resets", "{\"email\":\"nobody-" + System.nanoTime() + "@example.test\"}"));

        assertThat(known).as("existing address, ms").isLessThan(4000);
        assertThat(unknown).as("unknown address, ms").isLessThan(4000);
    }

    private static long timeMillis(java.util.function.Supplier<Http.Response> call) {
        long start = System.nanoTime();
        var response = call.get();
        long took = (System.nanoTime() - start) / 1_000_000;
        assertThat(response.status()).isEqualTo(202);
        return took;
    }

    private static ServerSocket silentServer() {
        try {
            var server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread.ofVirtual().start(() -> {
                while (!server.isClosed()) {
                    try {
                        synchronized (HELD) {
                            HELD.add(server.accept());
                        }
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void close() throws IOException {
        SILENT_SMTP.close();
        synchronized (HELD) {
            for (Socket s : HELD) {
                s.close();
            }
        }
    }
}
