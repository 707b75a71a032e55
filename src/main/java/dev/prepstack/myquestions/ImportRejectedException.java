package dev.prepstack.myquestions;

import dev.prepstack.shared.InvalidParameterException;
import java.util.List;

/** A file that cannot be imported; each problem names its row or entry. Nothing of it was written. */
public class ImportRejectedException extends InvalidParameterException {

    static final int SHOWN = 10;

    private final List<String> problems;

    ImportRejectedException(List<String> problems) {
        super("file", summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    private static String summary(List<String> problems) {
        String shown = String.join("; ", problems.subList(0, Math.min(SHOWN, problems.size())));
        return problems.size() > SHOWN
                ? "nothing was imported: " + shown + "; and " + (problems.size() - SHOWN) + " more problems"
                : "nothing was imported: " + shown;
    }
}
