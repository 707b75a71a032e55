package dev.prepstack.hiring.web;

import dev.prepstack.shared.InputMessages;
import dev.prepstack.shared.InvalidParameterException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Bad input that a hiring page did not handle itself gets a friendly 400 page, never a 500. */
@ControllerAdvice(
        assignableTypes = {
            HiringPageController.class,
            InvitePageController.class,
            KitPageController.class,
            CustomQuestionPageController.class,
            ScorecardPageController.class,
            CandidatePageController.class,
            DrillPageController.class
        })
class HiringPageErrors {

    private final InputMessages messages;

    HiringPageErrors(InputMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidParameterException.class)
    String invalid(InvalidParameterException e, HttpServletResponse response, Model model) {
        response.setStatus(400);
        model.addAttribute("error", messages.of("hiring", e));
        return "hiring/problem";
    }
}
