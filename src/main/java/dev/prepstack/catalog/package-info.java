/**
 * The question bank as the application serves it: {@link dev.prepstack.catalog.Catalog}, an immutable
 * in-memory snapshot of topics, questions, roles and the learning path that every module and page
 * reads, swapped whole after each sync; {@link dev.prepstack.catalog.CatalogSync} writes the bank into
 * the database and announces {@link dev.prepstack.catalog.ContentSynced}. The administrator's
 * "reload content" (page and API) is here too, recorded in the account module's audit log.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Catalog",
        allowedDependencies = {"account", "content", "shared"})
package dev.prepstack.catalog;
