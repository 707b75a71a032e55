package dev.prepstack.content;

/**
 * An authoritative source for a question's answer (official documentation, an RFC, a paper, vendor
 * documentation), shown under the answer.
 *
 * @param title what the reader will find there, e.g. "PostgreSQL 18 documentation: Transaction Isolation"
 * @param url an https address
 */
public record Source(String title, String url) {}
