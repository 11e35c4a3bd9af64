package org.innovationportfolio.logic.backup;

import java.util.List;

/**
 * What restoring a backup would change, by project title, read from the checked backup's database.
 *
 * @param projectsInBackup how many projects the backup holds
 * @param projectsNow how many the portfolio holds now
 * @param added projects in the backup and not now: restoring brings them back
 * @param removed projects now and not in the backup: restoring removes them
 * @param changed projects in both whose details differ: restoring puts back the backup's version
 */
public record RestorePreview(int projectsInBackup, int projectsNow, List<String> added, List<String> removed,
        List<String> changed) {

    public RestorePreview {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    /** True when the backup's projects are the portfolio's as they are now. */
    public boolean changesNothing() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
}
