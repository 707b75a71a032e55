package dev.prepstack.account;

import java.io.Serial;
import java.util.Map;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** A person signed in through OpenID Connect: our account, carrying the provider's tokens. */
final class OidcAccountUser extends AccountUser implements OidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final OidcUser oidc;

    OidcAccountUser(AccountUser account, OidcUser oidc) {
        super(account.id(), account.email(), account.displayName(), account.roles(), null, account.sessionEpoch());
        this.oidc = oidc;
    }

    @Override
    public AccountUser refreshedFrom(AccountUser fresh) {
        return new OidcAccountUser(fresh, oidc);
    }

    @Override
    public Map<String, Object> getClaims() {
        return oidc.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return oidc.getUserInfo();
    }

    @Override
    public OidcIdToken getIdToken() {
        return oidc.getIdToken();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return oidc.getAttributes();
    }

    @Override
    public String getName() {
        return email();
    }
}
