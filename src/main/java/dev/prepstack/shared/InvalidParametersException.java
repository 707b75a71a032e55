package dev.prepstack.shared;

import java.util.List;

/**
 * Several parameters refused at once. It reads as the first of them (the API's Problem Details name
 * that one, as before); pages show {@link #all()} beside their fields.
 */
public class InvalidParametersException extends InvalidParameterException {

    private final List<InvalidParameterException> all;

    public InvalidParametersException(List<InvalidParameterException> all) {
        super(all.getFirst().parameter(), all.getFirst().reason());
        this.all = List.copyOf(all);
    }

    public List<InvalidParameterException> all() {
        return all;
    }
}
