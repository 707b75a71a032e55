package dev.prepstack.account.web;

import dev.prepstack.account.HashedRememberMeTokens;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.rememberme.CookieTheftException;
import org.springframework.security.web.authentication.rememberme.InvalidCookieException;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;

/**
 * Spring's persistent remember-me, comparing a hash of the cookie's token with the stored hash
 * ({@link HashedRememberMeTokens}); the cookie itself carries the token in clear as before. The
 * cookie is SameSite=Lax like the session cookie.
 */
class HashingRememberMeServices extends PersistentTokenBasedRememberMeServices {

    HashingRememberMeServices(String key, UserDetailsService users, HashedRememberMeTokens tokens) {
        super(key, users, tokens);
        setCookieCustomizer(cookie -> cookie.setAttribute("SameSite", "Lax"));
    }

    /**
     * A cookie whose series is known but whose token is wrong is treated as theft by Spring (every
     * remembered login of that person is dropped, as it should be), then answered as a plain invalid
     * cookie: the visitor is anonymous, not shown a server error.
     */
    @Override
    protected UserDetails processAutoLoginCookie(
            String[] cookieTokens, HttpServletRequest request, HttpServletResponse response) {
        try {
            return super.processAutoLoginCookie(cookieTokens, request, response);
        } catch (CookieTheftException e) {
            throw new InvalidCookieException("remember-me token does not match its series; all its logins ended");
        }
    }

    @Override
    protected String[] decodeCookie(String cookieValue) throws InvalidCookieException {
        String[] parts = super.decodeCookie(cookieValue);
        if (parts.length == 2) {
            parts[1] = HashedRememberMeTokens.hash(parts[1]);
        }
        return parts;
    }
}
