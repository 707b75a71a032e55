package dev.prepstack.account;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Port every module that stores a person's data implements, so the account's JSON export and its
 * deletion cover all of it. A module's section appears in the export under {@link #section()}.
 */
public interface PersonalData {

    String section();

    /** Everything this module holds about the account, as JSON-serialisable values. */
    Object export(long accountId);

    /** Deletes the account's own data (records owned by an organisation may be kept, anonymised). */
    void erase(long accountId);

    /** One exported record, its keys in the order given (alternating key, value). */
    static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
