package dev.prepstack.myquestions.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.feedback.Feedback;
import dev.prepstack.myquestions.ImportPreview;
import dev.prepstack.myquestions.OwnPractice;
import dev.prepstack.myquestions.OwnQuestion;
import dev.prepstack.myquestions.OwnQuestionDraft;
import dev.prepstack.myquestions.OwnQuestionExports;
import dev.prepstack.myquestions.OwnQuestionImports;
import dev.prepstack.myquestions.OwnQuestions;
import dev.prepstack.practice.Rating;
import dev.prepstack.shared.InvalidParameterException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/me/questions")
@Tag(name = "My questions", description = "Your own questions: write, import, practise and export them")
class OwnQuestionApiController {

    private final OwnQuestions questions;
    private final OwnPractice practice;
    private final OwnQuestionImports imports;
    private final OwnQuestionExports exports;

    OwnQuestionApiController(
            OwnQuestions questions, OwnPractice practice, OwnQuestionImports imports, OwnQuestionExports exports) {
        this.questions = questions;
        this.practice = practice;
        this.imports = imports;
        this.exports = exports;
    }

    record QuestionBody(
            String title,
            String answer,
            List<String> keyPoints,
            List<String> followUps,
            List<String> tags,
            String level) {
        OwnQuestionDraft draft() {
            return new OwnQuestionDraft(title, answer, keyPoints, followUps, tags, level);
        }
    }

    record Page(List<OwnQuestion> questions, int page, int size, int total) {}

    @GetMapping
    @Operation(summary = "Your own questions, newest first (page from 0, size up to 100)")
    Page list(
            @AuthenticationPrincipal AccountUser user,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) String tag) {
        return new Page(questions.list(user.id(), tag, page, size), page, size, questions.count(user.id()));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Write a question: title, Markdown answer, 1-8 key points, follow-ups, tags, level")
    OwnQuestion create(@AuthenticationPrincipal AccountUser user, @RequestBody QuestionBody body) {
        return questions.create(user.id(), body.draft());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of your questions")
    OwnQuestion one(@AuthenticationPrincipal AccountUser user, @PathVariable long id) {
        return questions.find(user.id(), id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change one of your questions")
    OwnQuestion update(
            @AuthenticationPrincipal AccountUser user, @PathVariable long id, @RequestBody QuestionBody body) {
        return questions.update(user.id(), id, body.draft());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete one of your questions, with its practice history")
    void delete(@AuthenticationPrincipal AccountUser user, @PathVariable long id) {
        questions.delete(user.id(), id);
    }

    @GetMapping("/due")
    @Operation(summary = "Your questions to practise now: due ones first, then new ones")
    List<OwnQuestion> due(
            @AuthenticationPrincipal AccountUser user,
            @RequestParam(defaultValue = "20") int limit,
            @RequestParam(required = false) String tag) {
        return practice.due(user.id(), tag, limit);
    }

    record ReviewBody(String rating, String answer) {}

    @PostMapping("/{id}/reviews")
    @Operation(summary = "Rate your recall of one of your questions (again, hard, good, easy); FSRS schedules it")
    OwnPractice.ReviewResult review(
            @AuthenticationPrincipal AccountUser user, @PathVariable long id, @RequestBody ReviewBody body) {
        Rating rating = Rating.parse(body.rating())
                .orElseThrow(() -> new InvalidParameterException("rating", "must be one of again, hard, good, easy"));
        return practice.review(user.id(), id, rating, body.answer(), null);
    }

    record AnswerBody(String answer) {}

    @PostMapping("/{id}/feedback")
    @Operation(summary = "Check an answer against the question's own key points (rate limited)")
    Feedback feedback(@AuthenticationPrincipal AccountUser user, @PathVariable long id, @RequestBody AnswerBody body) {
        return practice.check(user.id(), id, body.answer());
    }

    @PostMapping(value = "/import-preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary =
                    "What importing a file would create and skip, and why; writes nothing (.csv, .md, .zip, .apkg; 5 MB)")
    ImportPreview preview(@AuthenticationPrincipal AccountUser user, @RequestParam(required = false) MultipartFile file)
            throws java.io.IOException {
        return imports.preview(user.id(), name(file), bytes(file));
    }

    @PostMapping(value = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Import a file: all its new questions or, on any problem, none (.csv, .md, .zip, .apkg; 5 MB)")
    ImportPreview importFile(
            @AuthenticationPrincipal AccountUser user, @RequestParam(required = false) MultipartFile file)
            throws java.io.IOException {
        return imports.importFile(user.id(), name(file), bytes(file));
    }

    @GetMapping("/export")
    @Operation(
            summary = "Your questions as CSV (format=csv), a zip of bank-format Markdown files (format=markdown)"
                    + " or an Anki package (format=anki)")
    ResponseEntity<byte[]> export(
            @AuthenticationPrincipal AccountUser user, @RequestParam(defaultValue = "csv") String format) {
        return OwnQuestionFiles.download(exports, user.id(), format);
    }

    static String name(MultipartFile file) {
        return file == null ? null : file.getOriginalFilename();
    }

    static byte[] bytes(MultipartFile file) throws java.io.IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidParameterException("file", "choose a file to import (.csv, .md, .zip or .apkg)");
        }
        if (file.getSize() > OwnQuestionImports.MAX_FILE_BYTES) {
            throw new InvalidParameterException("file", "must be at most 5 MB");
        }
        return file.getBytes();
    }
}
