package dev.prepstack.interview;

import dev.prepstack.content.Kind;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Time a mock interview gives each question, by kind; the follow-ups of a question share its time.
 *
 * @param technical a technical question (default 5 minutes)
 * @param scenario a scenario question (default 8 minutes)
 * @param systemDesign a system design question (default 20 minutes)
 * @param behavioral a behavioral question (default 6 minutes)
 */
@ConfigurationProperties("prepstack.mock-interview")
public record InterviewProperties(
        @DefaultValue("5m") Duration technical,
        @DefaultValue("8m") Duration scenario,
        @DefaultValue("20m") Duration systemDesign,
        @DefaultValue("6m") Duration behavioral) {

    public InterviewProperties {
        for (Duration d : new Duration[] {technical, scenario, systemDesign, behavioral}) {
            if (d.isNegative() || d.isZero() || d.compareTo(Duration.ofHours(2)) > 0) {
                throw new IllegalArgumentException("prepstack.mock-interview.* limits must be between 1 s and 2 h");
            }
        }
    }

    public int secondsFor(Kind kind) {
        Duration d = switch (kind) {
            case TECHNICAL -> technical;
            case SCENARIO -> scenario;
            case SYSTEM_DESIGN -> systemDesign;
            case BEHAVIORAL -> behavioral;
        };
        return (int) d.toSeconds();
    }
}
