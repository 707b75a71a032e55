package dev.prepstack.shared;

import java.net.URI;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param publicBaseUrl the address people reach the installation at, e.g.
 *     {@code https://prep.example.com}; absolute links are built from it (required when mail is on)
 * @param allowedHosts further host names requests may carry besides the base URL's (e.g. an
 *     internal name); requests for any other host are refused when the base URL is set
 */
@ConfigurationProperties("prepstack")
public record PublicUrlProperties(URI publicBaseUrl, List<String> allowedHosts) {}
