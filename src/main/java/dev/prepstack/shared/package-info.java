/** Small types every module may use: errors that map to HTTP statuses. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.prepstack.shared;
