package dev.prepstack.home;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.support.Http;
import dev.prepstack.support.IntegrationTest;
import dev.prepstack.support.People;
import dev.prepstack.support.People.Person;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class HomePageTest {

    @LocalServerPort
    int port;

    @Test
    void theHomeShowsTheNearestInterviewPlanWithTheDaysToGo() {
        Person person = People.aCandidate(port);
        Http browser = signedIn(person);
        assertThat(browser.getPage("/home").body())
                .contains("No interview date set")
                .contains("Plan for an interview");

        String day = LocalDate.now(ZoneOffset.UTC).plusDays(20).toString();
        var created = person.api(port).post("/api/v1/practice/plans", """
                {"title":"Acme final round","interviewOn":"%s","topics":["caching"],"minutesPerDay":30}""".formatted(day));
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        String home = browser.getPage("/home").body();
        assertThat(home).contains("Acme final round").contains("days to go").contains("questions seen");
    }

    private Http signedIn(Person person) {
        var browser = Http.browser(port);
        var login = browser.getPage("/login");
        browser.postForm(
                "/login", Http.form("email", person.email(), "password", person.password(), "_csrf", login.csrf()));
        return browser;
    }
}
