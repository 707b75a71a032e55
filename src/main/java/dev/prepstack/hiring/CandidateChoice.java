package dev.prepstack.hiring;

import dev.prepstack.shared.InvalidParameterException;

/** The candidate a scorecard is started for: one of the organisation's by id, or a new one by name. */
public record CandidateChoice(Long id, String newName) {

    public CandidateChoice {
        newName = newName == null || newName.isBlank() ? null : newName;
        if (newName == null && id == null) {
            throw new InvalidParameterException("candidateId", "choose a candidate or type a new name");
        }
    }

    /** The page's two fields: a new name wins; otherwise the chosen id must be a number. */
    public static CandidateChoice of(String candidateId, String newName) {
        if (newName != null && !newName.isBlank()) {
            return new CandidateChoice(null, newName);
        }
        try {
            return new CandidateChoice(
                    Long.parseLong(String.valueOf(candidateId).strip()), null);
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("candidateId", "choose a candidate or type a new name");
        }
    }

    boolean isNew() {
        return newName != null;
    }
}
