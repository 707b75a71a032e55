package dev.prepstack.hiring.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.hiring.IssuedInvite;
import dev.prepstack.hiring.LogEntry;
import dev.prepstack.hiring.Member;
import dev.prepstack.hiring.OrgRole;
import dev.prepstack.hiring.Organisation;
import dev.prepstack.hiring.Organisations;
import dev.prepstack.shared.HtmlSafeJson;
import dev.prepstack.shared.InvalidParameterException;
import dev.prepstack.shared.PublicUrls;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@HtmlSafeJson
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Hiring: organisations", description = "Organisations, members and invites; INTERVIEWER role")
class OrganisationApiController {

    private final Organisations organisations;
    private final PublicUrls urls;

    OrganisationApiController(Organisations organisations, PublicUrls urls) {
        this.organisations = organisations;
        this.urls = urls;
    }

    record OrganisationBody(String name) {}

    record InviteBody(String note) {}

    record CurrentBody(Long organisationId) {}

    record RoleBody(String role) {}

    record InviteResponse(long id, long organisationId, String token, String url, Instant expiresAt) {}

    record OrganisationDetail(Organisation organisation, List<Member> members, List<LogEntry> activity) {}

    @PostMapping("/organisations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an organisation; you become its owner and it becomes your current one")
    Organisation create(@AuthenticationPrincipal AccountUser user, @RequestBody OrganisationBody body) {
        return organisations.create(Interviewers.id(user), body.name());
    }

    @GetMapping("/organisations")
    @Operation(summary = "Your organisations, your role in each and which one is current")
    List<Organisation> mine(@AuthenticationPrincipal AccountUser user) {
        return organisations.mine(Interviewers.id(user));
    }

    @GetMapping("/organisations/{id}")
    @Operation(summary = "One of your organisations with its members and recent activity")
    OrganisationDetail one(@AuthenticationPrincipal AccountUser user, @PathVariable long id) {
        Organisations.Overview overview = organisations.overview(Interviewers.id(user), id);
        return new OrganisationDetail(overview.organisation(), overview.members(), overview.activity());
    }

    @PostMapping("/organisations/{id}/invites")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A single-use invite link valid for 7 days (owners); the token is shown once")
    InviteResponse invite(
            @AuthenticationPrincipal AccountUser user,
            @PathVariable long id,
            @RequestBody(required = false) InviteBody body) {
        IssuedInvite invite = organisations.invite(Interviewers.id(user), id, body == null ? null : body.note());
        String url = urls.link("/hiring/invites/" + invite.token());
        return new InviteResponse(invite.id(), invite.organisationId(), invite.token(), url, invite.expiresAt());
    }

    @DeleteMapping("/organisations/{id}/members/{accountId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a member (owners) or leave (yourself)")
    void remove(@AuthenticationPrincipal AccountUser user, @PathVariable long id, @PathVariable long accountId) {
        organisations.removeMember(Interviewers.id(user), id, accountId);
    }

    @PutMapping("/organisations/{id}/members/{accountId}/role")
    @Operation(summary = "Make a member OWNER or MEMBER (owners)")
    List<Member> role(
            @AuthenticationPrincipal AccountUser user,
            @PathVariable long id,
            @PathVariable long accountId,
            @RequestBody RoleBody body) {
        long me = Interviewers.id(user);
        return organisations.setRole(me, id, accountId, role(body.role()));
    }

    @PutMapping("/me/organisation")
    @Operation(summary = "Choose your current organisation (kits, questions and candidates work in it)")
    Organisation choose(@AuthenticationPrincipal AccountUser user, @RequestBody CurrentBody body) {
        long me = Interviewers.id(user);
        if (body.organisationId() == null) {
            throw new InvalidParameterException("organisationId", "is required");
        }
        return organisations.choose(me, body.organisationId());
    }

    /** Open to every signed-in account: accepting is how a candidate account becomes an interviewer. */
    @PostMapping("/invites/{token}/accept")
    @Operation(summary = "Accept an invite: join the organisation and get the INTERVIEWER role")
    Organisation accept(
            @AuthenticationPrincipal AccountUser user, @PathVariable String token, HttpServletRequest request) {
        return organisations.accept(user.id(), token, request.getRemoteAddr());
    }

    static OrgRole role(String value) {
        try {
            return OrgRole.valueOf(String.valueOf(value).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("role", "must be OWNER or MEMBER");
        }
    }
}
