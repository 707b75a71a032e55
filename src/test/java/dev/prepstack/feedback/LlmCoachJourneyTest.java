package dev.prepstack.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import dev.prepstack.support.Browser;
import dev.prepstack.support.FakeChatServer;
import dev.prepstack.support.FakeChatServer.Status;
import dev.prepstack.support.FakeChatServer.Stream;
import dev.prepstack.support.Http;
import dev.prepstack.support.IntegrationTest;
import dev.prepstack.support.People;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** The application with an LLM coach configured, against a fake OpenAI-compatible server. */
@IntegrationTest
class LlmCoachJourneyTest {

    static final FakeChatServer server = new FakeChatServer();

    private static final String ANSWER = "During a network partition a distributed store must choose between"
            + " consistency and availability; without a partition it can offer both.";
    private static final List<String> REPLY = List.of(
            "You state the partition trade-off clearly. ",
            "You do not mention PACELC or what happens to latency in normal operation.\n",
            "Follow-up: Which would you pick for a shopping cart, and why?");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void coach(DynamicPropertyRegistry registry) {
        registry.add("prepstack.coach.base-url", () -> server.baseUrl().toString());
        registry.add("prepstack.coach.model", () -> "fake-model");
        registry.add("prepstack.coach.first-token-timeout", () -> "2s");
        registry.add("prepstack.coach.total-timeout", () -> "5s");
        registry.add("prepstack.coach.backoff", () -> "50ms");
        // The breaker must not open across tests that provoke failures on purpose.
        registry.add("prepstack.coach.failure-threshold", () -> "50");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void reset() {
        server.reset();
    }

    @Test
    void theApiAddsTheCoachsNarrativeAndFollowUpWithEngineLlm() {
        server.then(new Stream(REPLY, Duration.ZERO));

        var response = new Http(port)
                .post("/api/v1/feedback", "{\"questionSlug\":\"cap-theorem\",\"answer\":\"" + ANSWER + "\"}");

        assertThat(response.status()).isEqualTo(200);
        JsonNode f = response.json();
        assertThat(f.get("engine").asString()).isEqualTo("llm");
        assertThat(f.get("narrative").asString()).startsWith("You state the partition trade-off clearly.");
        assertThat(f.get("followUpQuestion").asString())
                .isEqualTo("Which would you pick for a shopping cart, and why?");
        assertThat(f.get("keyPoints").size())
                .as("the built-in result is still there")
                .isPositive();
        JsonNode sent = tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(server.requests().get(0).body());
        assertThat(sent.get("messages").get(1).get("content").asString()).contains("CAP");
    }

    @Test
    void theApiStreamsTheBuiltInResultFirstThenTheCoachAsServerSentEvents() {
        server.then(new Stream(REPLY, Duration.ofMillis(20)));

        var response = new Http(port)
                .send(
                        "POST",
                        "/api/v1/feedback",
                        "{\"questionSlug\":\"cap-theorem\",\"answer\":\"" + ANSWER + "\"}",
                        "application/json",
                        "text/event-stream");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/event-stream");
        String body = response.body();
        int feedback = body.indexOf("event:feedback");
        int delta = body.indexOf("event:delta");
        int coaching = body.indexOf("event:coaching");
        assertThat(feedback).isNotNegative().isLessThan(delta);
        assertThat(delta).isLessThan(coaching);
        assertThat(body.split("event:delta", -1)).hasSize(REPLY.size() + 1);
        assertThat(body).contains("Which would you pick for a shopping cart");
    }

    @Test
    void whenTheCoachIsDownTheBuiltInFeedbackStandsWithANotice() {
        server.always(new Status(503));

        var response = new Http(port)
                .post("/api/v1/feedback", "{\"questionSlug\":\"cap-theorem\",\"answer\":\"" + ANSWER + "\"}");

        assertThat(response.status()).isEqualTo(200);
        JsonNode f = response.json();
        assertThat(f.get("engine").asString()).isEqualTo("embedded");
        assertThat(f.get("score").asInt()).isPositive();
        assertThat(f.get("coachNotice").asString()).contains("built-in feedback stands");
        assertThat(f.get("narrative").isNull()).isTrue();
        assertThat(server.calls()).as("first try and one retry").isEqualTo(2);
    }

    @Test
    void callersMayLeaveTheCoachOutAndSavedFeedbackKeepsTheNarrative() {
        var person = People.aCandidate(port);
        var api = person.api(port);

        var without = api.post(
                "/api/v1/feedback", "{\"questionSlug\":\"cap-theorem\",\"answer\":\"" + ANSWER + "\",\"coach\":false}");
        assertThat(without.json().get("engine").asString()).isEqualTo("embedded");
        assertThat(server.calls()).isZero();

        server.then(new Stream(REPLY, Duration.ZERO));
        var saved = api.post(
                "/api/v1/feedback", "{\"questionSlug\":\"cap-theorem\",\"answer\":\"" + ANSWER + "\",\"save\":true}");
        assertThat(saved.json().get("engine").asString()).isEqualTo("llm");
        assertThat(api.get("/api/v1/me/export").body()).contains("You state the partition trade-off clearly");
    }

    @Test
    void inAMockInterviewTheCoachAsksTheFirstFollowUpAboutWhatWasSaid() {
        server.then(new Stream(REPLY, Duration.ZERO));
        var me = People.aCandidate(port).api(port);
        var started = me.post("/api/v1/mock-interviews", "{\"questionSlugs\":[\"cap-theorem\"]}");
        assertThat(started.status()).isEqualTo(201);
        long id = started.json().get("id").asLong();

        assertThat(me.put(
                                "/api/v1/mock-interviews/" + id + "/answers/cap-theorem",
                                "{\"answer\":\"" + ANSWER + "\",\"revision\":1}")
                        .status())
                .isEqualTo(200);

        JsonNode question =
                me.get("/api/v1/mock-interviews/" + id).json().get("questions").get(0);
        assertThat(question.get("followUps").get(0).asString())
                .isEqualTo("Which would you pick for a shopping cart, and why?");
        assertThat(server.requests().get(0).body()).contains("partition");
    }

    @Test
    void theCheckPageStreamsTheCoachIntoTheResultInARealBrowser() {
        server.then(new Stream(REPLY, Duration.ofMillis(50)));
        try (Browser browser = Browser.launch()) {
            Page page = browser.newPage();
            page.navigate("http://localhost:" + port + "/questions/cap-theorem/check");
            page.fill("#answer", ANSWER);
            page.click("button:has-text('Check my answer')");
            page.waitForSelector(
                    ".coach-follow-up", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.VISIBLE));

            assertThat(page.textContent(".coach-text")).startsWith("You state the partition trade-off clearly.");
            assertThat(page.textContent(".coach-follow-up span"))
                    .isEqualTo("Which would you pick for a shopping cart, and why?");
            assertThat(page.textContent("#feedback-result .score")).contains("/ 100");
        }
    }

    @Test
    void withoutJavaScriptTheCoachHasAPageOfItsOwnAndEachCheckReachesTheCoachOnce() {
        server.then(new Stream(REPLY, Duration.ZERO));
        var browser = Http.browser(port);
        var form = browser.getPage("/questions/cap-theorem/check");
        var result =
                browser.postForm("/questions/cap-theorem/check", Http.form("answer", ANSWER, "_csrf", form.csrf()));
        var link =
                java.util.regex.Pattern.compile("href=\"(/coach/[0-9a-f-]+)\"").matcher(result.body());
        assertThat(link.find()).isTrue();
        assertThat(Http.browser(port).getPage(link.group(1)).status())
                .as("another visitor cannot use the link")
                .isEqualTo(404);

        var coachPage = browser.getPage(link.group(1));
        assertThat(coachPage.status()).isEqualTo(200);
        assertThat(coachPage.body()).contains("You state the partition trade-off clearly.");
        assertThat(coachPage.body()).contains("Which would you pick for a shopping cart, and why?");
        assertThat(browser.getPage(link.group(1)).status()).as("used once").isEqualTo(404);
        assertThat(server.calls()).isEqualTo(1);
    }
}
