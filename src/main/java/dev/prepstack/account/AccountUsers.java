package dev.prepstack.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Form login and remember-me look people up by email (case-insensitive). */
@Service
class AccountUsers implements UserDetailsService {

    private final Accounts accounts;

    AccountUsers(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return accounts.user(email).orElseThrow(() -> new UsernameNotFoundException("unknown"));
    }
}
