package dev.prepstack.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prepstack.account.Accounts;
import dev.prepstack.support.TestClock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The interview module with the modules it declares as dependencies only: its application API
 * works without the web, search, hiring or backup modules.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
@Import(TestClock.class)
class InterviewModuleTest {

    @Autowired
    MockInterviews interviews;

    @Autowired
    Accounts accounts;

    @Test
    void anInterviewRunsFromStartThroughItsStepsToItsReport() {
        long me = accounts.register(
                        new Accounts.Registration(
                                UUID.randomUUID() + "@example.org", "Module test", "correct horse battery staple"),
                        "127.0.0.1")
                .id();
        MockInterview started =
                interviews.start(me, new MockInterviews.StartCommand(null, null, List.of(Interviews.TECHNICAL)));
        assertThat(started.cursor()).isEqualTo(new MockInterview.Step(0, 0));

        interviews.saveAnswer(
                me,
                started.id(),
                Interviews.TECHNICAL,
                new MockInterviews.AnswerCommand("Consistency or availability.", 1L, 0));
        MockInterview advanced = interviews.advance(me, started.id(), new MockInterview.Step(0, 0));
        assertThat(advanced.cursor()).isNotEqualTo(started.cursor());
        assertThat(interviews
                        .advance(me, started.id(), new MockInterview.Step(0, 0))
                        .cursor())
                .as("a repeated submit changes nothing")
                .isEqualTo(advanced.cursor());

        assertThat(interviews.finish(me, started.id()).questions()).hasSize(1);
        assertThatThrownBy(() -> interviews.saveAnswer(
                        me, started.id(), Interviews.TECHNICAL, new MockInterviews.AnswerCommand("late", 2L, 0)))
                .isInstanceOf(MockInterviews.StateConflict.class);
    }
}
