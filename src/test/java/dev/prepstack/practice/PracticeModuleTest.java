package dev.prepstack.practice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.account.Accounts;
import dev.prepstack.support.TestClock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The practice module with the modules it declares as dependencies only: its application API runs a
 * session for an account and for a guest without the web, search, interview or hiring modules.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
@Import(TestClock.class)
class PracticeModuleTest {

    @Autowired
    PracticeSessions sessions;

    @Autowired
    Accounts accounts;

    @Test
    void anAccountsSessionRecordsARatingAndMovesOnToTheNextQuestion() {
        long me = accounts.register(
                        new Accounts.Registration(
                                UUID.randomUUID() + "@example.org", "Module test", "correct horse battery staple"),
                        "127.0.0.1")
                .id();
        Practitioner who = Practitioner.account(me);
        var session = sessions.start(who, newQuestions(2));
        assertThat(session.questions()).hasSize(2);
        assertThat(sessions.step(who, session.id(), null, null).progress().current())
                .isEqualTo(session.questions().get(0));

        sessions.rate(who, session.id(), session.questions().get(0), Rating.EASY, null, 30);

        var next = sessions.step(who, session.id(), null, null).progress();
        assertThat(next.rated()).isEqualTo(1);
        assertThat(next.current()).isEqualTo(session.questions().get(1));
    }

    @Test
    void aGuestsPracticeStaysInMemoryAndIsStoredAgainAfterEachChange() {
        GuestPractice guest = new GuestPractice();
        AtomicInteger stored = new AtomicInteger();
        Practitioner who = Practitioner.guest(guest, stored::incrementAndGet);

        var session = sessions.start(who, newQuestions(1));
        sessions.rate(who, session.id(), session.questions().get(0), Rating.GOOD, null, 10);

        assertThat(stored).hasValue(2);
        assertThat(guest.reviews()).hasSize(1);
        assertThat(sessions.dueCount(who)).isZero();
    }

    private static SessionRequest newQuestions(int size) {
        return new SessionRequest(List.of(), List.of(), List.of(), null, null, size, PracticeMode.NEW);
    }
}
