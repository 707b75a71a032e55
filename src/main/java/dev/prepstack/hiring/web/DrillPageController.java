package dev.prepstack.hiring.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.hiring.Calibration;
import dev.prepstack.hiring.Drill;
import dev.prepstack.hiring.DrillDraft;
import dev.prepstack.hiring.Drills;
import dev.prepstack.hiring.Kits;
import dev.prepstack.shared.InputMessages;
import dev.prepstack.shared.InvalidParameterException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
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

/** Calibration drills (list, creation, blind rating, debrief) and the organisation's calibration page. */
@Controller
class DrillPageController {

    /** The new-drill form's name for its errors (a {@link MapBindingResult} over the posted fields). */
    private static final String NEW_FORM = "drillForm";

    private final InputMessages messages;
    private final Drills drills;
    private final Kits kits;
    private final Calibration calibration;

    DrillPageController(Drills drills, Kits kits, Calibration calibration, InputMessages messages) {
        this.messages = messages;
        this.drills = drills;
        this.kits = kits;
        this.calibration = calibration;
    }

    @GetMapping("/hiring/drills")
    String list(@AuthenticationPrincipal AccountUser user, Model model) {
        Drills.Board board = drills.board(Interviewers.id(user));
        model.addAttribute("drills", board.drills());
        model.addAttribute("mayCreate", board.mayCreate());
        return "hiring/drills";
    }

    /** Step one picks a kit; with {@code kit} given, its questions and the answer boxes follow. */
    @GetMapping("/hiring/drills/new")
    String create(@AuthenticationPrincipal AccountUser user, @RequestParam(required = false) Long kit, Model model) {
        long me = Interviewers.id(user);
        model.addAttribute("kits", kits.list(me));
        model.addAttribute("kit", kit == null ? null : kits.find(me, kit, null));
        Map<String, String> none = Map.of();
        model.addAttribute("entered", none);
        model.addAttribute(NEW_FORM, none);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + NEW_FORM, new MapBindingResult(none, NEW_FORM));
        return "hiring/drill-new";
    }

    /** The title's and the answers' problems show at once, each beside its field. */
    @PostMapping("/hiring/drills")
    String save(
            @AuthenticationPrincipal AccountUser user,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            HttpServletResponse response) {
        long me = Interviewers.id(user);
        long kit = number("kitId", form.getFirst("kitId"));
        Map<String, String> entered = form.toSingleValueMap();
        var binding = new MapBindingResult(entered, NEW_FORM);
        try {
            DrillDraft draft = new DrillDraft(
                    kit,
                    null,
                    (int) number("position", form.getFirst("position")),
                    form.getFirst("title"),
                    DrillForm.answers(form));
            return "redirect:/hiring/drills/" + drills.create(me, draft).id();
        } catch (InvalidParameterException e) {
            InputMessages.reject(binding, "hiring", e);
        }
        response.setStatus(400);
        model.addAttribute("kits", kits.list(me));
        model.addAttribute("kit", kits.find(me, kit, null));
        model.addAttribute("entered", entered);
        // The draft refuses in the form's order; a map's errors are shown as they are, not re-read as bean properties.
        model.addAttribute(NEW_FORM, entered);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + NEW_FORM, binding);
        return "hiring/drill-new";
    }

    @GetMapping("/hiring/drills/{id}")
    String drill(@AuthenticationPrincipal AccountUser user, @PathVariable long id, Model model) {
        return render(drills.find(Interviewers.id(user), id), Map.of(), model);
    }

    @PostMapping("/hiring/drills/{id}/ratings")
    String rate(
            @AuthenticationPrincipal AccountUser user,
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        long me = Interviewers.id(user);
        Drill drill = drills.find(me, id);
        try {
            drills.rate(me, id, DrillForm.ratings(drill, form, "rating"));
        } catch (InvalidParameterException e) {
            response.setStatus(400);
            model.addAttribute("error", messages.of("hiring", e));
            return render(drill, form.toSingleValueMap(), model);
        }
        flash.addFlashAttribute("message", "Ratings submitted. Everyone's ratings of this drill are shown below.");
        return "redirect:/hiring/drills/" + id;
    }

    @PostMapping("/hiring/drills/{id}/debrief")
    String debrief(
            @AuthenticationPrincipal AccountUser user,
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes flash) {
        long me = Interviewers.id(user);
        Drill drill = drills.find(me, id);
        try {
            drills.debrief(me, id, DrillForm.ratings(drill, form, "ref"), form.getFirst("discussion"));
            flash.addFlashAttribute("message", "Reference ratings and discussion note saved.");
        } catch (InvalidParameterException e) {
            flash.addFlashAttribute("error", messages.of("hiring", e));
        }
        return "redirect:/hiring/drills/" + id;
    }

    @GetMapping("/hiring/calibration")
    String calibration(@AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("report", calibration.report(Interviewers.id(user)));
        return "hiring/calibration";
    }

    private String render(Drill drill, Map<String, String> entered, Model model) {
        model.addAttribute("drill", drill);
        model.addAttribute("entered", entered);
        return "hiring/drill";
    }

    private static long number(String field, String value) {
        try {
            return Long.parseLong(String.valueOf(value).strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(field, "choose one from the list");
        }
    }
}
