package dev.prepstack.account;

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
}
