package dev.prepstack.myquestions.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.account.Role;
import dev.prepstack.hiring.CustomQuestion;
import dev.prepstack.myquestions.QuestionSets;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me/question-sets")
@Tag(name = "My questions", description = "Your own questions: write, import, practise and export them")
class QuestionSetApiController {

    private final QuestionSets sets;

    QuestionSetApiController(QuestionSets sets) {
        this.sets = sets;
    }

    record ShareBody(Long organisationId, String title, List<Long> questionIds) {}

    @GetMapping
    @Operation(summary = "Your shared question sets and those shared with your organisations")
    List<QuestionSets.QuestionSet> list(@AuthenticationPrincipal AccountUser user) {
        return sets.visible(user.id());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Share questions of yours (all when none are named) read-only with one of your organisations")
    QuestionSets.QuestionSet share(@AuthenticationPrincipal AccountUser user, @RequestBody ShareBody body) {
        if (body.organisationId() == null) {
            throw new dev.prepstack.shared.InvalidParameterException("organisationId", "is required");
        }
        return sets.share(user.id(), body.organisationId(), body.title(), body.questionIds());
    }

    @GetMapping("/{id}")
    @Operation(summary = "A set you shared or that is shared with one of your organisations, with its questions")
    QuestionSets.SharedSet one(@AuthenticationPrincipal AccountUser user, @PathVariable long id) {
        return sets.find(user.id(), id);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Stop sharing a set (the questions stay yours)")
    void unshare(@AuthenticationPrincipal AccountUser user, @PathVariable long id) {
        sets.unshare(user.id(), id);
    }

    @PostMapping("/{id}/copy")
    @Operation(summary = "Copy a shared set into your own questions (titles you have are skipped)")
    QuestionSets.Copied copy(@AuthenticationPrincipal AccountUser user, @PathVariable long id) {
        return sets.copy(user.id(), id);
    }

    @PostMapping("/{id}/questions/{questionId}/custom-question")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Interviewers: turn a shared question into a custom question of your current organisation")
    CustomQuestion toCustomQuestion(
            @AuthenticationPrincipal AccountUser user, @PathVariable long id, @PathVariable long questionId) {
        return sets.toCustomQuestion(interviewer(user), id, questionId);
    }

    static long interviewer(AccountUser user) {
        if (user == null || !user.has(Role.INTERVIEWER)) {
            throw new AccessDeniedException("The interviewer role is needed");
        }
        return user.id();
    }
}
