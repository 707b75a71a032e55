package dev.prepstack.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs the checks of typed input one after another and collects what they refuse, instead of stopping
 * at the first, so a form can show every problem at once; one problem per parameter (the first says it
 * best: a later check of the same parameter often only follows from it).
 */
public final class InputProblems {

    private final List<InvalidParameterException> found = new ArrayList<>();

    /** The checked value, or null when the check refused it. */
    public <T> T check(Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidParameterException e) {
            add(e);
            return null;
        }
    }

    public void run(Runnable check) {
        check(() -> {
            check.run();
            return null;
        });
    }

    public void add(InvalidParameterException e) {
        if (e instanceof InvalidParametersException many) {
            many.all().forEach(this::add);
        } else if (found.stream().noneMatch(f -> f.parameter().equals(e.parameter()))) {
            found.add(e);
        }
    }

    public List<InvalidParameterException> found() {
        return List.copyOf(found);
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidParametersException(found);
        }
    }
}
