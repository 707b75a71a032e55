package dev.prepstack.editorial;

import dev.prepstack.account.PersonalData;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Suggestions and contributions in the account's export and deletion. Deleting an account deletes
 * its suggestions and keeps its accepted revisions (the bank serves them), credited to "a former
 * contributor".
 */
@Component
class EditorialData implements PersonalData {

    private final SuggestionStore suggestions;
    private final RevisionStore revisions;

    EditorialData(SuggestionStore suggestions, RevisionStore revisions) {
        this.suggestions = suggestions;
        this.revisions = revisions;
    }

    @Override
    public String section() {
        return "editorial";
    }

    @Override
    public Object export(long accountId) {
        return Map.of(
                "suggestions",
                suggestions.ofAccount(accountId).stream()
                        .map(s -> PersonalData.row(
                                "id", s.id(),
                                "kind", s.kind().slug(),
                                "questionId", s.questionId(),
                                "topic", s.topic(),
                                "fields", s.fields(),
                                "sourceUrl", s.sourceUrl(),
                                "note", s.note(),
                                "creditName", s.creditName(),
                                "status", s.status().slug(),
                                "editorReply", s.editorReply(),
                                "createdAt", s.createdAt().toString(),
                                "decidedAt",
                                        s.decidedAt() == null
                                                ? null
                                                : s.decidedAt().toString()))
                        .toList(),
                "revisions",
                revisions.byAuthor(accountId).stream()
                        .map(r -> PersonalData.row(
                                "questionId", r.questionId(),
                                "number", r.number(),
                                "changeSummary", r.changeSummary(),
                                "credit", r.authorCredit(),
                                "createdAt", r.createdAt().toString()))
                        .toList());
    }

    @Override
    public void erase(long accountId) {
        suggestions.eraseFor(accountId);
        revisions.anonymise(accountId);
    }
}
