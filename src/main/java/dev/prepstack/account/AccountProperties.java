package dev.prepstack.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param adminEmail the first administrator, created on start when no administrator exists
 *     (PREPSTACK_ADMIN_EMAIL)
 * @param adminPassword their password (PREPSTACK_ADMIN_PASSWORD)
 * @param mailFrom sender of password-reset mails
 */
@ConfigurationProperties("prepstack")
public record AccountProperties(
        String adminEmail,
        String adminPassword,
        @DefaultValue("prepstack@localhost") String mailFrom) {}
