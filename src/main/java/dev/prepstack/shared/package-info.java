/**
 * Small types every module may use: errors that map to HTTP statuses, rate limits, paging, public
 * URLs, opaque tokens, user-text checks and events that concern every module ({@code DataRestored}).
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.prepstack.shared;
