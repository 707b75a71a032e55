/**
 * The signed-in person's home: what is due today with one button to continue, the last mock
 * interview's score and trend, and the next step of the learning path. It only reads the other
 * modules' public APIs.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Home",
        allowedDependencies = {"account", "practice", "interview", "shared"})
package dev.prepstack.home;
