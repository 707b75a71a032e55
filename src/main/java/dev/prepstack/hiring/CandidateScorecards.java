package dev.prepstack.hiring;

import java.util.List;

/**
 * The scorecards about a candidate that the viewer may read, and how many others stay hidden until
 * the viewer submits their own.
 */
public record CandidateScorecards(
        Candidate candidate, List<Scorecard> visible, int hidden, boolean submittedByViewer) {}
