package dev.prepstack.editorial;

import java.util.List;

/** The change would fail the bank's validator, so it cannot be published; the reasons say why. */
public class ValidatorRefusal extends RuntimeException {

    private final List<String> reasons;

    ValidatorRefusal(List<String> reasons) {
        super("The bank's validator refuses this change: " + String.join("; ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
