package org.innovationportfolio.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.innovationportfolio.logic.backup.RestorePreview;
import org.junit.jupiter.api.Test;

/** How the status bar and the Restore window word a backup's time and a restore's preview. */
class BackupStatusTextTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-03T14:05:00Z"), ZoneId.of("Europe/London"));

    @Test
    void theLastBackupReadsTodayWithItsTimeOrItsDateAndTime() {
        assertThat(BackupStatusViewModel.when(Instant.parse("2025-03-03T09:12:00Z"), CLOCK)).isEqualTo("today 09:12");
        assertThat(BackupStatusViewModel.when(Instant.parse("2025-03-02T23:59:00Z"), CLOCK))
                .isEqualTo("2 Mar 2025 23:59");
        // British Summer Time: 08:12 UTC is 09:12 in London.
        assertThat(BackupStatusViewModel.dateTime(Instant.parse("2025-07-03T08:12:00Z"), CLOCK))
                .isEqualTo("3 Jul 2025 09:12");
    }

    @Test
    void thePreviewNamesWhatARestoreWouldBringBackRemoveAndChange() {
        String text = RestoreWindowViewModel.text(new RestorePreview(12, 13, List.of("Kinship Connected"),
                List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J"), List.of()));

        assertThat(text).startsWith("This backup holds 12 projects; the portfolio now holds 13 projects.")
                .contains("• bring back 1 project: Kinship Connected")
                .contains("• remove 10 projects: A, B, C, D, E, F, G, H and 2 more")
                .doesNotContain("earlier version");
        assertThat(RestoreWindowViewModel.text(new RestorePreview(3, 3, List.of(), List.of(), List.of())))
                .endsWith("Restoring it would change no project.");
    }
}
