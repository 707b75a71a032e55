package dev.prepstack.account;

import dev.prepstack.shared.OpaqueTokens;
import java.sql.Timestamp;
import java.util.Date;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.authentication.rememberme.PersistentRememberMeToken;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Remember-me logins (Spring Security's persistent_logins table) with only a SHA-256 of each token
 * stored, like access tokens and reset links: a copy of the database or a backup cannot be turned
 * into a cookie that signs someone in. The services hash the presented cookie's token before
 * comparing ({@code HashingRememberMeServices}); tokens handed to this store arrive in clear and are
 * hashed here. The series stays in clear: it names a login, it does not prove one.
 */
@Component
@Transactional
public class HashedRememberMeTokens implements PersistentTokenRepository {

    private final JdbcClient jdbc;

    HashedRememberMeTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What is stored for (and compared with) a token in clear. */
    public static String hash(String token) {
        return OpaqueTokens.hash(token);
    }

    @Override
    public void createNewToken(PersistentRememberMeToken token) {
        jdbc.sql("INSERT INTO persistent_logins (username, series, token, last_used) VALUES (?, ?, ?, ?)")
                .params(
                        token.getUsername(),
                        token.getSeries(),
                        hash(token.getTokenValue()),
                        new Timestamp(token.getDate().getTime()))
                .update();
    }

    @Override
    public void updateToken(String series, String tokenValue, Date lastUsed) {
        jdbc.sql("UPDATE persistent_logins SET token = ?, last_used = ? WHERE series = ?")
                .params(hash(tokenValue), new Timestamp(lastUsed.getTime()), series)
                .update();
    }

    /** The stored login; its token value is the hash. */
    @Override
    @Transactional(readOnly = true)
    public PersistentRememberMeToken getTokenForSeries(String seriesId) {
        return jdbc.sql("SELECT username, series, token, last_used FROM persistent_logins WHERE series = ?")
                .param(seriesId)
                .query((rs, i) -> new PersistentRememberMeToken(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4)))
                .optional()
                .orElse(null);
    }

    @Override
    public void removeUserTokens(String username) {
        jdbc.sql("DELETE FROM persistent_logins WHERE username = ?")
                .param(username)
                .update();
    }
}
