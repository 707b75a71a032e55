package dev.prepstack.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * CSRF tokens live in a cookie until there is a session (sign-in, a guest's practice), then in the
 * session (a page opened before then asks for its form to be sent again). An anonymous visitor reading pages therefore costs the server nothing: before this, every
 * cookie-less GET of a page with a form created an 8-hour session only to hold its token.
 */
class SessionOrCookieCsrfTokenRepository implements CsrfTokenRepository {

    private final HttpSessionCsrfTokenRepository session = new HttpSessionCsrfTokenRepository();
    private final CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();

    SessionOrCookieCsrfTokenRepository() {
        cookie.setCookieCustomizer(c -> c.sameSite("Lax").httpOnly(true));
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return session.generateToken(request);
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) != null) {
            session.saveToken(token, request, response);
        } else {
            cookie.saveToken(token, request, response);
        }
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        // Once there is a session only its own token counts: a cookie (which a sibling domain could
        // plant) never vouches for a signed-in request.
        return request.getSession(false) != null ? session.loadToken(request) : cookie.loadToken(request);
    }
}
