package dev.prepstack.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import dev.prepstack.support.Http;
import dev.prepstack.support.People;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With SMTP configured, a reset link arrives by e-mail and works exactly once. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "prepstack.embedding.enabled=false",
            "prepstack.public-base-url=https://prep.example.test",
            "prepstack.allowed-hosts=localhost"
        })
@ActiveProfiles("test")
class PasswordResetMailTest {

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
    void mailedResetLinkSetsANewPasswordOnce() throws Exception {
        var person = People.aCandidate(port);
        var browser = Http.browser(port);
        var form = browser.getPage("/reset");
        assertThat(form.body()).contains("Send me a reset link");

        var sent = browser.postForm("/reset", Http.form("email", person.email(), "_csrf", form.csrf()));
        assertThat(sent.body()).contains("If an account exists");

        assertThat(mail.waitForIncomingEmail(10_000, 1)).isTrue();
        var message = mail.getReceivedMessages()[0];
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo(person.email());
        var found = Pattern.compile("https://prep\\.example\\.test(/reset/[A-Za-z0-9_-]+)")
                .matcher(GreenMailUtil.getBody(message));
        assertThat(found.find()).isTrue();
        String link = found.group(1);

        var resetPage = browser.getPage(link);
        var done = browser.postForm(
                link, Http.form("password", "fresh-passphrase-from-mail-1", "_csrf", resetPage.csrf()));
        assertThat(done.header("Location")).endsWith("/login?reset");
        People.tokenFor(port, person.email(), "fresh-passphrase-from-mail-1");

        var again =
                browser.postForm(link, Http.form("password", "yet-another-passphrase-2", "_csrf", resetPage.csrf()));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).contains("invalid, already used or expired");
    }

    @Test
    void mailWithoutAPublicBaseUrlRefusesToStart() {
        var beans = new org.springframework.beans.factory.support.StaticListableBeanFactory();
        beans.addBean("mail", new org.springframework.mail.javamail.JavaMailSenderImpl());
        var noBase = new dev.prepstack.shared.PublicUrlProperties(null, null);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PasswordResets(
                        null,
                        null,
                        null,
                        beans.getBeanProvider(org.springframework.mail.javamail.JavaMailSender.class),
                        new AccountProperties(null, null, "x@y.z", java.time.Duration.ofMinutes(30)),
                        new dev.prepstack.shared.PublicUrls(noBase),
                        java.time.Clock.systemUTC()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("prepstack.public-base-url");
    }

    @Test
    void unknownAddressesGetTheSameAnswerAndNoMail() {
        var browser = Http.browser(port);
        var form = browser.getPage("/reset");
        int before = mail.getReceivedMessages().length;

        var sent = browser.postForm("/reset", Http.form("email", "nobody-here@example.test", "_csrf", form.csrf()));

        assertThat(sent.body()).contains("If an account exists");
        assertThat(mail.getReceivedMessages()).hasSize(before);
    }
}
