package dev.prepstack.hiring.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.hiring.Kit;
import dev.prepstack.hiring.Kits;
import dev.prepstack.search.SearchQuery;
import dev.prepstack.shared.InputMessages;
import dev.prepstack.shared.InvalidParameterException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The kit builder and kit pages. The builder is one form whose state travels with every submit
 * ({@link KitBuilderForm}), so searching, adding and ordering questions work without JavaScript;
 * with htmx the search results update as you type.
 */
@Controller
class KitPageController {

    private final Kits kits;
    private final KitBuilderPage builder;
    private final CommonMistakes mistakes;

    KitPageController(Kits kits, KitBuilderPage builder, CommonMistakes mistakes) {
        this.kits = kits;
        this.builder = builder;
        this.mistakes = mistakes;
    }

    @GetMapping("/hiring/kits/new")
    String newKit(@AuthenticationPrincipal AccountUser user, Model model) {
        return builder.editor(Interviewers.id(user), null, KitBuilderForm.blank(), model);
    }

    @GetMapping("/hiring/kits/{id}/edit")
    String edit(@AuthenticationPrincipal AccountUser user, @PathVariable long id, Model model) {
        long me = Interviewers.id(user);
        return builder.editor(me, id, KitBuilderForm.of(kits.find(me, id, null)), model);
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
            long me, Long kitId, MultiValueMap<String, String> form, Model model, HttpServletResponse response) {
        KitBuilderForm state = KitBuilderForm.of(form);
        var binding = new MapBindingResult(state.fields(), "fields");
        if ("propose".equals(form.getFirst("action")) && kitId != null) {
            try {
                state = state.withProposedAnchors(kits.proposeAnchors(me, kitId));
            } catch (InvalidParameterException e) {
                InputMessages.reject(binding, "hiring", e);
            }
        }
        if ("save".equals(form.getFirst("action"))) {
            try {
                Kit saved = kitId == null ? kits.create(me, state.draft()) : kits.update(me, kitId, state.draft());
                return "redirect:/hiring/kits/" + saved.id();
            } catch (InvalidParameterException e) {
                // Every problem of the kit at once, each beside its field.
                InputMessages.reject(binding, "hiring", e);
            }
        }
        String view = builder.editor(me, kitId, state, model);
        if (binding.hasErrors()) {
            response.setStatus(400);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "fields", binding);
        }
        return view;
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
        return builder.picker(me, kit, text, topic, pickerLevel, kind, chosen, model);
    }

    @GetMapping("/hiring/kits/{id}")
    String kit(
            @AuthenticationPrincipal AccountUser user,
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            Model model) {
        Kits.Overview overview = kits.overview(Interviewers.id(user), id, version);
        model.addAttribute("kit", overview.kit());
        model.addAttribute("versions", overview.versions());
        model.addAttribute("candidates", overview.candidates());
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
}
