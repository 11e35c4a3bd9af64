package org.innovationportfolio.logic.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The rotation as a table: backups taken (a leading "!" marks one that is not good) in, the ones kept out. */
class BackupRotationTest {

    static Stream<Arguments> table() {
        return Stream.of(
                row("nothing taken, nothing kept", "", ""),
                row("the only backup is kept", "2025-03-03T09:00", "2025-03-03T09:00"),
                row("three on one day: the newest of the day", "2025-03-03T09:00 2025-03-03T12:00 2025-03-03T18:00",
                        "2025-03-03T18:00"),
                // Sat 1 Mar and Sun 2 Mar are ISO week 9; 3-9 Mar week 10; Mon 10 Mar week 11.
                row("ten days: the newest seven days, and the newest of each of the other weeks",
                        days("2025-03-01", 10), "2025-03-02T09:00 " + days("2025-03-04", 7)),
                row("fourteen months: the newest twelve months", months("2024-01-15", 14), months("2024-03-15", 12)),
                row("five weeks, one a week: all kept (4 weekly, and daily covers the rest)",
                        "2025-02-03T09:00 2025-02-10T09:00 2025-02-17T09:00 2025-02-24T09:00 2025-03-03T09:00",
                        "2025-02-03T09:00 2025-02-10T09:00 2025-02-17T09:00 2025-02-24T09:00 2025-03-03T09:00"),
                row("a failed newest backup never takes the place of the good one before it",
                        "2025-03-02T09:00 !2025-03-03T09:00", "2025-03-02T09:00"),
                row("the only good one is kept, however old, among failed ones",
                        "2020-01-01T09:00 !2025-03-01T09:00 !2025-03-02T09:00 !2025-03-03T09:00", "2020-01-01T09:00"),
                row("a day's failed backup does not push out the day's good one",
                        "2025-03-03T09:00 !2025-03-03T18:00", "2025-03-03T09:00"),
                row("daily, weekly and monthly together over two years of daily backups",
                        days("2023-03-01", 731), expectedForTwoYears()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void keepsWhatTheTableSays(String what, List<BackupRotation.Candidate<LocalDateTime>> taken,
            List<LocalDateTime> expected) {
        assertThat(BackupRotation.kept(taken)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void theNewestGoodBackupIsAlwaysKeptWhateverElseIsThere() {
        List<BackupRotation.Candidate<LocalDateTime>> taken = new ArrayList<>();
        LocalDateTime newest = LocalDateTime.parse("2025-03-03T09:00");
        for (int i = 0; i < 500; i++) {
            LocalDateTime t = newest.minusHours(7L * i);
            taken.add(new BackupRotation.Candidate<>(t, t, i % 3 != 1));
        }
        assertThat(BackupRotation.kept(taken)).contains(newest)
                .hasSizeLessThanOrEqualTo(BackupRotation.DAILY + BackupRotation.WEEKLY + BackupRotation.MONTHLY);
    }

    @Test
    void aCopyKeptBeforeARestoreOutlivesTheDaysLaterBackupsForAWeek() {
        LocalDateTime beforeRestore = LocalDateTime.parse("2025-03-03T10:00");
        LocalDateTime exit = LocalDateTime.parse("2025-03-03T18:00");
        List<BackupRotation.Candidate<LocalDateTime>> taken = List.of(
                new BackupRotation.Candidate<>(beforeRestore, beforeRestore, true),
                new BackupRotation.Candidate<>(exit, exit, true));
        java.util.Set<LocalDateTime> safety = java.util.Set.of(beforeRestore);

        assertThat(BackupRotation.kept(taken)).as("the plain rotation keeps the newest of the day only")
                .containsExactly(exit);
        assertThat(BackupRotation.kept(taken, safety, exit)).containsExactlyInAnyOrder(beforeRestore, exit);
        assertThat(BackupRotation.kept(taken, safety, LocalDateTime.parse("2025-03-09T18:00")))
                .as("six days on").containsExactlyInAnyOrder(beforeRestore, exit);
        assertThat(BackupRotation.kept(taken, safety, LocalDateTime.parse("2025-03-10T18:00")))
                .as("a week on, the rotation alone decides").containsExactly(exit);
    }

    private static String expectedForTwoYears() {
        // Last day 2025-02-28 (Fri). Daily: 22-28 Feb. Weekly (ISO weeks, newest day of each): Sun 23 Feb is in
        // the daily set already, then Sun 16, 9 and 2 Feb... 4 weeks: 28 Feb (w9), 23 Feb (w8), 16 Feb (w7), 9 Feb (w6).
        // Monthly: the last day of each of the 12 newest months, Mar 2024 to Feb 2025.
        StringBuilder kept = new StringBuilder(days("2025-02-22", 7));
        kept.append(" 2025-02-16T09:00 2025-02-09T09:00");
        LocalDate month = LocalDate.parse("2024-03-01");
        for (int i = 0; i < 11; i++) {
            kept.append(' ').append(month.plusMonths(i + 1L).minusDays(1)).append("T09:00");
        }
        return kept.toString();
    }

    private static String days(String first, int count) {
        LocalDate day = LocalDate.parse(first);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(day.plusDays(i)).append("T09:00");
        }
        return text.toString();
    }

    private static String months(String first, int count) {
        LocalDate day = LocalDate.parse(first);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(day.plusMonths(i)).append("T09:00");
        }
        return text.toString();
    }

    private static Arguments row(String what, String taken, String kept) {
        List<BackupRotation.Candidate<LocalDateTime>> candidates = words(taken).stream()
                .map(w -> {
                    LocalDateTime t = LocalDateTime.parse(w.replace("!", ""));
                    return new BackupRotation.Candidate<>(t, t, !w.startsWith("!"));
                })
                .toList();
        return Arguments.of(what, candidates, words(kept).stream().map(LocalDateTime::parse).toList());
    }

    private static List<String> words(String text) {
        return text.isBlank() ? List.of() : Arrays.asList(text.trim().split("\\s+"));
    }
}
