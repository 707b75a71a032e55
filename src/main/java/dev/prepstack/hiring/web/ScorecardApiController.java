package dev.prepstack.hiring.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.feedback.Feedback;
import dev.prepstack.hiring.Candidate;
import dev.prepstack.hiring.CandidateScorecards;
import dev.prepstack.hiring.Candidates;
import dev.prepstack.hiring.Comparison;
import dev.prepstack.hiring.Scorecard;
import dev.prepstack.hiring.ScorecardDraft;
import dev.prepstack.hiring.Scorecards;
import dev.prepstack.hiring.Started;
import dev.prepstack.hiring.Verdict;
import dev.prepstack.shared.HtmlSafeJson;
import dev.prepstack.shared.InvalidParameterException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@HtmlSafeJson
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Hiring: scorecards", description = "Candidates, scorecards, amendments and the comparison")
class ScorecardApiController {

    private final Candidates candidates;
    private final Scorecards scorecards;

    ScorecardApiController(Candidates candidates, Scorecards scorecards) {
        this.candidates = candidates;
        this.scorecards = scorecards;
    }

    record CandidateBody(String name) {}

    record StartBody(Long candidateId, Integer version) {}

    record AnswerBody(
            Integer position,
            List<Integer> coveredKeyPoints,
            List<Integer> askedFollowUps,
            String notes,
            String transcript) {}

    record RatingBody(String attribute, String rating, String reason) {}

    record ScorecardBody(List<AnswerBody> answers, List<RatingBody> ratings, String recommendation, String summary) {}

    record AmendmentBody(String text) {}

    record SuggestionBody(Integer position, String answer) {}

    @PostMapping("/candidates")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a candidate (a name, no account) to your current organisation")
    Candidate createCandidate(@AuthenticationPrincipal AccountUser user, @RequestBody CandidateBody body) {
        return candidates.create(Interviewers.id(user), body.name());
    }

    @GetMapping("/candidates")
    @Operation(summary = "Your current organisation's candidates")
    List<Candidate> listCandidates(@AuthenticationPrincipal AccountUser user) {
        return candidates.list(Interviewers.id(user));
    }

    @GetMapping("/candidates/{id}")
    @Operation(summary = "A candidate with the scorecards you may read (others' only after you submitted yours)")
    CandidateScorecards candidate(@AuthenticationPrincipal AccountUser user, @PathVariable long id) {
        return scorecards.forCandidate(Interviewers.id(user), id);
    }

    @DeleteMapping("/candidates/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a candidate and every scorecard and amendment about them (logged)")
    void deleteCandidate(@AuthenticationPrincipal AccountUser user, @PathVariable long id) {
        candidates.delete(Interviewers.id(user), id);
    }

    @PostMapping("/kits/{id}/scorecards")
    @Operation(summary = "Start your scorecard for a candidate with this kit (its latest version unless given)")
    ResponseEntity<Scorecard> start(
            @AuthenticationPrincipal AccountUser user, @PathVariable long id, @RequestBody StartBody body) {
        long me = Interviewers.id(user);
        if (body.candidateId() == null) {
            throw new InvalidParameterException("candidateId", "is required");
        }
        Started started = scorecards.start(me, id, body.candidateId(), body.version());
        return ResponseEntity.status(started.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(started.scorecard());
    }

    @GetMapping("/kits/{id}/comparison")
    @Operation(summary = "Candidates of one kit version side by side, per attribute and per question")
    Comparison comparison(
            @AuthenticationPrincipal AccountUser user,
            @PathVariable long id,
            @RequestParam(required = false) Integer version) {
        return scorecards.comparison(Interviewers.id(user), id, version);
    }

    @GetMapping("/scorecards/{id}")
    @Operation(summary = "A scorecard you may read")
    Scorecard scorecard(@AuthenticationPrincipal AccountUser user, @PathVariable long id) {
        return scorecards.find(Interviewers.id(user), id);
    }

    @PutMapping("/scorecards/{id}")
    @Operation(summary = "Save your draft: checked key points, follow-ups, notes, ratings with reasons, recommendation")
    Scorecard save(@AuthenticationPrincipal AccountUser user, @PathVariable long id, @RequestBody ScorecardBody body) {
        return scorecards.save(Interviewers.id(user), id, draft(body));
    }

    @DeleteMapping("/scorecards/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Discard your draft (submitted scorecards stay; add an amendment instead)")
    void discard(@AuthenticationPrincipal AccountUser user, @PathVariable long id) {
        scorecards.discard(Interviewers.id(user), id);
    }

    @PostMapping("/scorecards/{id}/submit")
    @Operation(summary = "Submit your draft; it is immutable from then on")
    Scorecard submit(@AuthenticationPrincipal AccountUser user, @PathVariable long id) {
        return scorecards.submit(Interviewers.id(user), id);
    }

    @PostMapping("/scorecards/{id}/amendments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an amendment beside a submitted scorecard (its author or an owner)")
    Scorecard amend(@AuthenticationPrincipal AccountUser user, @PathVariable long id, @RequestBody AmendmentBody body) {
        return scorecards.amend(Interviewers.id(user), id, body.text());
    }

    @PostMapping("/scorecards/{id}/suggestions")
    @Operation(summary = "Which key points a pasted answer seems to cover (the interviewer decides)")
    Feedback suggest(
            @AuthenticationPrincipal AccountUser user, @PathVariable long id, @RequestBody SuggestionBody body) {
        long me = Interviewers.id(user);
        if (body.position() == null) {
            throw new InvalidParameterException("position", "is required");
        }
        return scorecards.suggest(me, id, body.position(), body.answer());
    }

    static ScorecardDraft draft(ScorecardBody body) {
        List<Scorecard.Answer> answers = body.answers() == null
                ? List.of()
                : body.answers().stream()
                        .map(a -> {
                            if (a == null || a.position() == null) {
                                throw new InvalidParameterException("answers", "each answer names its position");
                            }
                            return new Scorecard.Answer(
                                    a.position(), a.coveredKeyPoints(), a.askedFollowUps(), a.notes(), a.transcript());
                        })
                        .toList();
        List<Scorecard.AttributeRating> ratings = body.ratings() == null
                ? List.of()
                : body.ratings().stream()
                        .map(r -> {
                            if (r == null) {
                                throw new InvalidParameterException("ratings", "must not contain empty entries");
                            }
                            return new Scorecard.AttributeRating(
                                    r.attribute(), Verdict.parse("rating", r.rating()), r.reason());
                        })
                        .toList();
        return new ScorecardDraft(
                answers, ratings, Verdict.parse("recommendation", body.recommendation()), body.summary());
    }
}
