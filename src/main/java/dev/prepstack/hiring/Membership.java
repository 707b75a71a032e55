package dev.prepstack.hiring;

import dev.prepstack.shared.NotFoundException;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who belongs where. Every lookup of an organisation's record goes through here, so that anything
 * outside a person's organisations is simply "not found".
 */
@Component
class Membership {

    private final JdbcClient jdbc;

    Membership(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<OrgRole> role(long organisationId, long accountId) {
        return jdbc.sql("SELECT role FROM hiring_member WHERE organisation_id = ? AND account_id = ?")
                .params(organisationId, accountId)
                .query(String.class)
                .optional()
                .map(OrgRole::valueOf);
    }

    OrgRole require(long organisationId, long accountId) {
        return role(organisationId, accountId)
                .orElseThrow(() -> new NotFoundException("No organisation " + organisationId));
    }

    void requireOwner(long organisationId, long accountId) {
        if (require(organisationId, accountId) != OrgRole.OWNER) {
            // Members know the organisation exists, so this is a refusal rather than "not found".
            throw new dev.prepstack.shared.ForbiddenException("Only owners may do this");
        }
    }

    /** The chosen organisation, else the one joined first; empty for people in none. */
    Optional<Long> current(long accountId) {
        return jdbc.sql("""
                        SELECT m.organisation_id FROM hiring_member m
                        LEFT JOIN hiring_current_organisation c
                          ON c.account_id = m.account_id AND c.organisation_id = m.organisation_id
                        WHERE m.account_id = ?
                        ORDER BY CASE WHEN c.account_id IS NULL THEN 1 ELSE 0 END, m.joined_at, m.organisation_id
                        LIMIT 1""").param(accountId).query(Long.class).optional();
    }

    long requireCurrent(long accountId) {
        return current(accountId)
                .orElseThrow(() ->
                        new NotFoundException("You belong to no organisation yet: create one or accept an invite"));
    }

    /** The organisation a row of one of the hiring tables belongs to, if the person is a member of it. */
    long organisationOf(String table, long id, long accountId, String what) {
        Long organisation = jdbc.sql("SELECT organisation_id FROM " + table + " WHERE id = ?")
                .param(id)
                .query(Long.class)
                .optional()
                .orElse(null);
        if (organisation == null || role(organisation, accountId).isEmpty()) {
            throw new NotFoundException("No " + what + " " + id);
        }
        return organisation;
    }
}
