package dev.prepstack.hiring;

import dev.prepstack.catalog.Catalog;
import dev.prepstack.catalog.Question;
import dev.prepstack.content.Misconception;
import dev.prepstack.shared.InvalidParameterException;
import dev.prepstack.shared.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Interview kits. Editing a kit writes a new version and never touches an old one, so a scorecard
 * always shows the questions, key points and attributes its interview used.
 */
@Service
@Transactional
public class Kits {

    static final int MAX_PER_ORGANISATION = 500;

    private final KitStore store;
    private final Membership membership;
    private final Catalog catalog;
    private final CustomQuestions customQuestions;
    private final Candidates candidates;
    private final Clock clock;

    Kits(
            KitStore store,
            Membership membership,
            Catalog catalog,
            CustomQuestions customQuestions,
            Candidates candidates,
            Clock clock) {
        this.store = store;
        this.membership = membership;
        this.catalog = catalog;
        this.customQuestions = customQuestions;
        this.candidates = candidates;
        this.clock = clock;
    }

    /** A new kit in the person's current organisation, at version 1. */
    public Kit create(long accountId, KitDraft draft) {
        long organisation = membership.requireCurrent(accountId);
        if (store.countLive(organisation) >= MAX_PER_ORGANISATION) {
            throw new InvalidParameterException(
                    "title", "the organisation already has " + MAX_PER_ORGANISATION + " kits");
        }
        List<KitItem> items = resolve(accountId, organisation, draft.items());
        long kit = store.insertKit(organisation, accountId, clock.instant());
        store.insertVersion(kit, anchored(KitVersion.of(1, draft, items)), accountId, clock.instant());
        return find(accountId, kit, null);
    }

    /** Publishes the next version; the kit is locked meanwhile so two edits get two numbers. */
    public Kit update(long accountId, long kitId, KitDraft draft) {
        long organisation = membership.organisationOf("hiring_kit", kitId, accountId, "kit");
        int next = store.lock(kitId).nextVersion();
        List<KitItem> items = resolve(accountId, organisation, draft.items());
        store.insertVersion(kitId, anchored(KitVersion.of(next, draft, items)), accountId, clock.instant());
        store.setCurrentVersion(kitId, next);
        return find(accountId, kitId, null);
    }

    /** A new kit (version 1) with the latest version's content, in the same organisation. */
    public Kit copy(long accountId, long kitId, String title) {
        Kit source = find(accountId, kitId, null);
        String copyOf = "Copy of " + source.title();
        String name =
                title == null || title.isBlank() ? copyOf.substring(0, Math.min(120, copyOf.length())) : title.strip();
        if (name.length() > 120 || name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidParameterException("title", "must be 1 to 120 characters");
        }
        long kit = store.insertKit(source.organisationId(), accountId, clock.instant());
        // The copy takes the items exactly as the source version has them (its copies of the text).
        store.insertVersion(kit, anchored(KitVersion.copyOf(source, name)), accountId, clock.instant());
        return find(accountId, kit, null);
    }

    /** Deletes a kit nobody has scored with; a kit with scorecards is archived, its versions kept. */
    public void delete(long accountId, long kitId) {
        membership.organisationOf("hiring_kit", kitId, accountId, "kit");
        if (store.scorecards(kitId) > 0) {
            store.archive(kitId, clock.instant());
        } else {
            store.delete(kitId);
        }
    }

    /** The current organisation's kits (not deleted), newest first. */
    @Transactional(readOnly = true)
    public List<KitSummary> list(long accountId) {
        return store.live(membership.requireCurrent(accountId));
    }

    /** A version of a kit (the latest when {@code version} is null). */
    @Transactional(readOnly = true)
    public Kit find(long accountId, long kitId, Integer version) {
        membership.organisationOf("hiring_kit", kitId, accountId, "kit");
        return store.find(kitId, version)
                .orElseThrow(() -> new NotFoundException("No version " + version + " of kit " + kitId));
    }

    @Transactional(readOnly = true)
    public List<KitVersionSummary> versions(long accountId, long kitId) {
        membership.organisationOf("hiring_kit", kitId, accountId, "kit");
        return store.versions(kitId);
    }

    /** A version of a kit (the latest when null) with its versions and the candidates to score with it. */
    @Transactional(readOnly = true)
    public Overview overview(long accountId, long kitId, Integer version) {
        Kit kit = find(accountId, kitId, version);
        return new Overview(kit, versions(accountId, kitId), candidates.listIn(accountId, kit.organisationId()));
    }

    /** The kit version a scorecard uses, by the version row's id (no access check: callers did it). */
    Kit byVersionId(long kitVersionId) {
        return store.byVersionId(kitVersionId);
    }

    long versionId(long kitId, int version) {
        return store.versionId(kitId, version)
                .orElseThrow(() -> new NotFoundException("No version " + version + " of kit " + kitId));
    }

    /** Copies each question's text as it is now: bank questions must be live, custom ones the organisation's. */
    private List<KitItem> resolve(long accountId, long organisation, List<ItemRef> refs) {
        List<KitItem> items = new ArrayList<>();
        int position = 1;
        for (ItemRef ref : refs) {
            if (ref.questionSlug() != null) {
                Question q = catalog.question(ref.questionSlug())
                        .filter(found -> !found.retired() && found.slug().equals(ref.questionSlug()))
                        .orElseThrow(() -> new InvalidParameterException(
                                "items", "no live bank question '" + ref.questionSlug() + "'"));
                items.add(
                        new KitItem(position++, q.slug(), null, q.title(), q.keyPoints(), q.followUpQuestions(), null));
            } else {
                CustomQuestion q;
                try {
                    if (customQuestions.organisationOf(accountId, ref.customQuestionId()) != organisation) {
                        throw new NotFoundException("other organisation");
                    }
                    q = customQuestions.find(accountId, ref.customQuestionId());
                } catch (NotFoundException e) {
                    throw new InvalidParameterException(
                            "items", "no custom question " + ref.customQuestionId() + " in this organisation");
                }
                items.add(new KitItem(
                        position++, null, q.id(), q.title(), q.keyPoints(), q.followUps(), q.referenceAnswer()));
            }
        }
        return items;
    }

    /**
     * Anchors proposed for each attribute of a kit's latest version, for its owner to edit before
     * publishing: built from the questions' key points (what a good answer covers) and the bank's
     * common mistakes (what a weak one shows). Nothing is saved; saving the edited anchors publishes
     * a version as any edit does.
     */
    @Transactional(readOnly = true)
    public Map<String, List<String>> proposeAnchors(long accountId, long kitId) {
        Kit kit = find(accountId, kitId, null);
        return proposal(kit.attributes(), kit.items());
    }

    /**
     * Every new version has an anchored scale for each attribute (Maurer 2002): where its author
     * wrote none, the scale is proposed from the version's own questions, as {@link #proposeAnchors}
     * would, and the owner may rewrite it in a later version.
     */
    private KitVersion anchored(KitVersion version) {
        return version.fullyAnchored()
                ? version
                : version.anchoredWith(proposal(version.attributes(), version.items()));
    }

    private Map<String, List<String>> proposal(List<String> attributes, List<KitItem> items) {
        List<String> slugs = items.stream()
                .filter(KitItem::fromBank)
                .map(KitItem::questionSlug)
                .toList();
        List<String> mistakes = catalog.misconceptions(slugs).values().stream()
                .flatMap(List::stream)
                .map(Misconception::claim)
                .toList();
        List<String> keyPoints =
                items.stream().flatMap(i -> i.keyPoints().stream()).toList();
        return AnchorProposal.of(attributes, keyPoints, mistakes);
    }

    /** A kit's page: the version shown, every version, and the organisation's candidates to score with it. */
    public record Overview(Kit kit, List<KitVersionSummary> versions, List<Candidate> candidates) {}
}
