package dev.prepstack.account;

import java.io.Serial;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person as Spring Security sees them (session or bearer token). */
public class AccountUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String email;
    private final String displayName;
    private final Set<Role> roles;
    private final int sessionEpoch;
    private String passwordHash;

    AccountUser(long id, String email, String displayName, Set<Role> roles, String passwordHash) {
        this(id, email, displayName, roles, passwordHash, 0);
    }

    AccountUser(long id, String email, String displayName, Set<Role> roles, String passwordHash, int sessionEpoch) {
        this.sessionEpoch = sessionEpoch;
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.roles = Set.copyOf(roles);
        this.passwordHash = passwordHash;
    }

    public long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles;
    }

    int sessionEpoch() {
        return sessionEpoch;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Same roles and name: nothing a session shows or checks has changed. */
    public boolean sameGrantsAs(AccountUser other) {
        return roles.equals(other.roles) && email.equals(other.email) && displayName.equals(other.displayName);
    }

    /** Whether a session signed in as {@code other} is still valid for this (current) account. */
    public boolean sameSessionsAs(AccountUser other) {
        return id == other.id && sessionEpoch == other.sessionEpoch;
    }

    /** This session's principal with the current roles and name of {@code fresh}. */
    public AccountUser refreshedFrom(AccountUser fresh) {
        return new AccountUser(fresh.id, fresh.email, fresh.displayName, fresh.roles, null, fresh.sessionEpoch);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream()
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .collect(Collectors.toSet());
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AccountUser other && other.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
