package dev.prepstack.hiring;

import dev.prepstack.shared.NotFoundException;

/** A kit's latest version number and whether it was deleted: what publishing a next version depends on. */
record KitHead(long id, int currentVersion, boolean archived) {

    /** The number the next version gets; a deleted kit gets none. */
    int nextVersion() {
        if (archived) {
            throw new NotFoundException("No kit " + id + " (it was deleted)");
        }
        return currentVersion + 1;
    }
}
