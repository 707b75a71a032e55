package dev.prepstack.hiring.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.feedback.Feedback;
import dev.prepstack.hiring.Candidate;
import dev.prepstack.hiring.Candidates;
import dev.prepstack.hiring.Kit;
import dev.prepstack.hiring.KitItem;
import dev.prepstack.hiring.Kits;
import dev.prepstack.hiring.Scorecard;
import dev.prepstack.hiring.ScorecardDraft;
import dev.prepstack.hiring.Scorecards;
import dev.prepstack.hiring.Started;
import dev.prepstack.hiring.Verdict;
import dev.prepstack.shared.InvalidParameterException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Candidates, scorecards (checklists, ratings, evaluator suggestions, amendments) and the comparison. */
@Controller
class ScorecardPageController {

    private final Candidates candidates;
    private final Scorecards scorecards;
    private final Kits kits;
    private final CommonMistakes mistakes;

    ScorecardPageController(Candidates candidates, Scorecards scorecards, Kits kits, CommonMistakes mistakes) {
        this.candidates = candidates;
        this.scorecards = scorecards;
        this.kits = kits;
        this.mistakes = mistakes;
    }

    @PostMapping("/hiring/candidates")
    String createCandidate(
            @AuthenticationPrincipal AccountUser user,
            @RequestParam(defaultValue = "") String name,
            RedirectAttributes flash) {
        try {
            Candidate c = candidates.create(Interviewers.id(user), name);
            flash.addFlashAttribute("message", "Candidate " + c.name() + " added.");
        } catch (InvalidParameterException e) {
            flash.addFlashAttribute("error", PageMessages.of(e));
        }
        return "redirect:/hiring";
    }

    @GetMapping("/hiring/candidates/{id}")
    String candidate(@AuthenticationPrincipal AccountUser user, @PathVariable long id, Model model) {
        model.addAttribute("view", scorecards.forCandidate(Interviewers.id(user), id));
        return "hiring/candidate";
    }

    @PostMapping("/hiring/candidates/{id}/delete")
    String deleteCandidate(@AuthenticationPrincipal AccountUser user, @PathVariable long id, RedirectAttributes flash) {
        candidates.delete(Interviewers.id(user), id);
        flash.addFlashAttribute("message", "The candidate and every scorecard about them were deleted.");
        return "redirect:/hiring";
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
        long candidate;
        if (!newCandidate.isBlank()) {
            candidate = candidates
                    .createIn(me, kits.find(me, id, null).organisationId(), newCandidate)
                    .id();
        } else {
            try {
                candidate = Long.parseLong(candidateId.strip());
            } catch (NumberFormatException e) {
                throw new InvalidParameterException("candidateId", "choose a candidate or type a new name");
            }
        }
        Started started = scorecards.start(me, id, candidate, version);
        return "redirect:/hiring/scorecards/" + started.scorecard().id();
    }

    @GetMapping("/hiring/scorecards/{id}")
    String scorecard(@AuthenticationPrincipal AccountUser user, @PathVariable long id, Model model) {
        long me = Interviewers.id(user);
        return render(me, scorecards.find(me, id), Map.of(), model);
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
        Scorecard card = scorecards.find(me, id);
        Kit kit = kits.find(me, card.kitId(), card.kitVersion());
        String action = String.valueOf(form.getFirst("action"));
        ScorecardDraft draft;
        try {
            draft = draft(kit, form);
            if (action.equals("submit")) {
                scorecards.saveAndSubmit(me, id, draft);
                flash.addFlashAttribute(
                        "message", "Submitted. You can now see the other scorecards for this candidate.");
                return "redirect:/hiring/scorecards/" + id;
            }
            scorecards.save(me, id, draft);
        } catch (InvalidParameterException e) {
            response.setStatus(400);
            model.addAttribute("error", PageMessages.of(e));
            return render(me, scorecards.find(me, id), Map.of(), model);
        }
        if (action.startsWith("suggest.")) {
            int position = position(action.substring(8));
            Scorecard saved = scorecards.find(me, id);
            String transcript = saved.answer(position).transcript();
            if (transcript == null) {
                model.addAttribute("error", "Paste or type the candidate's answer to question " + position + " first.");
                return render(me, saved, Map.of(), model);
            }
            Feedback feedback = scorecards.suggest(me, id, position, transcript);
            model.addAttribute("message", "Suggestions for question " + position + " are shown beside its key points.");
            return render(me, saved, Map.of(position, feedback), model);
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
            flash.addFlashAttribute("error", PageMessages.of(e));
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

    private String render(long me, Scorecard card, Map<Integer, Feedback> suggestions, Model model) {
        Kit kit = kits.find(me, card.kitId(), card.kitVersion());
        model.addAttribute("card", card);
        model.addAttribute("kit", kit);
        model.addAttribute("mistakes", mistakes.forKit(kit));
        model.addAttribute("verdicts", Verdict.values());
        model.addAttribute("suggestions", suggestions);
        model.addAttribute("editable", card.mine() && !card.submitted());
        return "hiring/scorecard";
    }

    /** Reads the scorecard form: "covered.N", "asked.N", "notes.N", "transcript.N", "rating.A", "reason.A". */
    static ScorecardDraft draft(Kit kit, MultiValueMap<String, String> form) {
        List<Scorecard.Answer> answers = new ArrayList<>();
        for (KitItem item : kit.items()) {
            int p = item.position();
            answers.add(new Scorecard.Answer(
                    p,
                    indexes(form.get("covered." + p)),
                    indexes(form.get("asked." + p)),
                    form.getFirst("notes." + p),
                    form.getFirst("transcript." + p)));
        }
        List<Scorecard.AttributeRating> ratings = new ArrayList<>();
        for (int a = 0; a < kit.attributes().size(); a++) {
            Verdict rating = Verdict.parse("ratings", form.getFirst("rating." + a));
            String reason = form.getFirst("reason." + a);
            if (rating != null || (reason != null && !reason.isBlank())) {
                ratings.add(new Scorecard.AttributeRating(kit.attributes().get(a), rating, reason));
            }
        }
        return new ScorecardDraft(
                answers,
                ratings,
                Verdict.parse("recommendation", form.getFirst("recommendation")),
                form.getFirst("summary"));
    }

    private static List<Integer> indexes(List<String> values) {
        if (values == null) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (String v : values) {
            out.add(position(v));
        }
        return out;
    }

    private static int position(String value) {
        try {
            return Integer.parseInt(String.valueOf(value).strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("answers", "key points and questions are chosen by number");
        }
    }
}
