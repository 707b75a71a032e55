package dev.prepstack.hiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prepstack.shared.NotFoundException;
import org.junit.jupiter.api.Test;

/** Publishing a kit version: the next number, and none for a deleted kit. */
class KitHeadTest {

    @Test
    void aKitGetsTheNextVersionNumberUnlessItWasDeleted() {
        assertThat(new KitHead(9, 3, false).nextVersion()).isEqualTo(4);
        assertThatThrownBy(() -> new KitHead(9, 3, true).nextVersion())
                .isInstanceOf(NotFoundException.class)
                .hasMessage("No kit 9 (it was deleted)");
    }
}
