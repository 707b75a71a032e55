package dev.prepstack.account;

/**
 * What a signed-in session of the account carries changed (roles, name, session epoch) or the account
 * is gone; published inside the changing transaction so that {@link Principals} logs it with it.
 *
 * @param accountId the account, or null for every account
 */
record AccountChanged(Long accountId) {}
