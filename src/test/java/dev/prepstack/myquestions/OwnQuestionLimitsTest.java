package dev.prepstack.myquestions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.support.IntegrationTest;
import dev.prepstack.support.People;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The per-person ceiling of 2,000 own questions holds for the form, the API and imports alike. */
@IntegrationTest
class OwnQuestionLimitsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void thereIsRoomForTwoThousandOwnQuestionsAndNotOneMore() {
        var person = People.aCandidate(port);
        // 1,998 written straight into the table: through the API this test would take minutes.
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        for (int n = 1; n <= 1998; n++) {
            jdbc.sql("INSERT INTO own_question (account_id, title, answer, key_points, follow_ups, tags, fingerprint,"
                            + " created_at, updated_at) VALUES (?, ?, 'Answer.', '[\"A point\"]', '[]', '[]', ?, ?, ?)")
                    .params(person.id(), "Question " + n, "filler-" + n, now, now)
                    .update();
        }
        var api = person.api(port);

        String csv =
                "title,answer\r\nFirst new one,Answer one.\r\nSecond new one,Answer two.\r\nThird new one,Three.\r\n";
        var tooMany = Uploads.withToken(
                port,
                person.token(),
                "/api/v1/me/questions/imports",
                "three.csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(tooMany.status()).as(tooMany.body()).isEqualTo(400);
        assertThat(tooMany.body())
                .contains("it would create 3 questions and you have room for 2 (at most 2000 own questions)");
        assertThat(total(person)).as("nothing of the refused file was written").isEqualTo(1998);

        var two = Uploads.withToken(
                port,
                person.token(),
                "/api/v1/me/questions/imports",
                "two.csv",
                "title,answer\r\nFirst new one,Answer one.\r\nSecond new one,Answer two.\r\n"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(two.status()).as(two.body()).isEqualTo(201);
        assertThat(total(person)).isEqualTo(2000);

        var one = api.post("/api/v1/me/questions", OwnQuestionApiTest.QUESTION);
        OwnQuestionApiTest.assertParameter(one, "title");
        assertThat(one.body()).contains("you already have 2000 own questions");
        assertThat(total(person)).isEqualTo(2000);

        var browser = OwnQuestionPagesTest.signedIn(port, person);
        var form = browser.getPage("/my-questions/new");
        var refused = browser.postForm(
                "/my-questions",
                dev.prepstack.support.Http.form(
                        "title", "One more", "answer", "x", "keyPoints", "x", "_csrf", form.csrf()));
        assertThat(refused.body()).contains("you already have 2000 own questions");
        assertThat(total(person)).isEqualTo(2000);
    }

    private int total(People.Person person) {
        return person.api(port).get("/api/v1/me/questions").json().get("total").asInt();
    }
}
