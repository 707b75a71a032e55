package dev.prepstack.shared;

/**
 * Published after a backup replaced every table's rows, so what a module keeps in memory from the
 * database (the catalog's snapshot of the bank) is read again at once.
 */
public record DataRestored() {}
