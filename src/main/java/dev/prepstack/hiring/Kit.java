package dev.prepstack.hiring;

import dev.prepstack.content.Level;
import java.time.Instant;
import java.util.List;

/** One version of an interview kit; {@code currentVersion} is the kit's latest. */
public record Kit(
        long id,
        long organisationId,
        int version,
        int currentVersion,
        String title,
        String role,
        Level level,
        int minutesPerQuestion,
        List<String> attributes,
        List<KitItem> items,
        String author,
        Instant versionCreatedAt,
        boolean archived) {

    public int totalMinutes() {
        return minutesPerQuestion * items.size();
    }

    public boolean latest() {
        return version == currentVersion;
    }

    public KitItem item(int position) {
        return items.stream()
                .filter(i -> i.position() == position)
                .findFirst()
                .orElseThrow(() -> new dev.prepstack.shared.InvalidParameterException(
                        "position", "must be a question of the kit (1 to " + items.size() + ")"));
    }
}
