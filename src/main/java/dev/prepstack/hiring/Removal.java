package dev.prepstack.hiring;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Deletes that span several tables: a membership, a candidate and all about them, an organisation. */
@Component
class Removal {

    private final JdbcClient jdbc;
    private final DrillStore drills;

    Removal(JdbcClient jdbc, DrillStore drills) {
        this.jdbc = jdbc;
        this.drills = drills;
    }

    /** Ends a membership; the person's drafts in that organisation go (nobody else may see them). */
    void membership(long organisationId, long accountId) {
        deleteScorecards("organisation_id = ? AND interviewer_id = ? AND status = 'DRAFT'", organisationId, accountId);
        jdbc.sql("DELETE FROM hiring_current_organisation WHERE account_id = ? AND organisation_id = ?")
                .params(accountId, organisationId)
                .update();
        jdbc.sql("DELETE FROM hiring_member WHERE organisation_id = ? AND account_id = ?")
                .params(organisationId, accountId)
                .update();
    }

    /** The candidate, every scorecard about them and every amendment; returns the scorecards removed. */
    int candidate(long candidateId) {
        int scorecards = deleteScorecards("candidate_id = ?", candidateId);
        jdbc.sql("DELETE FROM hiring_candidate WHERE id = ?").param(candidateId).update();
        return scorecards;
    }

    /** An organisation nobody belongs to any more, with everything in it. */
    void organisation(long organisationId) {
        deleteScorecards("organisation_id = ?", organisationId);
        drills.delete("organisation_id = ?", organisationId);
        jdbc.sql("DELETE FROM hiring_candidate WHERE organisation_id = ?")
                .param(organisationId)
                .update();
        jdbc.sql("DELETE FROM hiring_kit_item WHERE kit_version_id IN (SELECT v.id FROM hiring_kit_version v"
                        + " JOIN hiring_kit k ON k.id = v.kit_id WHERE k.organisation_id = ?)")
                .param(organisationId)
                .update();
        jdbc.sql("DELETE FROM hiring_kit_version WHERE kit_id IN (SELECT id FROM hiring_kit WHERE organisation_id = ?)")
                .param(organisationId)
                .update();
        for (String table : List.of(
                "hiring_kit",
                "hiring_custom_question",
                "hiring_invite",
                "hiring_log",
                "hiring_current_organisation",
                "hiring_member")) {
            jdbc.sql("DELETE FROM " + table + " WHERE organisation_id = ?")
                    .param(organisationId)
                    .update();
        }
        jdbc.sql("DELETE FROM hiring_organisation WHERE id = ?")
                .param(organisationId)
                .update();
    }

    /** Scorecards matching a condition on hiring_scorecard, with their answers, ratings and amendments. */
    int deleteScorecards(String where, Object... params) {
        String ids = "SELECT id FROM hiring_scorecard WHERE " + where;
        for (String table : List.of("hiring_amendment", "hiring_scorecard_rating", "hiring_scorecard_answer")) {
            jdbc.sql("DELETE FROM " + table + " WHERE scorecard_id IN (" + ids + ")")
                    .params(params)
                    .update();
        }
        return jdbc.sql("DELETE FROM hiring_scorecard WHERE " + where)
                .params(params)
                .update();
    }
}
