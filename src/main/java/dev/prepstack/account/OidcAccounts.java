package dev.prepstack.account;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Maps an OpenID Connect sign-in to a Prepstack account (see {@link OidcAccountLinks#fromOidc}). */
@Service
public class OidcAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final Accounts accounts;
    private final OidcAccountLinks links;
    private final AuditLog audit;

    OidcAccounts(Accounts accounts, OidcAccountLinks links, AuditLog audit) {
        this.accounts = accounts;
        this.links = links;
        this.audit = audit;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidc = delegate.loadUser(request);
        String email = oidc.getEmail();
        if (email == null || email.isBlank()) {
            throw new OAuth2AuthenticationException(
                    new OAuth2Error("email_missing", "The provider sent no email", null));
        }
        String subject = request.getClientRegistration().getProviderDetails().getIssuerUri() + "|" + oidc.getSubject();
        String ip = currentIp();
        long id;
        try {
            id = links.fromOidc(subject, email, Boolean.TRUE.equals(oidc.getEmailVerified()), oidc.getFullName(), ip);
        } catch (dev.prepstack.shared.InvalidParameterException e) {
            throw new OAuth2AuthenticationException(new OAuth2Error("account_conflict", e.getMessage(), null));
        }
        AccountUser user = accounts.user(id).orElseThrow();
        audit.record(AuditEvent.SIGN_IN_SUCCEEDED, id, id, ip, "openid connect");
        return new OidcAccountUser(user, oidc);
    }

    private static String currentIp() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr()
                : null;
    }
}
