package dev.prepstack.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.prepstack.support.IntegrationTest;
import dev.prepstack.support.MutableClock;
import dev.prepstack.support.People;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The memory model's rules: minimum reviews, adopt only if better, the defaults otherwise, monthly refits. */
@IntegrationTest
class MemoryModelTest {

    @LocalServerPort
    int port;

    @Autowired
    MemoryModel memoryModel;

    @Autowired
    MonthlyOptimisation monthly;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aHistoryTooShortForAFullFitChangesNothingAndSaysHowManyReviewsAreMissing() {
        var person = People.aCandidate(port);
        for (String slug : new String[] {"cap-theorem", "rest-and-json", "relational-vs-nosql"}) {
            person.api(port)
                    .post("/api/v1/practice/reviews", "{\"questionSlug\":\"" + slug + "\",\"rating\":\"good\"}");
        }

        MemoryModel.Run run = memoryModel.optimise(person.id(), MemoryModel.Trigger.USER);

        assertThat(run.outcome()).isEqualTo(MemoryModel.Outcome.NOT_ENOUGH_REVIEWS);
        assertThat(run.reviews()).isZero();
        assertThat(run.summary()).contains("at least 64 reviews").contains("you have 0 so far");
        var status = memoryModel.status(person.id());
        assertThat(status.defaults()).isTrue();
        assertThat(status.parameters()).containsExactly(Fsrs.DEFAULT_PARAMETERS);
        assertThat(status.lastRun().outcome()).isEqualTo(MemoryModel.Outcome.NOT_ENOUGH_REVIEWS);
    }

    @Test
    void aFitIsAdoptedOnlyWhenItPredictsThePersonsOwnReviewsBetter() {
        var person = People.aCandidate(port);
        GeneratedHistory.postTo(person.api(port));

        MemoryModel.Run first = memoryModel.optimise(person.id(), MemoryModel.Trigger.USER);

        assertThat(first.outcome()).as(first.summary()).isEqualTo(MemoryModel.Outcome.ADOPTED);
        assertThat(first.reviews()).isGreaterThanOrEqualTo(MemoryModel.MINIMUM_REVIEWS);
        assertThat(first.candidateLogLoss()).isLessThan(first.currentLogLoss());
        assertThat(first.improvement()).isPositive();
        assertThat(first.summary()).contains("better than the one before").contains("now in use");
        var adopted = memoryModel.status(person.id());
        assertThat(adopted.defaults()).isFalse();
        assertThat(adopted.adoptedAt()).isEqualTo(first.at());
        assertThat(adopted.parameters()).isNotEqualTo(Fsrs.DEFAULT_PARAMETERS);

        // The same history refitted gives the same fit, which does not predict better than itself.
        MemoryModel.Run second = memoryModel.optimise(person.id(), MemoryModel.Trigger.USER);

        assertThat(second.outcome()).as(second.summary()).isEqualTo(MemoryModel.Outcome.KEPT_CURRENT);
        assertThat(second.currentLogLoss()).isCloseTo(first.candidateLogLoss(), within(1e-12));
        assertThat(second.summary()).contains("so it stays");
        assertThat(memoryModel.status(person.id()).parameters()).containsExactly(adopted.parameters());
    }

    @Test
    void reviewsAreScheduledWithThePersonsOwnParametersAndWithTheDefaultsAfterGoingBack() {
        var person = People.aCandidate(port);
        var api = person.api(port);
        GeneratedHistory.postTo(api);
        memoryModel.optimise(person.id(), MemoryModel.Trigger.USER);
        double[] own = memoryModel.status(person.id()).parameters();

        // A first "good" gives a card the initial stability w2 of whichever parameters schedule it.
        var withOwn = api.post("/api/v1/practice/reviews", "{\"questionSlug\":\"cap-theorem\",\"rating\":\"good\"}");
        assertThat(withOwn.json().get("stability").asDouble()).isEqualTo(own[2]);
        assertThat(own[2]).isNotEqualTo(Fsrs.DEFAULT_PARAMETERS[2]);

        var status = memoryModel.resetToDefaults(person.id());

        assertThat(status.defaults()).isTrue();
        assertThat(status.automatic()).isFalse();
        var withDefaults =
                api.post("/api/v1/practice/reviews", "{\"questionSlug\":\"consistent-hashing\",\"rating\":\"good\"}");
        assertThat(withDefaults.json().get("stability").asDouble()).isEqualTo(Fsrs.DEFAULT_PARAMETERS[2]);
    }

    @Test
    void theMonthlyJobRefitsPeopleWithEnoughReviewsOnceAMonthButNotThoseWhoWentBackToTheDefaults() {
        var regular = People.aCandidate(port);
        GeneratedHistory.postTo(regular.api(port));
        var optedOut = People.aCandidate(port);
        GeneratedHistory.postTo(optedOut.api(port));
        memoryModel.resetToDefaults(optedOut.id());
        var beginner = People.aCandidate(port);
        beginner.api(port).post("/api/v1/practice/reviews", "{\"questionSlug\":\"cap-theorem\",\"rating\":\"good\"}");

        try {
            monthly.run();

            var run = memoryModel.status(regular.id()).lastRun();
            assertThat(run.trigger()).isEqualTo(MemoryModel.Trigger.MONTHLY);
            assertThat(run.outcome()).isEqualTo(MemoryModel.Outcome.ADOPTED);
            assertThat(memoryModel.status(optedOut.id()).lastRun()).isNull();
            assertThat(memoryModel.status(optedOut.id()).defaults()).isTrue();
            assertThat(memoryModel.status(beginner.id()).lastRun())
                    .as("too few reviews to try")
                    .isNull();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM shedlock WHERE name = 'monthly-fsrs-optimisation'")
                            .query(Integer.class)
                            .single())
                    .as("the run took the cluster-wide lock")
                    .isEqualTo(1);

            memoryModel.optimiseEveryoneDue();
            assertThat(memoryModel.status(regular.id()).lastRun().at())
                    .as("not refitted within the month")
                    .isEqualTo(run.at());

            clock.advance(Duration.ofDays(31));
            memoryModel.optimiseEveryoneDue();
            var next = memoryModel.status(regular.id()).lastRun();
            assertThat(next.at()).isAfter(run.at().plus(Duration.ofDays(30)));
            assertThat(next.outcome()).isEqualTo(MemoryModel.Outcome.KEPT_CURRENT);
        } finally {
            clock.reset();
        }
    }
}
