package dev.prepstack.hiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prepstack.account.Accounts;
import dev.prepstack.catalog.Catalog;
import dev.prepstack.catalog.QuestionFilters;
import dev.prepstack.content.Level;
import dev.prepstack.feedback.AnswerFeedback;
import dev.prepstack.search.QuestionSearch;
import dev.prepstack.shared.ForbiddenException;
import dev.prepstack.shared.InputMessages;
import dev.prepstack.shared.InvalidParameterException;
import dev.prepstack.shared.NotFoundException;
import dev.prepstack.shared.PublicUrls;
import dev.prepstack.shared.RateLimitProperties;
import dev.prepstack.shared.RateLimiter;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The hiring module on its own (its neighbours replaced), through its entry points on a real
 * database: the scorecard's and the kit's state transitions and the single-use invite.
 */
@ApplicationModuleTest(webEnvironment = WebEnvironment.NONE)
@ActiveProfiles("test")
class HiringModuleTest {

    @MockitoBean
    Accounts accounts;

    @MockitoBean
    Catalog catalog;

    @MockitoBean
    QuestionFilters filters;

    @MockitoBean
    QuestionSearch search;

    @MockitoBean
    AnswerFeedback feedback;

    @MockitoBean
    SecurityContextRepository pageSecurityContextRepository;

    @MockitoBean
    PublicUrls urls;

    @MockitoBean
    RateLimiter limiter;

    @MockitoBean
    RateLimitProperties limits;

    @MockitoBean
    InputMessages messages;

    @Autowired
    Organisations organisations;

    @Autowired
    CustomQuestions customQuestions;

    @Autowired
    Kits kits;

    @Autowired
    Candidates candidates;

    @Autowired
    Scorecards scorecards;

    @Autowired
    JdbcClient jdbc;

    long owner;
    long member;
    Kit kit;
    long candidate;

    @BeforeEach
    void anOrganisationWithAKitAndACandidate() {
        owner = account();
        member = account();
        long organisation = organisations.create(owner, "Acme").id();
        organisations.accept(
                member, organisations.invite(owner, organisation, null).token(), "127.0.0.1");
        CustomQuestion question = customQuestions.create(
                owner, new CustomQuestionDraft("Idempotency", List.of("keys", "retries"), List.of(), null));
        kit = kits.create(owner, draft("Backend", question));
        candidate = candidates.create(owner, "Grace").id();
    }

    @Test
    void aSubmittedScorecardCannotBeSavedOrDiscardedAsADraft() {
        long id =
                scorecards.start(member, kit.id(), candidate, null).scorecard().id();
        scorecards.saveAndSubmit(member, id, complete());

        assertThatThrownBy(() -> scorecards.save(member, id, complete()))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("is submitted and cannot change");
        assertThatThrownBy(() -> scorecards.discard(member, id))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("is submitted and cannot change");
        Scorecard kept = scorecards.find(member, id);
        assertThat(kept.submitted()).isTrue();
        assertThat(kept.summary()).isEqualTo("Hire");
    }

    @Test
    void amendmentsGoBesideTheSubmittedScorecardInOrderAndLeaveItAsSubmitted() {
        long id =
                scorecards.start(member, kit.id(), candidate, null).scorecard().id();
        Scorecard submitted = scorecards.saveAndSubmit(member, id, complete());

        scorecards.amend(member, id, "Checked references.");
        // Owners follow the no-anchoring rule too: they read (and amend) others' once they submitted their own.
        assertThatThrownBy(() -> scorecards.amend(owner, id, "Offer made.")).isInstanceOf(NotFoundException.class);
        long owners =
                scorecards.start(owner, kit.id(), candidate, null).scorecard().id();
        scorecards.saveAndSubmit(owner, owners, complete());
        Scorecard amended = scorecards.amend(owner, id, "Offer made.");

        assertThat(amended.amendments())
                .extracting(Scorecard.Amendment::text)
                .containsExactly("Checked references.", "Offer made.");
        assertThat(amended.answers()).isEqualTo(submitted.answers());
        assertThat(amended.ratings()).isEqualTo(submitted.ratings());
        assertThat(amended.submittedAt()).isEqualTo(submitted.submittedAt());
    }

    @Test
    void aDraftTakesNoAmendmentAndAMemberMayNotAmendSomeoneElsesScorecard() {
        long mine =
                scorecards.start(member, kit.id(), candidate, null).scorecard().id();
        assertThatThrownBy(() -> scorecards.amend(member, mine, "too early"))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("is a draft");

        long owners =
                scorecards.start(owner, kit.id(), candidate, null).scorecard().id();
        scorecards.saveAndSubmit(owner, owners, complete());
        scorecards.saveAndSubmit(member, mine, complete());
        assertThatThrownBy(() -> scorecards.amend(member, owners, "I disagree")).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void editingAKitPublishesTheNextVersionAndADeletedKitGetsNone() {
        Kit second = kits.update(owner, kit.id(), draft("Backend, revised", null));
        assertThat(second.version()).isEqualTo(2);
        assertThat(kits.find(owner, kit.id(), 1).title()).isEqualTo("Backend");

        scorecards.start(member, kit.id(), candidate, 1);
        kits.delete(owner, kit.id());

        assertThat(kits.find(owner, kit.id(), null).archived()).isTrue();
        assertThatThrownBy(() -> kits.update(owner, kit.id(), draft("Again", null)))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("was deleted");
    }

    @Test
    void anInviteWorksOnce() {
        long organisation = organisations.current(owner).orElseThrow().id();
        String token = organisations.invite(owner, organisation, null).token();
        organisations.accept(account(), token, "127.0.0.1");

        assertThatThrownBy(() -> organisations.accept(account(), token, "127.0.0.1"))
                .isInstanceOf(NotFoundException.class);
    }

    private KitDraft draft(String title, CustomQuestion question) {
        long questionId =
                question != null ? question.id() : kit.items().getFirst().customQuestionId();
        return new KitDraft(
                title,
                "Backend engineer",
                Level.INTERMEDIATE,
                10,
                List.of("API design"),
                List.of(ItemRef.custom(questionId)));
    }

    private static ScorecardDraft complete() {
        return new ScorecardDraft(
                List.of(new Scorecard.Answer(1, List.of(0, 1), List.of(), "Knew it well", null)),
                List.of(new Scorecard.AttributeRating("API design", Verdict.YES, "Clear contracts")),
                Verdict.YES,
                "Hire");
    }

    /** Accounts belong to the account module; here they are only rows the foreign keys need. */
    private long account() {
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO account (email, display_name, time_zone, created_at) VALUES (?, ?, 'UTC', ?)")
                .params(UUID.randomUUID() + "@example.test", "Interviewer", OffsetDateTime.now())
                .update(key, "id");
        return key.getKey().longValue();
    }
}
