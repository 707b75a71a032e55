package dev.prepstack.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.support.Http;
import dev.prepstack.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class CatalogPagesTest {

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void landingPageShowsTopicsWithCountsPathRolesTipsAndFaq() {
        var page = http.getPage("/");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Select a technology to practise")
                .contains("href=\"/topics/databases\"")
                .contains("Behavioral questions")
                .contains("System design challenges")
                .contains("Step 5: Deployment and cloud")
                .contains("System Architect")
                .contains("Interview tips")
                .contains("Frequently asked questions");
        // Learning-path steps link to their place on the path page (an anchor, never "?_fragment="),
        // and each topic is shown once.
        assertThat(page.body()).contains("href=\"/learning-path#").doesNotContain("_fragment");
        assertThat(page.body().split("href=\"/topics/databases\"", -1)).hasSize(2);
    }

    @Test
    void topicPageGroupsQuestionsByLevelWithContentsAndExpandableAnswers() {
        var page = http.getPage("/topics/databases");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Table of contents")
                .contains("id=\"level-fresher\"")
                .contains("id=\"level-intermediate\"")
                .contains("id=\"level-experienced\"")
                .contains("<details class=\"answer\">")
                .contains("What interviewers look for");
        assertThat(page.body().indexOf("id=\"level-fresher\""))
                .isLessThan(page.body().indexOf("id=\"level-experienced\""));
    }

    @Test
    void topicPageInvitesReadersToSuggestAMissingQuestion() {
        var page = http.getPage("/topics/databases");

        assertThat(page.body()).contains("href=\"/suggestions/new?topic=databases\"");
    }

    @Test
    void questionPageShowsEverySection() {
        var page = http.getPage("/questions/cap-theorem");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Explain the concept of CAP theorem")
                .contains("In short")
                .contains("Detailed answer")
                .contains("What interviewers look for")
                .contains("Follow-up questions")
                .contains("Common mistakes")
                .contains("In fact:")
                .contains("Last updated")
                .contains("rel=\"prev\"");
    }

    @Test
    void behavioralSystemDesignRolesAndPathPagesRender() {
        assertThat(http.getPage("/behavioral").body())
                .contains("Behavioral questions")
                .contains("STAR");
        assertThat(http.getPage("/system-design").body()).contains("System design challenges");
        assertThat(http.getPage("/roles/devops-engineer").body())
                .contains("DevOps Engineer")
                .contains("Topics to prepare");
        assertThat(http.getPage("/learning-path").body()).contains("Step 1: Master a language");
        assertThat(http.getPage("/topics").body()).contains("Monitoring &amp; Logging");
    }

    @Test
    void systemDesignDiagramIsServedAsSvgImage() {
        var page = http.getPage("/questions/design-a-url-shortener");
        assertThat(page.body()).contains("<img src=\"/questions/design-a-url-shortener/diagram-1.svg\"");

        var svg = http.getPage("/questions/design-a-url-shortener/diagram-1.svg");
        assertThat(svg.status()).isEqualTo(200);
        assertThat(svg.contentType()).startsWith("image/svg+xml");
        assertThat(svg.body()).contains("<svg").doesNotContain("<script");
        assertThat(http.getPage("/questions/design-a-url-shortener/diagram-2.svg")
                        .status())
                .isEqualTo(404);
        assertThat(http.getPage("/questions/cap-theorem/diagram-1.svg").status())
                .isEqualTo(404);
    }

    @Test
    void landingPageCountsMatchTheApi() {
        var topics = http.get("/api/v1/topics").json();
        String body = http.getPage("/").body();
        for (var topic : topics) {
            var counts = topic.get("questionCounts");
            assertThat(body).contains(counts.get("experienced").asInt() + " experienced");
        }
        int behavioral = http.get("/api/v1/questions?kind=behavioral")
                .json()
                .get("totalItems")
                .asInt();
        int design = http.get("/api/v1/questions?kind=system-design")
                .json()
                .get("totalItems")
                .asInt();
        assertThat(body).contains(behavioral + " questions").contains(design + " challenges");
    }

    @Test
    void unknownPagesGetA404InTheSiteLayout() {
        for (String path :
                new String[] {"/questions/no-such-question", "/topics/astrology", "/roles/wizard", "/nope"}) {
            var page = http.getPage(path);
            assertThat(page.status()).as(path).isEqualTo(404);
            assertThat(page.contentType()).startsWith("text/html");
            assertThat(page.body()).contains("Page not found").contains("class=\"site-header\"");
        }
    }

    @Test
    void everyResponseCarriesSecurityHeaders() {
        var page = http.getPage("/");

        assertThat(page.header("Content-Security-Policy"))
                .contains("script-src 'self'")
                .doesNotContain("unsafe-inline");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
        // Dictation (mock interviews) needs the microphone here; no other powerful feature is allowed.
        assertThat(page.header("Permissions-Policy"))
                .contains("microphone=(self)")
                .contains("camera=()");
        assertThat(page.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
    }

    @Test
    void servesHtmxAndTheStylesheetLocally() {
        // The layout names htmx's version: this fails when the webjar is upgraded without the layout.
        assertThat(http.getPage("/").body()).contains("/webjars/htmx.org/2.0.10/dist/htmx.min.js");
        assertThat(http.getPage("/webjars/htmx.org/2.0.10/dist/htmx.min.js").status())
                .isEqualTo(200);
        assertThat(http.getPage("/css/prepstack.css").status()).isEqualTo(200);
    }
}
