package dev.prepstack.hiring.web;

import dev.prepstack.catalog.Catalog;
import dev.prepstack.catalog.QuestionFilters;
import dev.prepstack.catalog.QuestionQuery;
import dev.prepstack.content.Kind;
import dev.prepstack.content.Level;
import dev.prepstack.hiring.CustomQuestion;
import dev.prepstack.hiring.CustomQuestions;
import dev.prepstack.hiring.ItemRef;
import dev.prepstack.hiring.Kits;
import dev.prepstack.search.QuestionSearch;
import dev.prepstack.search.SearchMode;
import dev.prepstack.search.SearchQuery;
import dev.prepstack.shared.InvalidParameterException;
import dev.prepstack.shared.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;

/**
 * The kit builder's page model: the listed questions with their titles, and the picker's results
 * (the organisation's custom questions, then the bank, by search when there is text).
 */
@Component
class KitBuilderPage {

    private static final int PICKER_SIZE = 15;

    private final Kits kits;
    private final CustomQuestions customQuestions;
    private final Catalog catalog;
    private final QuestionFilters filters;
    private final QuestionSearch search;

    KitBuilderPage(
            Kits kits,
            CustomQuestions customQuestions,
            Catalog catalog,
            QuestionFilters filters,
            QuestionSearch search) {
        this.kits = kits;
        this.customQuestions = customQuestions;
        this.catalog = catalog;
        this.filters = filters;
        this.search = search;
    }

    /** A question in the builder's list: its key ("bank:slug" or "custom:id"), title and origin. */
    record Selected(String key, String title, String origin) {}

    /** A search result the builder offers to add; not {@code close}: only loosely related to the words. */
    record Offered(String key, String title, String origin, boolean close) {}

    String editor(long me, Long kitId, KitBuilderForm form, Model model) {
        model.addAttribute("kitId", kitId);
        model.addAttribute("fields", form.fields());
        // The form's errors (none unless the page controller adds them): the fields are read from the map.
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "fields", new MapBindingResult(form.fields(), "fields"));
        model.addAttribute("selected", selected(me, form.keys()));
        model.addAttribute("q", form.q());
        model.addAttribute("topic", form.topic());
        model.addAttribute("pickerLevel", form.pickerLevel());
        model.addAttribute("kind", form.kind());
        model.addAttribute("topics", catalog.topics());
        model.addAttribute("levels", Level.values());
        model.addAttribute("kinds", Kind.values());
        Long organisation = organisation(me, kitId);
        model.addAttribute(
                "offered",
                offered(
                        me,
                        organisation,
                        form.q(),
                        form.topic(),
                        form.pickerLevel(),
                        form.kind(),
                        Set.copyOf(form.keys())));
        return "hiring/kit-edit";
    }

    /** The picker's results alone, for htmx to swap in while someone types. */
    String picker(
            long me, Long kitId, String q, String topic, String level, String kind, Set<String> chosen, Model model) {
        model.addAttribute("offered", offered(me, organisation(me, kitId), q, topic, level, kind, chosen));
        return "hiring/kit-picker :: results";
    }

    /** The kit's organisation, whose custom questions the picker offers; null for a new kit (the current one). */
    private Long organisation(long me, Long kitId) {
        return kitId == null ? null : kits.find(me, kitId, null).organisationId();
    }

    private List<Selected> selected(long me, List<String> keys) {
        List<Selected> rows = new ArrayList<>();
        for (String key : keys) {
            try {
                ItemRef ref = ItemRef.parse(key);
                if (ref.questionSlug() != null) {
                    catalog.question(ref.questionSlug())
                            .ifPresent(q -> rows.add(new Selected(
                                    key, q.title(), "Bank · " + q.level().label())));
                } else {
                    CustomQuestion q = customQuestions.find(me, ref.customQuestionId());
                    rows.add(new Selected(key, q.title(), "Custom"));
                }
            } catch (InvalidParameterException | NotFoundException e) {
                // A key that no longer names a question of ours is dropped from the list.
            }
        }
        return rows;
    }

    private List<Offered> offered(
            long me, Long organisation, String q, String topic, String level, String kind, Set<String> chosen) {
        String t = null;
        Level l = null;
        Kind k = null;
        try {
            t = filters.topic(topic);
            l = QuestionFilters.level(level);
            k = QuestionFilters.kind(kind);
        } catch (InvalidParameterException e) {
            // A filter we do not know simply filters nothing.
        }
        List<Offered> rows = new ArrayList<>();
        String text = q == null ? "" : q.strip();
        String needle = text.toLowerCase(Locale.ROOT);
        (organisation == null ? customQuestions.list(me) : customQuestions.listIn(me, organisation))
                .stream()
                        .filter(c -> needle.isEmpty()
                                || c.title().toLowerCase(Locale.ROOT).contains(needle))
                        .limit(PICKER_SIZE)
                        .forEach(c -> rows.add(new Offered("custom:" + c.id(), c.title(), "Custom", true)));
        if (!text.isEmpty()) {
            var found = search.search(new SearchQuery(text, t, l, k, 0, PICKER_SIZE, SearchMode.HYBRID));
            found.items()
                    .forEach(h -> rows.add(new Offered(
                            "bank:" + h.slug(), h.title(), origin(h.topic(), h.level(), h.kind()), found.isClose(h))));
        } else {
            catalog.questions(new QuestionQuery(t, l, k, null, 0, PICKER_SIZE))
                    .items()
                    .forEach(s -> rows.add(
                            new Offered("bank:" + s.slug(), s.title(), origin(s.topic(), s.level(), s.kind()), true)));
        }
        return rows.stream().filter(r -> !chosen.contains(r.key())).toList();
    }

    private static String origin(String topic, Level level, Kind kind) {
        return "Bank · " + (topic == null ? kind.label() : topic) + " · " + level.label();
    }
}
