package dev.prepstack.account;

/** Published after an account and its personal data were deleted. */
public record AccountDeleted(long accountId) {}
