package dev.prepstack.web;

import dev.prepstack.shared.PublicUrls;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's {@code servers} entry: the configured public base URL, else "/" (relative
 * to wherever the document was read). Never the request's Host header, which the client chooses;
 * servers declared here also stop springdoc from computing one from the request.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiServers {

    @Bean
    OpenAPI openApi(PublicUrls urls) {
        // The version springdoc itself writes (3.1): a plain new OpenAPI() says 3.0.1, and Swagger UI
        // then refuses the 3.1-style schemas springdoc adds to it.
        return new OpenAPI(SpecVersion.V31)
                .openapi("3.1.0")
                .servers(List.of(new Server().url(urls.configured() ? urls.base() : "/")));
    }
}
