package org.innovationportfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.innovationportfolio.logic.ports.Protection;
import org.innovationportfolio.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File › Protect with a password…, Change password… and Remove password protection… on a real database. */
class ProtectionViewModelTest {

    @TempDir
    Path dataFolder;

    private Database database;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final Answers answers = new Answers();
    private ProtectionViewModel model;

    /** What the user types in the password dialogs, in turn; an empty queue is Cancel. */
    private static final class Answers implements PasswordQuestions {
        final Deque<char[][]> typed = new ArrayDeque<>();

        @Override
        public Optional<char[]> askNewPassword() {
            return Optional.ofNullable(typed.poll()).map(t -> t[0]);
        }

        @Override
        public Optional<char[][]> askChange() {
            return Optional.ofNullable(typed.poll());
        }

        @Override
        public Optional<char[]> askCurrent() {
            return Optional.ofNullable(typed.poll()).map(t -> t[0]);
        }

        Answers then(String... passwords) {
            char[][] all = new char[passwords.length][];
            for (int i = 0; i < passwords.length; i++) {
                all[i] = passwords[i].toCharArray();
            }
            typed.add(all);
            return this;
        }
    }

    @BeforeEach
    void open() {
        database = Database.open(dataFolder);
        model = new ProtectionViewModel(database, answers, dialogs, new ImmediateTaskRunner());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void protectingWarnsThatAForgottenPasswordIsFinalAndOffersToDeleteUnprotectedBackups() throws Exception {
        Path old = Files.createDirectories(dataFolder.resolve("backups")).resolve("before-import-1.zip");
        database.backupTo(old);
        dialogs.answering(true);
        answers.then("a long password");

        model.protect();

        assertThat(dialogs.errors()).isEmpty();
        assertThat(model.protectedProperty().get()).isTrue();
        assertThat(Database.isProtected(dataFolder)).isTrue();
        assertThat(dialogs.informations()).first().satisfies(i -> assertThat(i.message())
                .contains(Protection.FORGOTTEN_PASSWORD_WARNING));
        assertThat(dialogs.shown()).anySatisfy(s -> assertThat(s.message()).contains("before-import-1.zip"));
        assertThat(old).doesNotExist();
    }

    @Test
    void aWrongCurrentPasswordIsSaidAndNothingChanges() {
        answers.then("a long password");
        model.protect();
        answers.then("not the one!", "another long one", "another long one");

        model.changePassword();

        assertThat(dialogs.errors()).singleElement().satisfies(e -> assertThat(e.message())
                .contains("not this portfolio's current password"));
        assertThat(model.protectedProperty().get()).isTrue();
    }

    @Test
    void changeThenRemoveTheProtection() {
        answers.then("a long password");
        model.protect();
        answers.then("a long password", "another long one");
        model.changePassword();
        assertThat(dialogs.errors()).isEmpty();

        answers.then("another long one");
        model.removeProtection();

        assertThat(dialogs.errors()).isEmpty();
        assertThat(model.protectedProperty().get()).isFalse();
        assertThat(Database.isProtected(dataFolder)).isFalse();
    }

    @Test
    void cancellingChangesNothing() {
        model.protect();
        assertThat(dialogs.shown()).isEmpty();
        assertThat(Database.isProtected(dataFolder)).isFalse();
    }
}
