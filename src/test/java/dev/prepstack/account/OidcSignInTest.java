package dev.prepstack.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.support.Http;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Sign-in with an OpenID Connect provider (a local mock provider), which is off by default. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"prepstack.embedding.enabled=false"})
@ActiveProfiles("test")
class OidcSignInTest {

    static final MockOAuth2Server provider = new MockOAuth2Server();

    @DynamicPropertySource
    static void oidc(DynamicPropertyRegistry registry) {
        provider.start();
        registry.add(
                "prepstack.oidc.issuer-uri", () -> provider.issuerUrl("default").toString());
        registry.add("prepstack.oidc.client-id", () -> "prepstack");
        registry.add("prepstack.oidc.client-secret", () -> "not-a-real-secret");
        registry.add("prepstack.oidc.name", () -> "Example SSO");
    }

    @AfterAll
    static void stop() {
        provider.shutdown();
    }

    @LocalServerPort
    int port;

    @Test
    void signingInWithTheProviderCreatesAndSignsInAnAccount() {
        var browser = Http.browser(port);
        assertThat(browser.getPage("/login").body()).contains("Sign in with Example SSO");

        provider.enqueueCallback(new DefaultOAuth2TokenCallback(
                "default",
                "subject-123",
                "JWT",
                List.of("prepstack"),
                Map.of("email", "Olive.Oidc@Example.test", "email_verified", true, "name", "Olive"),
                3600));
        var start = browser.getPage("/oauth2/authorization/oidc");
        assertThat(start.status()).isEqualTo(302);
        var authorize = browser.getPage(start.header("Location"));
        assertThat(authorize.status()).isEqualTo(302);
        var callback = browser.getPage(authorize.header("Location"));
        assertThat(callback.status()).isEqualTo(302);
        assertThat(callback.header("Location")).doesNotContain("error");

        var settings = browser.getPage("/settings");
        assertThat(settings.status()).isEqualTo(200);
        assertThat(settings.body()).contains("olive.oidc@example.test").contains("Olive");
    }

    @Test
    void passwordSignInStillWorksBesideIt() {
        assertThat(new Http(port).getPage("/login").body()).contains("name=\"password\"");
    }
}
