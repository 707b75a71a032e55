package dev.prepstack.account.web;

import dev.prepstack.account.AccessTokens;
import dev.prepstack.account.Account;
import dev.prepstack.account.AccountUser;
import dev.prepstack.account.Accounts;
import dev.prepstack.account.PasswordResets;
import dev.prepstack.account.SignInGuard;
import dev.prepstack.shared.RateLimitProperties;
import dev.prepstack.shared.RateLimiter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Accounts", description = "Sign-up, the signed-in account, personal access tokens")
class AccountApiController {

    private final Accounts accounts;
    private final AccessTokens tokens;
    private final SignInGuard guard;
    private final PasswordResets resets;
    private final RateLimiter limiter;
    private final RateLimitProperties limits;

    AccountApiController(
            Accounts accounts,
            AccessTokens tokens,
            SignInGuard guard,
            PasswordResets resets,
            RateLimiter limiter,
            RateLimitProperties limits) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.guard = guard;
        this.resets = resets;
        this.limiter = limiter;
        this.limits = limits;
    }

    record SignUp(String email, String displayName, String password) {}

    record AccountResponse(long id, String email, String displayName, List<String> roles) {}

    record Me(long id, String email, String displayName, List<String> roles, String timeZone) {}

    record MeUpdate(String displayName, String timeZone) {}

    record TokenRequest(String email, String password, String name, Integer expiresInDays) {}

    record TokenResponse(long id, String name, String token, Instant expiresAt) {}

    record ResetRequest(String email) {}

    @PostMapping("/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an account (rate limited per IP)")
    AccountResponse signUp(@RequestBody SignUp body, HttpServletRequest request) {
        limiter.check("sign-up", request.getRemoteAddr(), limits.signUpPerHour(), Duration.ofHours(1));
        Account a = accounts.register(
                new Accounts.Registration(body.email(), body.displayName(), body.password()), request.getRemoteAddr());
        return new AccountResponse(a.id(), a.email(), a.displayName(), roles(a));
    }

    @GetMapping("/me")
    @Operation(summary = "The account the token belongs to")
    Me me(@AuthenticationPrincipal AccountUser user) {
        return toMe(accounts.find(user.id()).orElseThrow());
    }

    @PatchMapping("/me")
    @Operation(summary = "Change display name or time zone")
    Me update(@AuthenticationPrincipal AccountUser user, @RequestBody MeUpdate body) {
        Account current = accounts.find(user.id()).orElseThrow();
        return toMe(accounts.updateSettings(
                user.id(),
                body.displayName() == null ? current.displayName() : body.displayName(),
                body.timeZone() == null ? current.timeZone().getId() : body.timeZone()));
    }

    @GetMapping("/me/export")
    @Operation(summary = "Everything Prepstack stores about the account, as JSON")
    Map<String, Object> export(@AuthenticationPrincipal AccountUser user) {
        return accounts.export(user.id());
    }

    /** The account's password, asked again before the account is deleted. */
    record DeleteRequest(String password) {}

    @DeleteMapping("/me")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete the account and all of its personal data; the body gives the password again")
    void delete(
            @AuthenticationPrincipal AccountUser user,
            @RequestBody(required = false) DeleteRequest body,
            HttpServletRequest request) {
        accounts.delete(user.id(), "password", body == null ? null : body.password(), request.getRemoteAddr());
    }

    @PostMapping("/auth/tokens")
    @Operation(summary = "Exchange email and password for a personal access token (shown once)")
    ResponseEntity<?> createToken(@RequestBody TokenRequest body, HttpServletRequest request) {
        var user = guard.verify(body.email(), body.password(), request.getRemoteAddr());
        if (user.isEmpty()) {
            ProblemDetail problem =
                    ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "Email or password is wrong.");
            problem.setTitle("Unauthorized");
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
        }
        var issued = tokens.create(user.get().id(), body.name(), body.expiresInDays(), request.getRemoteAddr());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new TokenResponse(issued.id(), issued.name(), issued.token(), issued.expiresAt()));
    }

    @GetMapping("/auth/tokens")
    @Operation(summary = "The account's live tokens (without their secrets)")
    List<AccessTokens.TokenInfo> listTokens(@AuthenticationPrincipal AccountUser user) {
        return tokens.list(user.id());
    }

    @DeleteMapping("/auth/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke one of the account's tokens")
    void revoke(@AuthenticationPrincipal AccountUser user, @PathVariable long id, HttpServletRequest request) {
        tokens.revoke(user.id(), id, request.getRemoteAddr());
    }

    @PostMapping("/auth/password-resets")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Mail a reset link if the address has an account (the answer is the same either way)")
    Map<String, String> requestReset(@RequestBody ResetRequest body, HttpServletRequest request) {
        String email = body.email() == null ? "" : body.email();
        limiter.check("reset-ip", request.getRemoteAddr(), limits.resetPerHour(), Duration.ofHours(1));
        limiter.check(
                "reset-account",
                email.strip().toLowerCase(java.util.Locale.ROOT),
                limits.resetPerHour(),
                Duration.ofHours(1));
        if (email.length() <= 254) {
            resets.requestByMail(email, request.getRemoteAddr());
        }
        return Map.of("status", "If an account exists for this address, a reset link is on its way.");
    }

    static List<String> roles(Account a) {
        return a.roles().stream().map(Enum::name).sorted().toList();
    }

    private static Me toMe(Account a) {
        return new Me(a.id(), a.email(), a.displayName(), roles(a), a.timeZone().getId());
    }
}
