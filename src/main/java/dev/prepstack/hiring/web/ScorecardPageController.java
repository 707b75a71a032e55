package dev.prepstack.hiring.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.feedback.Feedback;
import dev.prepstack.hiring.ScorecardDraft;
import dev.prepstack.hiring.Scorecards;
import dev.prepstack.hiring.Started;
import dev.prepstack.hiring.Verdict;
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

/** Scorecards (checklists, ratings, evaluator suggestions, amendments) and the comparison. */
@Controller
class ScorecardPageController {

    /** The form's name for its errors (a {@link MapBindingResult} over the posted fields). */
    private static final String FORM = "scorecardForm";

    private final Scorecards scorecards;
    private final CommonMistakes mistakes;
    private final InputMessages messages;

    ScorecardPageController(Scorecards scorecards, CommonMistakes mistakes, InputMessages messages) {
        this.messages = messages;
        this.scorecards = scorecards;
        this.mistakes = mistakes;
    }

    @PostMapping("/hiring/scorecards/{id}/discard")
    String discard(@AuthenticationPrincipal AccountUser user, @PathVariable long id, RedirectAttributes flash) {
        long candidate = scorecards.discard(Interviewers.id(user), id);
        flash.addFlashAttribute("message", "Your draft scorecard was discarded.");
        return "redirect:/hiring/candidates/" + candidate;
    }

    /** Starts (or reopens) one's scorecard; a new name creates the candidate on the way. */
    @PostMapping("/hiring/kits/{id}/scorecards")
    String start(
            @AuthenticationPrincipal AccountUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String candidateId,
            @RequestParam(defaultValue = "") String newCandidate,
            @RequestParam(required = false) Integer version) {
        long me = Interviewers.id(user);
        Started started = scorecards.start(me, id, Scorecards.CandidateChoice.of(candidateId, newCandidate), version);
        return "redirect:/hiring/scorecards/" + started.scorecard().id();
    }

    @GetMapping("/hiring/scorecards/{id}")
    String scorecard(@AuthenticationPrincipal AccountUser user, @PathVariable long id, Model model) {
        return render(scorecards.sheet(Interviewers.id(user), id), Map.of(), model);
    }

    /** Saves the draft; "submit" also submits it, "suggest.N" asks the evaluator about question N. */
    @PostMapping("/hiring/scorecards/{id}")
    String save(
            @AuthenticationPrincipal AccountUser user,
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        long me = Interviewers.id(user);
        Scorecards.Sheet sheet = scorecards.sheet(me, id);
        String action = String.valueOf(form.getFirst("action"));
        var binding = new MapBindingResult(form, FORM);
        try {
            ScorecardDraft draft = ScorecardForm.draft(sheet.kit(), form);
            if (action.equals("submit") && draft.gaps(sheet.kit()).isEmpty()) {
                scorecards.saveAndSubmit(me, id, draft);
                flash.addFlashAttribute(
                        "message", "Submitted. You can now see the other scorecards for this candidate.");
                return "redirect:/hiring/scorecards/" + id;
            }
            scorecards.save(me, id, draft);
            // What was typed is kept as a draft; every gap shows beside its field at once.
            ScorecardForm.reject(binding, sheet.kit(), draft.gaps(sheet.kit()), action.equals("submit"));
            if (binding.hasErrors()) {
                model.addAttribute("message", "Draft saved. To submit it, complete what is marked below.");
            }
        } catch (InvalidParameterException e) {
            // A refusal of the whole card (submitted already, a malformed post): said at the top.
            model.addAttribute("error", messages.of("hiring", e));
        }
        if (binding.hasErrors() || model.containsAttribute("error")) {
            response.setStatus(400);
            model.addAttribute(FORM, form);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, binding);
            return render(scorecards.sheet(me, id), Map.of(), model);
        }
        if (action.startsWith("suggest.")) {
            int position = ScorecardForm.position(action.substring(8));
            Scorecards.Sheet saved = scorecards.sheet(me, id);
            String transcript = saved.card().answer(position).transcript();
            if (transcript == null) {
                model.addAttribute("error", "Paste or type the candidate's answer to question " + position + " first.");
                return render(saved, Map.of(), model);
            }
            Feedback feedback = scorecards.suggest(me, id, position, transcript);
            model.addAttribute("message", "Suggestions for question " + position + " are shown beside its key points.");
            return render(saved, Map.of(position, feedback), model);
        }
        flash.addFlashAttribute("message", "Draft saved.");
        return "redirect:/hiring/scorecards/" + id;
    }

    @PostMapping("/hiring/scorecards/{id}/amendments")
    String amend(
            @AuthenticationPrincipal AccountUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String text,
            RedirectAttributes flash) {
        try {
            scorecards.amend(Interviewers.id(user), id, text);
            flash.addFlashAttribute("message", "Amendment added.");
        } catch (InvalidParameterException e) {
            flash.addFlashAttribute("error", messages.of("hiring", e));
        }
        return "redirect:/hiring/scorecards/" + id;
    }

    @GetMapping("/hiring/kits/{id}/comparison")
    String comparison(
            @AuthenticationPrincipal AccountUser user,
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            Model model) {
        model.addAttribute("comparison", scorecards.comparison(Interviewers.id(user), id, version));
        model.addAttribute("verdicts", Verdict.values());
        return "hiring/comparison";
    }

    private String render(Scorecards.Sheet sheet, Map<Integer, Feedback> suggestions, Model model) {
        model.addAttribute("card", sheet.card());
        model.addAttribute("kit", sheet.kit());
        model.addAttribute("mistakes", mistakes.forKit(sheet.kit()));
        model.addAttribute("verdicts", Verdict.values());
        model.addAttribute("suggestions", suggestions);
        model.addAttribute("editable", sheet.editable());
        if (!model.containsAttribute(BindingResult.MODEL_KEY_PREFIX + FORM)) {
            // No errors: the form's fields are read from the map, never as bean properties.
            Map<String, Object> none = Map.of();
            model.addAttribute(FORM, none);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, new MapBindingResult(none, FORM));
        }
        return "hiring/scorecard";
    }
}
