package dev.prepstack.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Optional sign-in with an OpenID Connect provider; off while {@code issuerUri} is empty.
 *
 * @param issuerUri the provider's issuer (its discovery document is read at start-up)
 * @param clientId the client registered with the provider
 * @param clientSecret its secret
 * @param name the provider's name on the sign-in button
 */
@ConfigurationProperties("prepstack.oidc")
public record OidcProperties(
        String issuerUri,
        String clientId,
        String clientSecret,
        @DefaultValue("your organisation") String name) {

    public boolean enabled() {
        return issuerUri != null && !issuerUri.isBlank();
    }
}
