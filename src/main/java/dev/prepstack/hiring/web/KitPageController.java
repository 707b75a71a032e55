package dev.prepstack.hiring.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.catalog.Catalog;
import dev.prepstack.catalog.QuestionFilters;
import dev.prepstack.catalog.QuestionQuery;
import dev.prepstack.content.Kind;
import dev.prepstack.content.Level;
import dev.prepstack.hiring.Candidates;
import dev.prepstack.hiring.CustomQuestion;
import dev.prepstack.hiring.CustomQuestionDraft;
import dev.prepstack.hiring.CustomQuestions;
import dev.prepstack.hiring.ItemRef;
import dev.prepstack.hiring.Kit;
import dev.prepstack.hiring.KitDraft;
import dev.prepstack.hiring.Kits;
import dev.prepstack.search.QuestionSearch;
import dev.prepstack.search.SearchMode;
import dev.prepstack.search.SearchQuery;
import dev.prepstack.shared.InvalidParameterException;
import dev.prepstack.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The kit builder and kit pages, and the organisation's custom questions. The builder is one form
 * whose state travels with every submit, so searching, adding and ordering questions work without
 * JavaScript; with htmx the search results update as you type.
 */
@Controller
class KitPageController {

    private static final int PICKER_SIZE = 15;
    /** Longer than any field may be, so the rules still see (and refuse) an overlong value. */
    private static final int FIELD = 20_001;

    private final Kits kits;
    private final CustomQuestions customQuestions;
    private final Candidates candidates;
    private final Catalog catalog;
    private final QuestionFilters filters;
    private final QuestionSearch search;
    private final CommonMistakes mistakes;

    KitPageController(
            Kits kits,
            CustomQuestions customQuestions,
            Candidates candidates,
            Catalog catalog,
            QuestionFilters filters,
            QuestionSearch search,
            CommonMistakes mistakes) {
        this.kits = kits;
        this.mistakes = mistakes;
        this.customQuestions = customQuestions;
        this.candidates = candidates;
        this.catalog = catalog;
        this.filters = filters;
        this.search = search;
    }

    /** A question in the builder's list: its key ("bank:slug" or "custom:id"), title and origin. */
    record Selected(String key, String title, String origin) {}

    /** A search result the builder offers to add. */
    record Offered(String key, String title, String origin) {}

    @GetMapping("/hiring/kits/new")
    String newKit(@AuthenticationPrincipal AccountUser user, Model model) {
        long me = Interviewers.id(user);
        Map<String, String> fields = Map.of(
                "title", "",
                "role", "Backend engineer",
                "level", "intermediate",
                "minutesPerQuestion", "10",
                "attributes", String.join("\n", KitDraft.SUGGESTED_ATTRIBUTES));
        return editor(me, null, fields, List.of(), "", "", "", "", model);
    }

    @GetMapping("/hiring/kits/{id}/edit")
    String edit(@AuthenticationPrincipal AccountUser user, @PathVariable long id, Model model) {
        long me = Interviewers.id(user);
        Kit kit = kits.find(me, id, null);
        Map<String, String> fields = Map.of(
                "title", kit.title(),
                "role", kit.role(),
                "level", kit.level().slug(),
                "minutesPerQuestion", String.valueOf(kit.minutesPerQuestion()),
                "attributes", String.join("\n", kit.attributes()));
        List<String> keys =
                kit.items().stream().map(i -> i.key()).filter(k -> k != null).toList();
        return editor(me, id, fields, keys, "", "", kit.level().slug(), "", model);
    }

    @PostMapping("/hiring/kits")
    String create(
            @AuthenticationPrincipal AccountUser user,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            HttpServletResponse response) {
        return submit(Interviewers.id(user), null, form, model, response);
    }

    @PostMapping("/hiring/kits/{id}")
    String update(
            @AuthenticationPrincipal AccountUser user,
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            HttpServletResponse response) {
        long me = Interviewers.id(user);
        kits.find(me, id, null);
        return submit(me, id, form, model, response);
    }

    /** "save" writes the kit (or its next version); any other action redraws the builder with its state. */
    private String submit(
            Long me, Long kitId, MultiValueMap<String, String> form, Model model, HttpServletResponse response) {
        List<String> keys = selectedKeys(form);
        Map<String, String> fields = Map.of(
                "title", first(form, "title", FIELD),
                "role", first(form, "role", FIELD),
                "level", first(form, "level", FIELD),
                "minutesPerQuestion", first(form, "minutesPerQuestion", FIELD),
                "attributes", first(form, "attributes", FIELD));
        String q = first(form, "q", SearchQuery.MAX_TEXT_LENGTH);
        String topic = first(form, "topic", FIELD);
        String pickerLevel = first(form, "pickerLevel", FIELD);
        String kind = first(form, "kind", FIELD);
        if ("save".equals(form.getFirst("action"))) {
            try {
                KitDraft draft = new KitDraft(
                        fields.get("title"),
                        fields.get("role"),
                        KitDraft.level(fields.get("level")),
                        minutes(fields.get("minutesPerQuestion")),
                        CustomQuestionDraft.splitLines(fields.get("attributes")),
                        keys.stream().map(ItemRef::parse).toList());
                Kit saved = kitId == null ? kits.create(me, draft) : kits.update(me, kitId, draft);
                return "redirect:/hiring/kits/" + saved.id();
            } catch (InvalidParameterException e) {
                response.setStatus(400);
                model.addAttribute("error", PageMessages.of(e));
            }
        }
        return editor(me, kitId, fields, keys, q, topic, pickerLevel, kind, model);
    }

    private String editor(
            long me,
            Long kitId,
            Map<String, String> fields,
            List<String> keys,
            String q,
            String topic,
            String pickerLevel,
            String kind,
            Model model) {
        model.addAttribute("kitId", kitId);
        model.addAttribute("fields", fields);
        model.addAttribute("selected", selected(me, keys));
        model.addAttribute("q", q);
        model.addAttribute("topic", topic);
        model.addAttribute("pickerLevel", pickerLevel);
        model.addAttribute("kind", kind);
        model.addAttribute("topics", catalog.topics());
        model.addAttribute("levels", Level.values());
        model.addAttribute("kinds", Kind.values());
        Long organisation = kitId == null ? null : kits.find(me, kitId, null).organisationId();
        model.addAttribute("offered", offered(me, organisation, q, topic, pickerLevel, kind, Set.copyOf(keys)));
        return "hiring/kit-edit";
    }

    /** The builder's search results alone, for htmx to swap in while someone types. */
    @GetMapping("/hiring/kits/picker")
    String picker(
            @AuthenticationPrincipal AccountUser user,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String topic,
            @RequestParam(defaultValue = "") String pickerLevel,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(required = false) List<String> items,
            @RequestParam(required = false) Long kit,
            Model model) {
        long me = Interviewers.id(user);
        String text = q.length() > SearchQuery.MAX_TEXT_LENGTH ? q.substring(0, SearchQuery.MAX_TEXT_LENGTH) : q;
        Set<String> chosen =
                items == null ? Set.of() : Set.copyOf(items.stream().limit(100).toList());
        Long organisation = kit == null ? null : kits.find(me, kit, null).organisationId();
        model.addAttribute("offered", offered(me, organisation, text, topic, pickerLevel, kind, chosen));
        return "hiring/kit-picker :: results";
    }

    @GetMapping("/hiring/kits/{id}")
    String kit(
            @AuthenticationPrincipal AccountUser user,
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            Model model) {
        long me = Interviewers.id(user);
        Kit kit = kits.find(me, id, version);
        model.addAttribute("kit", kit);
        model.addAttribute("versions", kits.versions(me, id));
        model.addAttribute("candidates", candidates.listIn(me, kit.organisationId()));
        return "hiring/kit";
    }

    @GetMapping("/hiring/kits/{id}/print")
    String print(
            @AuthenticationPrincipal AccountUser user,
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            Model model) {
        Kit kit = kits.find(Interviewers.id(user), id, version);
        model.addAttribute("kit", kit);
        model.addAttribute("mistakes", mistakes.forKit(kit));
        return "hiring/kit-print";
    }

    @PostMapping("/hiring/kits/{id}/copy")
    String copy(@AuthenticationPrincipal AccountUser user, @PathVariable long id, RedirectAttributes flash) {
        Kit copy = kits.copy(Interviewers.id(user), id, null);
        flash.addFlashAttribute("message", "Copied. This is the new kit; edit it as you like.");
        return "redirect:/hiring/kits/" + copy.id();
    }

    @PostMapping("/hiring/kits/{id}/delete")
    String delete(@AuthenticationPrincipal AccountUser user, @PathVariable long id, RedirectAttributes flash) {
        kits.delete(Interviewers.id(user), id);
        flash.addFlashAttribute("message", "The kit was deleted (scorecards that used it keep their version).");
        return "redirect:/hiring";
    }

    @GetMapping("/hiring/questions")
    String questions(@AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("questions", customQuestions.list(Interviewers.id(user)));
        return "hiring/questions";
    }

    @PostMapping("/hiring/questions")
    String createQuestion(
            @AuthenticationPrincipal AccountUser user,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String keyPoints,
            @RequestParam(defaultValue = "") String followUps,
            @RequestParam(defaultValue = "") String referenceAnswer,
            RedirectAttributes flash) {
        try {
            customQuestions.create(Interviewers.id(user), question(title, keyPoints, followUps, referenceAnswer));
            flash.addFlashAttribute("message", "Question added. Use it in a kit from the kit builder.");
        } catch (InvalidParameterException e) {
            flash.addFlashAttribute("error", PageMessages.of(e));
        }
        return "redirect:/hiring/questions";
    }

    @GetMapping("/hiring/questions/{id}")
    String question(@AuthenticationPrincipal AccountUser user, @PathVariable long id, Model model) {
        model.addAttribute("question", customQuestions.find(Interviewers.id(user), id));
        return "hiring/question-edit";
    }

    @PostMapping("/hiring/questions/{id}")
    String updateQuestion(
            @AuthenticationPrincipal AccountUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String keyPoints,
            @RequestParam(defaultValue = "") String followUps,
            @RequestParam(defaultValue = "") String referenceAnswer,
            RedirectAttributes flash) {
        try {
            customQuestions.update(Interviewers.id(user), id, question(title, keyPoints, followUps, referenceAnswer));
            flash.addFlashAttribute("message", "Question saved. Kit versions keep the wording they were written with.");
            return "redirect:/hiring/questions";
        } catch (InvalidParameterException e) {
            flash.addFlashAttribute("error", PageMessages.of(e));
            return "redirect:/hiring/questions/" + id;
        }
    }

    @PostMapping("/hiring/questions/{id}/delete")
    String deleteQuestion(@AuthenticationPrincipal AccountUser user, @PathVariable long id, RedirectAttributes flash) {
        customQuestions.delete(Interviewers.id(user), id);
        flash.addFlashAttribute("message", "Question deleted. Kits that use it keep their copy.");
        return "redirect:/hiring/questions";
    }

    private static CustomQuestionDraft question(String title, String keyPoints, String followUps, String reference) {
        return new CustomQuestionDraft(
                title, CustomQuestionDraft.splitLines(keyPoints), CustomQuestionDraft.splitLines(followUps), reference);
    }

    /**
     * The builder's list after this submit: the listed keys in the order their numbers give, minus
     * those marked for removal, plus those ticked in the search results.
     */
    static List<String> selectedKeys(MultiValueMap<String, String> form) {
        List<String> listed = form.getOrDefault("items", List.of());
        Set<String> removed = Set.copyOf(form.getOrDefault("remove", List.of()));
        List<String[]> ordered = new ArrayList<>();
        for (int i = 0; i < listed.size() && i < 100; i++) {
            String key = listed.get(i);
            if (removed.contains(key)) {
                continue;
            }
            int order = i + 1;
            try {
                order = Integer.parseInt(
                        String.valueOf(form.getFirst("order." + key)).strip());
            } catch (NumberFormatException e) {
                // Left empty or not a number: the item keeps its place.
            }
            ordered.add(new String[] {key, String.valueOf(order), String.valueOf(i)});
        }
        ordered.sort(Comparator.<String[]>comparingInt(a -> Integer.parseInt(a[1]))
                .thenComparingInt(a -> Integer.parseInt(a[2])));
        Set<String> keys = new LinkedHashSet<>();
        ordered.forEach(a -> keys.add(a[0]));
        form.getOrDefault("add", List.of()).stream().limit(100).forEach(keys::add);
        return List.copyOf(keys);
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

    /** Search results for the builder: the organisation's custom questions (the current one's when null), then the bank. */
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
                        .forEach(c -> rows.add(new Offered("custom:" + c.id(), c.title(), "Custom")));
        if (!text.isEmpty()) {
            search.search(new SearchQuery(text, t, l, k, 0, PICKER_SIZE, SearchMode.HYBRID))
                    .items()
                    .forEach(h -> rows.add(
                            new Offered("bank:" + h.slug(), h.title(), origin(h.topic(), h.level(), h.kind()))));
        } else {
            catalog.questions(new QuestionQuery(t, l, k, null, 0, PICKER_SIZE))
                    .items()
                    .forEach(s -> rows.add(
                            new Offered("bank:" + s.slug(), s.title(), origin(s.topic(), s.level(), s.kind()))));
        }
        return rows.stream().filter(r -> !chosen.contains(r.key())).collect(Collectors.toList());
    }

    private static String origin(String topic, Level level, Kind kind) {
        return "Bank · " + (topic == null ? kind.label() : topic) + " · " + level.label();
    }

    private static int minutes(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("minutesPerQuestion", "must be between 1 and 120");
        }
    }

    private static String first(MultiValueMap<String, String> form, String name, int max) {
        String v = form.getFirst(name);
        if (v == null) {
            return "";
        }
        return v.length() > max ? v.substring(0, max) : v;
    }
}
