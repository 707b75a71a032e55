package dev.prepstack.editorial.web;

import dev.prepstack.editorial.Editorial;
import dev.prepstack.editorial.Suggestion;
import dev.prepstack.editorial.ValidatorRefusal;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The editorial API's own problems: a change the bank's validator refuses (422) and decisions that collide (409). Ordered
 * before the application's advice, whose catch-all would otherwise answer first.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = {EditorialApiController.class, EditorialDeskApiController.class})
class EditorialProblems {

    @ExceptionHandler(ValidatorRefusal.class)
    ResponseEntity<ProblemDetail> refused(ValidatorRefusal e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(422), e.getMessage());
        problem.setTitle("Refused by the bank's validator");
        problem.setProperty("reasons", e.reasons());
        return ResponseEntity.status(422).body(problem);
    }

    @ExceptionHandler({
        Suggestion.AlreadyDecided.class,
        Editorial.StaleEdit.class,
        org.springframework.dao.DuplicateKeyException.class
    })
    ResponseEntity<ProblemDetail> decided(RuntimeException e) {
        String detail = e instanceof org.springframework.dao.DuplicateKeyException
                ? "The question changed while you were editing it: review it again against the new version"
                : e.getMessage();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setTitle("Conflict");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
}
