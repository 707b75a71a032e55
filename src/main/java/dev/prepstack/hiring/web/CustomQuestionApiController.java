package dev.prepstack.hiring.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.hiring.CustomQuestion;
import dev.prepstack.hiring.CustomQuestionDraft;
import dev.prepstack.hiring.CustomQuestions;
import dev.prepstack.shared.HtmlSafeJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@HtmlSafeJson
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Hiring: kits", description = "Interview kits and custom questions of your current organisation")
class CustomQuestionApiController {

    private final CustomQuestions questions;

    CustomQuestionApiController(CustomQuestions questions) {
        this.questions = questions;
    }

    record QuestionBody(String title, List<String> keyPoints, List<String> followUps, String referenceAnswer) {}

    @PostMapping("/custom-questions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a custom question with its key points to your current organisation")
    CustomQuestion createQuestion(@AuthenticationPrincipal AccountUser user, @RequestBody QuestionBody body) {
        return questions.create(Interviewers.id(user), question(body));
    }

    @GetMapping("/custom-questions")
    @Operation(summary = "Your current organisation's custom questions")
    List<CustomQuestion> listQuestions(@AuthenticationPrincipal AccountUser user) {
        return questions.list(Interviewers.id(user));
    }

    @GetMapping("/custom-questions/{id}")
    @Operation(summary = "One custom question")
    CustomQuestion oneQuestion(@AuthenticationPrincipal AccountUser user, @PathVariable long id) {
        return questions.find(Interviewers.id(user), id);
    }

    @PutMapping("/custom-questions/{id}")
    @Operation(summary = "Change a custom question (kit versions keep their own copy)")
    CustomQuestion updateQuestion(
            @AuthenticationPrincipal AccountUser user, @PathVariable long id, @RequestBody QuestionBody body) {
        return questions.update(Interviewers.id(user), id, question(body));
    }

    @DeleteMapping("/custom-questions/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a custom question (kit versions keep their own copy)")
    void deleteQuestion(@AuthenticationPrincipal AccountUser user, @PathVariable long id) {
        questions.delete(Interviewers.id(user), id);
    }

    static CustomQuestionDraft question(QuestionBody body) {
        return new CustomQuestionDraft(body.title(), body.keyPoints(), body.followUps(), body.referenceAnswer());
    }
}
