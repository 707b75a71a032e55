package dev.prepstack.web;

import dev.prepstack.shared.PublicUrls;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.ExternalDocumentation;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's title, version, description and bearer scheme (so Swagger UI's "Authorize"
 * sends a personal API token), and its {@code servers} entry: the configured public base URL, else
 * "/" (relative to wherever the document was read). Never the request's Host header, which the client
 * chooses; servers declared here also stop springdoc from computing one from the request.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiServers {

    static final String BEARER = "bearerToken";

    @Bean
    OpenAPI openApi(PublicUrls urls) {
        // The version springdoc itself writes (3.1): a plain new OpenAPI() says 3.0.1, and Swagger UI
        // then refuses the 3.1-style schemas springdoc adds to it.
        return new OpenAPI(SpecVersion.V31)
                .openapi("3.1.0")
                .info(new Info()
                        .title("Prepstack API")
                        .version("v1")
                        .description("""
                                The question bank, search, answer feedback, practice and hiring tools of \
                                Prepstack as JSON under `/api/v1`. Reading the bank and search need no account; \
                                everything personal needs a personal API token (Settings → API tokens), sent \
                                as `Authorization: Bearer <token>`: press "Authorize" and paste the token. \
                                Errors are Problem Details (RFC 9457); pages start at 0 and hold at most 100 \
                                items. Examples with curl: /api-guide.""")
                        .license(new License()
                                .name("Apache-2.0 (code); question bank CC BY-SA 4.0")
                                .url("https://www.apache.org/licenses/LICENSE-2.0")))
                .externalDocs(new ExternalDocumentation()
                        .description("The API guide, with curl examples")
                        .url(urls.configured() ? urls.base() + "/api-guide" : "/api-guide"))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("A personal API token from Settings → API tokens.")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER))
                .servers(List.of(new Server().url(urls.configured() ? urls.base() : "/")));
    }
}
