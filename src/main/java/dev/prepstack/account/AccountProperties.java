package dev.prepstack.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param adminEmail the first administrator, created on start when no administrator exists
 *     (PREPSTACK_ADMIN_EMAIL)
 * @param adminPassword their password (PREPSTACK_ADMIN_PASSWORD)
 * @param mailFrom sender of password-reset mails
 * @param guestSessionTimeout how long a session without an account (a guest's practice) lives
 *     unused; signed-in sessions keep server.servlet.session.timeout
 */
@ConfigurationProperties("prepstack")
public record AccountProperties(
        String adminEmail,
        String adminPassword,
        @DefaultValue("prepstack@localhost") String mailFrom,
        @DefaultValue("30m") Duration guestSessionTimeout) {}
