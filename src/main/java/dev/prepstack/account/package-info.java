/**
 * Identity, the ground floor: accounts and roles ({@link dev.prepstack.account.Accounts}), personal
 * access tokens ({@link dev.prepstack.account.AccessTokens}), password resets, sign-in guarding and
 * the audit log ({@link dev.prepstack.account.AuditLog}). Other modules join the account's export and
 * deletion through the {@link dev.prepstack.account.PersonalData} port. It depends on no business
 * module: admin screens of other modules (reloading the content) live in those modules.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Accounts",
        allowedDependencies = {"shared"})
package dev.prepstack.account;
