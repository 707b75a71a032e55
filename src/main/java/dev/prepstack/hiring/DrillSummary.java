package dev.prepstack.hiring;

/** A drill in the organisation's list: what it asks, how many rated it, and whether the viewer did. */
public record DrillSummary(
        long id,
        String title,
        long kitId,
        String kitTitle,
        int kitVersion,
        int answers,
        int submissions,
        boolean rated) {}
