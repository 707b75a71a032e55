package dev.prepstack.myquestions;

import dev.prepstack.hiring.CustomQuestion;
import dev.prepstack.hiring.CustomQuestionDraft;
import dev.prepstack.hiring.CustomQuestions;
import dev.prepstack.hiring.Organisations;
import dev.prepstack.shared.InvalidParameterException;
import dev.prepstack.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets of own questions shared read-only with an organisation the owner belongs to. Members see them
 * while both they and the owner belong to it (anyone else: "not found"), copy them into their own
 * questions, and interviewers turn one into a custom question of their current organisation.
 */
@Service
@Transactional
public class QuestionSets {

    public static final int MAX_SETS = 50;
    public static final int MAX_QUESTIONS = 200;
    public static final int MAX_TITLE = 100;

    private final QuestionSetStore sets;
    private final OwnQuestionStore questions;
    private final Organisations organisations;
    private final CustomQuestions customQuestions;
    private final Clock clock;

    QuestionSets(
            QuestionSetStore sets,
            OwnQuestionStore questions,
            Organisations organisations,
            CustomQuestions customQuestions,
            Clock clock) {
        this.sets = sets;
        this.questions = questions;
        this.organisations = organisations;
        this.customQuestions = customQuestions;
        this.clock = clock;
    }

    public record QuestionSet(
            long id,
            String title,
            long organisationId,
            String organisationName,
            boolean mine,
            int size,
            Instant createdAt) {}

    public record SharedSet(QuestionSet set, List<OwnQuestion> questions) {}

    public record Copied(int created, int skipped) {}

    /** Shares the given questions of the person's (all of them when none are named) with an organisation. */
    public QuestionSet share(long accountId, long organisationId, String title, List<Long> questionIds) {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty() || t.length() > MAX_TITLE) {
            throw new InvalidParameterException("title", "must be 1 to " + MAX_TITLE + " characters");
        }
        var organisation = organisations.find(accountId, organisationId);
        if (sets.countOfOwner(accountId) >= MAX_SETS) {
            throw new InvalidParameterException("title", "you already share " + MAX_SETS + " sets");
        }
        List<Long> ids = questionIds == null || questionIds.isEmpty()
                ? questions.all(accountId).stream().map(OwnQuestion::id).toList()
                : new ArrayList<>(new LinkedHashSet<>(questionIds));
        if (ids.isEmpty() || ids.size() > MAX_QUESTIONS) {
            throw new InvalidParameterException(
                    "questionIds", "must name 1 to " + MAX_QUESTIONS + " of your questions");
        }
        for (Long id : ids) {
            if (id == null || questions.find(accountId, id).isEmpty()) {
                throw new NotFoundException("No question " + id);
            }
        }
        long id = sets.insert(accountId, organisation.id(), t, ids, clock.instant());
        return view(accountId, sets.find(id).orElseThrow());
    }

    /** The person's own sets and those shared with their organisations. */
    @Transactional(readOnly = true)
    public List<QuestionSet> visible(long accountId) {
        List<QuestionSet> all = new ArrayList<>();
        sets.ofOwner(accountId).forEach(s -> all.add(view(accountId, s)));
        for (var organisation : organisations.mine(accountId)) {
            for (var s : sets.ofOrganisation(organisation.id())) {
                if (s.ownerId() != accountId && ownerStillMember(s)) {
                    all.add(new QuestionSet(
                            s.id(), s.title(), organisation.id(), organisation.name(), false, s.size(), s.createdAt()));
                }
            }
        }
        return all;
    }

    @Transactional(readOnly = true)
    public SharedSet find(long accountId, long setId) {
        var row = readable(accountId, setId);
        List<OwnQuestion> qs = sets.questionIds(setId).stream()
                .map(id -> questions.find(row.ownerId(), id).orElseThrow())
                .toList();
        return new SharedSet(view(accountId, row), qs);
    }

    public void unshare(long accountId, long setId) {
        if (!sets.delete(accountId, setId)) {
            throw new NotFoundException("No question set " + setId);
        }
    }

    /** Copies the set into the person's own questions; titles they already have are skipped. */
    public Copied copy(long accountId, long setId) {
        var shared = find(accountId, setId);
        Set<String> have = questions.fingerprints(accountId);
        int created = 0;
        int skipped = 0;
        for (OwnQuestion q : shared.questions()) {
            String fingerprint = OwnQuestions.fingerprint(q.title());
            if (!have.add(fingerprint)) {
                skipped++;
                continue;
            }
            if (questions.count(accountId) >= OwnQuestions.MAX_PER_ACCOUNT) {
                throw new InvalidParameterException(
                        "set", "you would have more than " + OwnQuestions.MAX_PER_ACCOUNT + " own questions");
            }
            questions.insert(accountId, q.draft(), fingerprint, "shared", clock.instant());
            created++;
        }
        return new Copied(created, skipped);
    }

    /**
     * An interviewer turns a question of a set they can see into a custom question of their current
     * organisation (kit versions then keep their own copy, as for any custom question).
     */
    public CustomQuestion toCustomQuestion(long accountId, long setId, long questionId) {
        var shared = find(accountId, setId);
        OwnQuestion q = shared.questions().stream()
                .filter(x -> x.id() == questionId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No question " + questionId + " in this set"));
        List<String> keyPoints = q.keyPoints().stream().limit(12).toList();
        return customQuestions.create(
                accountId,
                new CustomQuestionDraft(
                        q.title().length() > 500 ? q.title().substring(0, 500) : q.title(),
                        keyPoints,
                        q.followUps(),
                        q.answer()));
    }

    private QuestionSetStore.Row readable(long accountId, long setId) {
        var row = sets.find(setId).orElseThrow(() -> new NotFoundException("No question set " + setId));
        if (row.ownerId() == accountId) {
            return row;
        }
        boolean member = organisations.mine(accountId).stream().anyMatch(o -> o.id() == row.organisationId());
        if (!member || !ownerStillMember(row)) {
            throw new NotFoundException("No question set " + setId);
        }
        return row;
    }

    private boolean ownerStillMember(QuestionSetStore.Row row) {
        return organisations.mine(row.ownerId()).stream().anyMatch(o -> o.id() == row.organisationId());
    }

    private QuestionSet view(long accountId, QuestionSetStore.Row s) {
        String name = organisations.mine(s.ownerId()).stream()
                .filter(o -> o.id() == s.organisationId())
                .map(dev.prepstack.hiring.Organisation::name)
                .findFirst()
                .orElse("(an organisation you left)");
        return new QuestionSet(
                s.id(), s.title(), s.organisationId(), name, s.ownerId() == accountId, s.size(), s.createdAt());
    }
}
