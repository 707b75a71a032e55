package dev.prepstack.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Bad input in a named request parameter or field; answered with 400 naming it (Problem Details in
 * the API; on a page that does not catch it, the error page with 400 and no stack trace in the log,
 * where it used to be a 500 with one).
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidParameterException extends RuntimeException {

    private final String parameter;
    private final String reason;

    public InvalidParameterException(String parameter, String reason) {
        super(parameter + ": " + reason);
        this.parameter = parameter;
        this.reason = reason;
    }

    public String parameter() {
        return parameter;
    }

    /** What is wrong with the parameter, without its name ("must be 1 to 80 characters"). */
    public String reason() {
        return reason;
    }
}
