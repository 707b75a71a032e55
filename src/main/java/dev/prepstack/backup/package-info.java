/** Backups of all data in a versioned format that restores into H2 or PostgreSQL, and H2 online backups. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Backup",
        allowedDependencies = {"account", "shared"})
package dev.prepstack.backup;
