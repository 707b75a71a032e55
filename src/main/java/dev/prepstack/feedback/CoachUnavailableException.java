package dev.prepstack.feedback;

/**
 * The LLM coach could not help this time (off, slow, down or resting after repeated failures); the
 * message is for the person and says that the built-in feedback stands.
 */
public class CoachUnavailableException extends Exception {

    public CoachUnavailableException(String message) {
        super(message);
    }

    public CoachUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
