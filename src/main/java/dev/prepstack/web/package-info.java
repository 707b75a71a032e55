/**
 * Cross-cutting web plumbing: request filters (host check, size limits, request ids, security
 * headers, outages), Problem Details for every API error, the site's error page and the rendered-page
 * cache of the bank's public pages.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Web",
        allowedDependencies = {"account", "catalog", "search", "shared"})
package dev.prepstack.web;
