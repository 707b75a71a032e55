package dev.prepstack.hiring.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.hiring.Calibration;
import dev.prepstack.hiring.CalibrationReport;
import dev.prepstack.hiring.Drill;
import dev.prepstack.hiring.DrillDraft;
import dev.prepstack.hiring.DrillRating;
import dev.prepstack.hiring.DrillSummary;
import dev.prepstack.hiring.Drills;
import dev.prepstack.shared.InvalidParameterException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Hiring: calibration", description = "Calibration drills, agreement figures and interviewer habits")
class DrillApiController {

    private final Drills drills;
    private final Calibration calibration;

    DrillApiController(Drills drills, Calibration calibration) {
        this.drills = drills;
        this.calibration = calibration;
    }

    record DrillBody(Long kitId, Integer version, Integer position, String title, List<String> answers) {}

    record RatingBody(Integer answer, String attribute, Integer rating, String reason) {}

    record RatingsBody(List<RatingBody> ratings) {}

    record DebriefBody(List<RatingBody> reference, String discussion) {}

    @PostMapping("/drills")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a calibration drill: a question of a kit version and 3 to 8 recorded answers (owners)")
    Drill create(@AuthenticationPrincipal AccountUser user, @RequestBody DrillBody body) {
        long me = Interviewers.id(user);
        if (body.kitId() == null) {
            throw new InvalidParameterException("kitId", "is required");
        }
        if (body.position() == null) {
            throw new InvalidParameterException("position", "is required (the kit question, from 1)");
        }
        return drills.create(
                me, new DrillDraft(body.kitId(), body.version(), body.position(), body.title(), body.answers()));
    }

    @GetMapping("/drills")
    @Operation(summary = "Your current organisation's drills and whether you have rated each")
    List<DrillSummary> list(@AuthenticationPrincipal AccountUser user) {
        return drills.list(Interviewers.id(user));
    }

    @GetMapping("/drills/{id}")
    @Operation(summary = "A drill; everyone's ratings and their spread only once you submitted yours")
    Drill drill(@AuthenticationPrincipal AccountUser user, @PathVariable long id) {
        return drills.find(Interviewers.id(user), id);
    }

    @PostMapping("/drills/{id}/ratings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Submit your ratings (1-4 with a reason) of every answer on every attribute, once")
    Drill rate(@AuthenticationPrincipal AccountUser user, @PathVariable long id, @RequestBody RatingsBody body) {
        long me = Interviewers.id(user);
        return drills.rate(me, id, ratings(body.ratings()));
    }

    @PutMapping("/drills/{id}/debrief")
    @Operation(summary = "Set the reference ratings and the discussion note (owners)")
    Drill debrief(@AuthenticationPrincipal AccountUser user, @PathVariable long id, @RequestBody DebriefBody body) {
        long me = Interviewers.id(user);
        return drills.debrief(me, id, ratings(body.reference()), body.discussion());
    }

    @GetMapping("/calibration")
    @Operation(
            summary = "Agreement (Krippendorff's alpha, ICC(2,1)), severity and habits in your current organisation;"
                    + " members see their own figures only")
    CalibrationReport calibration(@AuthenticationPrincipal AccountUser user) {
        return calibration.report(Interviewers.id(user));
    }

    private static List<DrillRating> ratings(List<RatingBody> bodies) {
        if (bodies == null) {
            return List.of();
        }
        if (bodies.size() > 8 * 8) {
            throw new InvalidParameterException("ratings", "a drill has at most 64 ratings (8 answers, 8 attributes)");
        }
        return bodies.stream()
                .map(r -> {
                    if (r == null || r.answer() == null) {
                        throw new InvalidParameterException("ratings", "each rating names its answer (from 1)");
                    }
                    return new DrillRating(r.answer(), r.attribute(), r.rating(), r.reason());
                })
                .toList();
    }
}
