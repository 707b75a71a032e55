package dev.prepstack.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import dev.prepstack.support.Http;
import dev.prepstack.support.People;
import dev.prepstack.support.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Attack suite, issue 18 item 1: absolute links come from prepstack.public-base-url, never from a
 * request's Host or X-Forwarded-Host; other host names are refused; X-Forwarded-* is believed only
 * from the configured proxy address (here 127.0.0.1), not from any other private or loopback peer.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "prepstack.embedding.enabled=false",
            "prepstack.public-base-url=https://prep.example.test",
            "prepstack.allowed-hosts=localhost,127.0.0.1",
            "server.forward-headers-strategy=native"
        })
@ActiveProfiles("test")
class HostHeaderAndProxyTest {

    static final ServerSetup SMTP = new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort();

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> mail.getSmtp().getPort());
    }

    @LocalServerPort
    int port;

    @Test
    void aResetRequestedUnderAForeignHostIsRefusedAndMailsNothing() {
        var person = People.aCandidate(port);
        int before = mail.getReceivedMessages().length;
        String body = "{\"email\":\"" + person.email() + "\"}";

        var poisoned = RawHttp.send(
                "127.0.0.1",
                port,
                "POST",
                "/api/v1/auth/password-resets",
                body,
                "Host",
                "evil.example",
                "Content-Type",
                "application/json",
                "Accept",
                "application/json");
        var forwarded = RawHttp.send(
                "127.0.0.1",
                port,
                "POST",
                "/api/v1/auth/password-resets",
                body,
                "Host",
                "localhost",
                "X-Forwarded-Host",
                "evil.example",
                "Content-Type",
                "application/json",
                "Accept",
                "application/json");
        var page = RawHttp.send("127.0.0.1", port, "GET", "/reset", null, "Host", "evil.example");

        assertThat(poisoned.status()).isEqualTo(400);
        assertThat(poisoned.header("Content-Type")).startsWith("application/problem+json");
        assertThat(forwarded.status()).isEqualTo(400);
        assertThat(page.status()).isEqualTo(400);
        assertThat(mail.getReceivedMessages()).hasSize(before);
    }

    @Test
    void theMailedLinkUsesTheConfiguredBaseUrl() throws Exception {
        var person = People.aCandidate(port);
        int before = mail.getReceivedMessages().length;

        var sent = new Http(port).post("/api/v1/auth/password-resets", "{\"email\":\"" + person.email() + "\"}");

        assertThat(sent.status()).isEqualTo(202);
        assertThat(mail.waitForIncomingEmail(10_000, before + 1)).isTrue();
        String text = GreenMailUtil.getBody(mail.getReceivedMessages()[before]);
        assertThat(text).containsPattern("https://prep\\.example\\.test/reset/[A-Za-z0-9_-]+");
        assertThat(text).doesNotContain("localhost");
    }

    @Test
    void invitesAndTheOpenApiServerUseTheConfiguredBaseUrl() {
        var interviewer = People.anInterviewer(port);
        long org = interviewer
                .api(port)
                .post("/api/v1/organisations", "{\"name\":\"Base URL test\"}")
                .json()
                .get("id")
                .asLong();

        var invite = interviewer.api(port).post("/api/v1/organisations/" + org + "/invites", "{}");
        var docs = new Http(port).get("/v3/api-docs");

        assertThat(invite.json().get("url").asString()).startsWith("https://prep.example.test/hiring/invites/");
        assertThat(docs.json().get("servers").get(0).get("url").asString()).isEqualTo("https://prep.example.test");
        assertThat(docs.json().get("openapi").asString()).startsWith("3.1");
    }

    @Test
    void forwardedForIsBelievedOnlyFromTheConfiguredProxy() {
        var person = People.aCandidate(port);
        String body =
                "{\"email\":\"%s\",\"password\":\"%s\",\"name\":\"via\"}".formatted(person.email(), person.password());

        // 127.0.0.2 is a loopback (private) peer, but not the configured proxy: its header is ignored.
        var stranger = RawHttp.send(
                "127.0.0.2",
                port,
                "POST",
                "/api/v1/auth/tokens",
                body,
                "Host",
                "localhost",
                "X-Forwarded-For",
                "203.0.113.7",
                "Content-Type",
                "application/json",
                "Accept",
                "application/json");
        var proxy = RawHttp.send(
                "127.0.0.1",
                port,
                "POST",
                "/api/v1/auth/tokens",
                body,
                "Host",
                "localhost",
                "X-Forwarded-For",
                "198.51.100.8",
                "Content-Type",
                "application/json",
                "Accept",
                "application/json");

        assertThat(stranger.status()).isEqualTo(201);
        assertThat(proxy.status()).isEqualTo(201);
        String events = person.api(port)
                .get("/api/v1/me/export")
                .json()
                .get("account")
                .get("securityEvents")
                .toString();
        assertThat(events).doesNotContain("203.0.113.7").contains("127.0.0.2").contains("198.51.100.8");
    }
}
