package org.innovationportfolio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.innovationportfolio.logic.backup.BackupShelf;
import org.innovationportfolio.logic.backup.RestorePreview;
import org.innovationportfolio.logic.backup.SavedBackup;
import org.innovationportfolio.model.Project;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Automatic backups on real Derby in a temporary folder: when they are taken, checked, rotated and copied. */
class AutoBackupsTest {

    @TempDir
    Path folder;
    @TempDir
    Path second;

    private final MovableClock clock = new MovableClock(Instant.parse("2025-03-03T09:12:00Z"), ZoneId.of("Europe/London"));
    private Database database;
    private AutoBackups backups;

    @BeforeEach
    void open() {
        database = Database.open(folder);
        database.store().writing(r -> r.projects().save(TestData.fullProject("Kinship Connected")));
        backups = new AutoBackups(database, clock);
        backups.sessionStarted();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theFirstStartOfADayTakesACheckedOwnerOnlyBackupAndLaterStartsThatDayDoNot() throws IOException {
        BackupShelf.Outcome first = backups.backUpAtStart();

        assertThat(first.written()).hasValueSatisfying(b -> {
            assertThat(b.file()).isRegularFile().hasParent(folder.resolve("backups"));
            assertThat(b.file().getFileName().toString()).isEqualTo("auto-2025-03-03-091200.zip");
            assertThat(b.projects()).isEqualTo(1);
            assertThat(b.kind()).isEqualTo(SavedBackup.Kind.AUTOMATIC);
        });
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first.written().get().file())))
                    .isEqualTo("rw-------");
        }
        new BackupChecker(org.innovationportfolio.logic.backup.ZipLimits.BACKUP)
                .check(first.written().get().file(), database.schemaVersion());

        clock.advance(Duration.ofHours(5));
        assertThat(backups.backUpAtStart().written()).as("second start the same day").isEmpty();

        clock.advance(Duration.ofHours(12)); // 4 Mar 02:12 in London
        assertThat(backups.backUpAtStart().written()).as("first start the next day").isPresent();
        assertThat(backups.list()).hasSize(2);
        assertThat(names()).noneMatch(n -> n.startsWith("."));
    }

    @Test
    void theExitBackupIsTakenOnlyAfterChanges() {
        assertThat(backups.backUpOnExit().written()).as("nothing written this session").isEmpty();

        database.store().writing(r -> r.projects().save(TestData.fullProject("Digital front door")));
        assertThat(backups.changedSinceLastBackup()).isTrue();
        clock.advance(Duration.ofMinutes(1));
        assertThat(backups.backUpOnExit().written()).hasValueSatisfying(b -> assertThat(b.projects()).isEqualTo(2));

        assertThat(backups.backUpOnExit().written()).as("nothing written since that backup").isEmpty();
    }

    @Test
    void theStartBackupCountsAsBackingUpWhatWasWrittenBeforeIt() {
        database.store().writing(r -> r.projects().save(TestData.fullProject("Digital front door")));
        backups.backUpAtStart();

        assertThat(backups.changedSinceLastBackup()).isFalse();
        assertThat(backups.backUpOnExit().written()).isEmpty();
    }

    @Test
    void dailyBackupsOverSixtyDaysAreRotatedSevenDailyFourWeeklyAndTwelveMonthly() throws IOException {
        // 59 daily backups from 3 Mar 2025 (copies of one real backup, named as the app names them), then the 60th
        // day's start: 3 Mar to 1 May 2025.
        Path real = folder.resolve("real.zip");
        database.backupTo(real);
        for (int day = 0; day < 59; day++) {
            plant(real, "auto-" + java.time.LocalDate.parse("2025-03-03").plusDays(day) + "-091200.zip");
        }
        clock.advance(Duration.ofDays(59));

        backups.backUpAtStart();

        // Daily: 25 Apr - 1 May; weekly (ISO weeks): 27 Apr is daily already, 20 and 13 Apr; monthly: 31 Mar (April's
        // and May's newest are kept already); 3 Mar and the rest of March are older than all these.
        assertThat(names()).containsExactlyInAnyOrder("auto-2025-03-31-091200.zip", "auto-2025-04-13-091200.zip",
                "auto-2025-04-20-091200.zip", "auto-2025-04-25-091200.zip", "auto-2025-04-26-091200.zip",
                "auto-2025-04-27-091200.zip", "auto-2025-04-28-091200.zip", "auto-2025-04-29-091200.zip",
                "auto-2025-04-30-091200.zip", "auto-2025-05-01-091200.zip");
    }

    @Test
    void theCopiesKeptBeforeRestoresTakePartInRotationAndImportBackupsAreLeftAlone() throws IOException {
        Path real = folder.resolve("real.zip");
        database.backupTo(real);
        Path keptBeforeRestore = database.restoreFrom(real); // named by the real time
        assertThat(keptBeforeRestore.getFileName().toString()).startsWith("before-restore-");
        Path oldRestoreCopy = plant(real, "before-restore-2024-01-15-100000.zip");
        Path importBackup = plant(real, "before-import-20240101-000000-000-abcdef12.zip");
        Path aside = Files.createDirectories(folder.resolve(".db-before-restore-"
                + Instant.parse("2024-01-10T10:00:00Z").toEpochMilli()));
        // A backup on the 15th of each of the 13 months after January 2024.
        for (int month = 1; month <= 13; month++) {
            plant(real, "auto-" + java.time.LocalDate.parse("2024-01-15").plusMonths(month) + "-091200.zip");
        }

        backups.backUpAtStart(); // 3 Mar 2025

        assertThat(oldRestoreCopy).as("January 2024: older than 12 newer months of backups").doesNotExist();
        assertThat(aside).as("the database an interrupted restore set aside, January 2024").doesNotExist();
        assertThat(keptBeforeRestore).as("the newest good backup").exists();
        assertThat(importBackup).as("kept for undoing its import").exists();
    }

    private Path plant(Path backup, String name) throws IOException {
        Path backupsFolder = Files.createDirectories(folder.resolve("backups"));
        return Files.copy(backup, backupsFolder.resolve(name));
    }

    @Test
    void theListGivesDateSizeAndProjectsNewestFirstAndSkipsWhatIsNotABackup() throws IOException {
        Path morning = backups.backUpAtStart().written().orElseThrow().file();
        Files.copy(morning, folder.resolve("backups").resolve("before-import-20250101-000000-000-abcdef12.zip"));
        database.store().writing(r -> r.projects().save(TestData.fullProject("Digital front door")));
        clock.advance(Duration.ofHours(3));
        backups.backUpOnExit();
        Files.writeString(folder.resolve("backups").resolve("not-a-backup.zip"), "no");

        List<SavedBackup> list = backups.list();

        assertThat(morning).as("the same day's newer backup takes its daily place").doesNotExist();
        assertThat(list).extracting(SavedBackup::kind).containsExactly(SavedBackup.Kind.AUTOMATIC,
                SavedBackup.Kind.BEFORE_IMPORT);
        assertThat(list).extracting(SavedBackup::projects).containsExactly(2, 1);
        assertThat(list.get(0).taken()).isEqualTo(Instant.parse("2025-03-03T12:12:00Z"));
        assertThat(list.get(0).bytes()).isEqualTo(Files.size(list.get(0).file()));
        assertThat(backups.lastGood()).contains(list.get(0));
    }

    @Test
    void thePreviewNamesTheProjectsARestoreWouldAddRemoveAndChange() {
        Project kept = TestData.fullProject("Stays the same");
        Project changed = TestData.fullProject("Will change");
        Project deleted = TestData.fullProject("Deleted since");
        database.store().writing(r -> {
            r.projects().save(kept);
            r.projects().save(changed);
            r.projects().save(deleted);
        });
        Path file = backups.backUpAtStart().written().orElseThrow().file();
        database.store().writing(r -> {
            r.projects().delete(deleted.id());
            r.projects().save(TestData.fullProject("Added since"));
            Project edited = r.projects().find(changed.id()).orElseThrow();
            org.innovationportfolio.model.Stage[] stages = org.innovationportfolio.model.Stage.values();
            r.projects().save(edited.withStage(stages[(edited.stage().ordinal() + 1) % stages.length],
                    Instant.parse("2025-03-04T10:00:00Z")));
        });

        RestorePreview preview = backups.preview(file);

        assertThat(preview.projectsInBackup()).isEqualTo(4);
        assertThat(preview.projectsNow()).isEqualTo(4);
        assertThat(preview.added()).containsExactly("Deleted since");
        assertThat(preview.removed()).containsExactly("Added since");
        assertThat(preview.changed()).containsExactly("Will change");
        assertThat(folder).isDirectoryNotContaining(p -> p.getFileName().toString().startsWith(".restore-"));
    }

    @Test
    void eachBackupIsCopiedToTheSecondFolderAndAFolderThatDisappearsIsReportedOnceWhileBackupsGoOn() throws IOException {
        Path chosen = Files.createDirectories(second.resolve("OneDrive"));
        backups.setSecondFolder(chosen);
        assertThat(backups.secondFolder()).contains(chosen);

        BackupShelf.Outcome first = backups.backUpAtStart();
        assertThat(first.warning()).isEmpty();
        assertThat(chosen.resolve(first.written().orElseThrow().file().getFileName())).hasSameBinaryContentAs(
                first.written().get().file());

        Files.delete(chosen.resolve(first.written().get().file().getFileName()));
        Files.delete(chosen); // the drive is unplugged, the network is down
        database.store().writing(r -> r.projects().save(TestData.fullProject("Digital front door")));
        clock.advance(Duration.ofMinutes(5));
        BackupShelf.Outcome unreachable = backups.backUpOnExit();
        assertThat(unreachable.written()).isPresent();
        assertThat(unreachable.warning()).hasValueSatisfying(w -> assertThat(w).contains(chosen.toString())
                .contains("cannot be reached").contains("keeps working"));
        assertThat(chosen).doesNotExist();

        database.store().writing(r -> r.projects().save(TestData.fullProject("Third")));
        clock.advance(Duration.ofMinutes(5));
        BackupShelf.Outcome again = backups.backUpOnExit();
        assertThat(again.written()).isPresent();
        assertThat(again.warning()).as("said once a session").isEmpty();
        assertThat(backups.lastGood()).contains(again.written().get());
    }

    @Test
    void aSecondFolderInsideTheDataFolderIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> backups.setSecondFolder(folder.resolve("backups")))
                .hasMessageContaining("outside the data folder");
        assertThat(backups.secondFolder()).isEmpty();
    }

    private List<String> names() {
        try (Stream<Path> files = Files.list(folder.resolve("backups"))) {
            return files.map(f -> f.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
