package dev.prepstack.hiring;

import dev.prepstack.shared.InvalidParameterException;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's own questions. Changing or deleting one never changes a kit version that uses
 * it: versions keep a copy of the question as it was.
 */
@Service
@Transactional
public class CustomQuestions {

    static final int MAX_PER_ORGANISATION = 1_000;

    private final CustomQuestionStore store;
    private final Membership membership;
    private final Clock clock;

    CustomQuestions(CustomQuestionStore store, Membership membership, Clock clock) {
        this.store = store;
        this.membership = membership;
        this.clock = clock;
    }

    public CustomQuestion create(long accountId, CustomQuestionDraft draft) {
        long organisation = membership.requireCurrent(accountId);
        if (store.count(organisation) >= MAX_PER_ORGANISATION) {
            throw new InvalidParameterException(
                    "title", "the organisation already has " + MAX_PER_ORGANISATION + " custom questions");
        }
        return find(accountId, store.insert(organisation, draft, accountId, clock.instant()));
    }

    /** The current organisation's questions. */
    @Transactional(readOnly = true)
    public List<CustomQuestion> list(long accountId) {
        return listIn(accountId, membership.requireCurrent(accountId));
    }

    @Transactional(readOnly = true)
    public List<CustomQuestion> listIn(long accountId, long organisation) {
        membership.require(organisation, accountId);
        return store.ofOrganisation(organisation);
    }

    @Transactional(readOnly = true)
    public CustomQuestion find(long accountId, long id) {
        organisationOf(accountId, id);
        return store.find(id);
    }

    long organisationOf(long accountId, long id) {
        return membership.organisationOf("hiring_custom_question", id, accountId, "custom question");
    }

    public CustomQuestion update(long accountId, long id, CustomQuestionDraft draft) {
        organisationOf(accountId, id);
        store.update(id, draft, clock.instant());
        return find(accountId, id);
    }

    public void delete(long accountId, long id) {
        organisationOf(accountId, id);
        // Kit versions keep their own copy of the question and are not touched.
        store.delete(id);
    }
}
