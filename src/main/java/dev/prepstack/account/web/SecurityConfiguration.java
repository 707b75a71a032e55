package dev.prepstack.account.web;

import dev.prepstack.account.AccessTokens;
import dev.prepstack.account.AccountProperties;
import dev.prepstack.account.HashedRememberMeTokens;
import dev.prepstack.account.OidcAccounts;
import dev.prepstack.account.OidcProperties;
import dev.prepstack.account.Principals;
import dev.prepstack.account.SignInGuard;
import dev.prepstack.shared.RateLimitProperties;
import dev.prepstack.shared.RateLimiter;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.savedrequest.CookieRequestCache;

/**
 * Two filter chains. {@code /api/**} authenticates only by bearer token: no session, no cookies, no
 * CSRF. Pages use a session cookie with CSRF protection, form login and remember-me.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    static final String[] PUBLIC_API_READS = {
        "/api/v1/topics", "/api/v1/questions", "/api/v1/questions/**", "/api/v1/search"
    };
    static final String[] PUBLIC_API_WRITES = {
        "/api/v1/accounts", "/api/v1/auth/tokens", "/api/v1/auth/password-resets", "/api/v1/feedback"
    };

    @Bean
    PasswordEncoder passwordEncoder() {
        return new LongPasswordsNeverMatch(PasswordEncoderFactories.createDelegatingPasswordEncoder());
    }

    /**
     * bcrypt refuses more than 72 bytes with an exception; no stored password is longer (the policy
     * says so), so a longer attempt is simply wrong instead of a server error.
     */
    record LongPasswordsNeverMatch(PasswordEncoder delegate) implements PasswordEncoder {

        private static boolean tooLong(CharSequence raw) {
            return raw != null && raw.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 72;
        }

        @Override
        public String encode(CharSequence raw) {
            return delegate.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            return !tooLong(raw) && delegate.matches(raw, encoded);
        }

        @Override
        public boolean upgradeEncoding(String encoded) {
            return delegate.upgradeEncoding(encoded);
        }
    }

    @Bean
    AuthenticationManager authenticationManager(
            UserDetailsService users, PasswordEncoder encoder, AuthenticationEventPublisher events) {
        var provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        var manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    @Bean
    SecurityContextRepository pageSecurityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AccessTokens tokens, RateLimiter limiter, RateLimitProperties limits)
            throws Exception {
        var problems = new ProblemResponses();
        http.securityMatcher("/api/**")
                .csrf(c -> c.disable())
                .cors(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(c -> c.disable())
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                .rememberMe(r -> r.disable())
                .headers(h -> h.frameOptions(f -> f.disable())
                        .contentTypeOptions(c -> c.disable())
                        .httpStrictTransportSecurity(s -> s.disable()))
                .addFilterBefore(new BearerTokenFilter(tokens, problems), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new AnonymousApiRateLimitFilter(limiter, limits), BearerTokenFilter.class)
                .authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.GET, PUBLIC_API_READS)
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, PUBLIC_API_WRITES)
                        .permitAll()
                        .requestMatchers("/api/v1/admin/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .exceptionHandling(e ->
                        e.authenticationEntryPoint(problems::unauthorized).accessDeniedHandler(problems::forbidden));
        return http.build();
    }

    /** Present only when an OpenID Connect issuer is configured. */
    @Bean
    @ConditionalOnProperty("prepstack.oidc.issuer-uri")
    ClientRegistrationRepository clientRegistrations(OidcProperties oidc) {
        return new InMemoryClientRegistrationRepository(ClientRegistrations.fromIssuerLocation(oidc.issuerUri())
                .registrationId("oidc")
                .clientId(oidc.clientId())
                .clientSecret(oidc.clientSecret())
                .scope("openid", "email", "profile")
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .build());
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(
            HttpSecurity http,
            UserDetailsService users,
            HashedRememberMeTokens rememberMeTokens,
            SecurityContextRepository pageSecurityContextRepository,
            SignInGuard guard,
            Principals principals,
            AccountProperties accountProperties,
            @Value("${server.servlet.session.timeout:8h}") Duration signedInTimeout,
            ObjectProvider<ClientRegistrationRepository> oidcClients,
            OidcAccounts oidcAccounts)
            throws Exception {
        if (oidcClients.getIfAvailable() != null) {
            http.oauth2Login(o -> o.loginPage("/login")
                    .clientRegistrationRepository(oidcClients.getObject())
                    .userInfoEndpoint(u -> u.oidcUserService(oidcAccounts))
                    .failureUrl("/login?oidc-error")
                    .defaultSuccessUrl("/", false));
        }
        http.securityContext(c -> c.securityContextRepository(pageSecurityContextRepository))
                // Anonymous reading creates no server session: the CSRF token and the page to return
                // to after sign-in travel in cookies until there is a session anyway.
                .csrf(c -> c.csrfTokenRepository(new SessionOrCookieCsrfTokenRepository()))
                .requestCache(r -> r.requestCache(new CookieRequestCache()))
                .addFilterAfter(new EagerCsrfCookieFilter(), CsrfFilter.class)
                // Practice sessions are open to guests (kept in their session); the rest needs an account.
                .authorizeHttpRequests(a -> a.requestMatchers(
                                "/home",
                                "/settings",
                                "/settings/**",
                                "/progress",
                                "/practice/questions/**",
                                "/practice/notebook",
                                "/practice/reset",
                                "/practice/export/**",
                                "/practice/plans",
                                "/practice/plans/**",
                                "/mock-interviews",
                                "/mock-interviews/**",
                                "/hiring",
                                "/hiring/**",
                                "/my-questions",
                                "/my-questions/**",
                                "/suggestions",
                                "/suggestions/**",
                                "/editorial",
                                "/editorial/**",
                                "/questions/*/changes")
                        .authenticated()
                        .requestMatchers("/admin", "/admin/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .permitAll())
                .formLogin(f -> f.loginPage("/login")
                        .usernameParameter("email")
                        .failureUrl("/login?error")
                        .defaultSuccessUrl("/", false)
                        .permitAll())
                .rememberMe(r -> {
                    var services = rememberMe(users, rememberMeTokens);
                    r.rememberMeServices(services).key(services.getKey());
                })
                .logout(l ->
                        l.logoutUrl("/logout").logoutSuccessUrl("/?signed-out").deleteCookies("JSESSIONID"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(h -> h.frameOptions(f -> f.disable())
                        .contentTypeOptions(c -> c.disable())
                        .httpStrictTransportSecurity(s -> s.disable()))
                .addFilterBefore(new SignInRateLimitFilter(guard), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(
                        new FreshPrincipalFilter(
                                principals,
                                pageSecurityContextRepository,
                                accountProperties.guestSessionTimeout(),
                                signedInTimeout),
                        AuthorizationFilter.class)
                .exceptionHandling(e -> e.accessDeniedHandler(
                        (request, response, denied) -> response.sendError(HttpServletResponse.SC_FORBIDDEN)));
        return http.build();
    }

    private static HashingRememberMeServices rememberMe(UserDetailsService users, HashedRememberMeTokens tokens) {
        // The key only ties this node's remember-me authentications to its provider; logins are in the database.
        var services = new HashingRememberMeServices(java.util.UUID.randomUUID().toString(), users, tokens);
        services.setParameter("remember-me");
        services.setTokenValiditySeconds(30 * 24 * 3600);
        return services;
    }

    /** Problem Details for the API's 401 and 403, written by the security filters themselves. */
    static final class ProblemResponses {

        void unauthorized(
                jakarta.servlet.http.HttpServletRequest request,
                HttpServletResponse response,
                org.springframework.security.core.AuthenticationException e)
                throws java.io.IOException {
            write(response, 401, "Unauthorized", "Send a personal access token: Authorization: Bearer <token>.");
        }

        void forbidden(
                jakarta.servlet.http.HttpServletRequest request,
                HttpServletResponse response,
                org.springframework.security.access.AccessDeniedException e)
                throws java.io.IOException {
            write(response, 403, "Forbidden", "Your account lacks the role this needs.");
        }

        void write(HttpServletResponse response, int status, String title, String detail) throws java.io.IOException {
            response.setStatus(status);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            if (status == 401) {
                response.setHeader("WWW-Authenticate", "Bearer");
            }
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\"}"
                            .formatted(title, status, detail));
        }
    }
}
