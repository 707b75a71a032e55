package dev.prepstack.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.support.RawHttp;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Attack suite: requests Tomcat refuses before the application sees them (a path whose percent-encoding
 * is broken, characters not allowed in the request target, a raw NUL, headers over the size limit).
 * Under /api they are answered with Problem Details like every other API error, elsewhere with a
 * short page; never with Tomcat's own HTML report, which names the server.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "prepstack.embedding.enabled=false")
@ActiveProfiles("test")
class ServerRefusalsTest {

    @LocalServerPort
    int port;

    private RawHttp.Response get(String target, String... headers) {
        String[] all = new String[headers.length + 4];
        all[0] = "Host";
        all[1] = "localhost";
        all[2] = "Accept";
        all[3] = "application/json";
        System.arraycopy(headers, 0, all, 4, headers.length);
        return RawHttp.send("127.0.0.1", port, "GET", target, null, all);
    }

    private static void assertProblem(String what, RawHttp.Response response, int status) {
        assertThat(response.status()).as(what).isEqualTo(status);
        assertThat(response.header("content-type")).as(what).startsWith("application/problem+json");
        assertThat(response.body())
                .as(what)
                .contains("\"status\":" + status)
                .doesNotContain("Tomcat")
                .doesNotContain("<html");
    }

    @Test
    void brokenPercentEncodingInAnApiPathIsAProblemDetails400() {
        for (String path : List.of("/api/v1/questions/%E0%A4%A", "/api/v1/questions/%zz", "/api/v1/questions/%")) {
            assertProblem(path, get(path), 400);
        }
    }

    @Test
    void charactersNotAllowedInTheRequestTargetAreAProblemDetails400UnderTheApi() {
        for (String path : List.of("/api/v1/questions/a|b", "/api/v1/questions/a{b}", "/api/v1/search?q=a\u0000b")) {
            assertProblem(path.replace("\u0000", "\\0"), get(path), 400);
        }
    }

    @Test
    void headersOverTheSizeLimitAreAProblemDetailsUnderTheApi() {
        var response = get("/api/v1/questions", "X-Padding", "x".repeat(70_000));
        assertProblem("70 KB header", response, response.status());
        assertThat(response.status()).isBetween(400, 499);
    }

    @Test
    void anEncodedNulInTheQueryIsAnsweredByTheApplicationNeverA500() {
        var response = get("/api/v1/search?q=a%00b");
        assertThat(response.status()).isLessThan(500);
        if (response.status() >= 400) {
            assertThat(response.header("content-type")).startsWith("application/problem+json");
        }
    }

    @Test
    void pagesGetAShortPageInPlainWordsNotTomcatsReport() {
        for (String path : List.of("/questions/%zz", "/questions/a|b")) {
            var response =
                    RawHttp.send("127.0.0.1", port, "GET", path, null, "Host", "localhost", "Accept", "text/html");
            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.header("content-type")).as(path).startsWith("text/html");
            assertThat(response.body())
                    .as(path)
                    .contains("That request did not work")
                    .contains("href=\"/\"")
                    .doesNotContain("Tomcat");
        }
    }
}
