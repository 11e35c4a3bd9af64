package org.innovationportfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The password prompt by keyboard alone: a wrong password is said and another try allowed; Escape cancels. */
class PasswordDialogTest {

    private final FxRobot robot = new FxRobot();
    private final AtomicInteger tries = new AtomicInteger();

    @BeforeEach
    void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.asyncFx(AppLook::applyTheme).get();
    }

    @AfterEach
    void closeAll() throws Exception {
        FxToolkit.cleanupStages();
    }

    private CompletableFuture<Optional<char[][]>> prompt() {
        CompletableFuture<Optional<char[][]>> answer = new CompletableFuture<>();
        javafx.application.Platform.runLater(() -> answer.complete(new PasswordDialog(null, "Innovation Portfolio",
                "This portfolio is protected with a password", "Type the password to open the portfolio.", "Open",
                List.of(new PasswordDialog.Field("_Password:", false)), false)
                .checkingWith(typed -> {
                    tries.incrementAndGet();
                    return new String(typed[0]).equals("right password") ? null
                            : "That password does not open this portfolio.";
                }, "Opening the portfolio…")
                .showAndWait()));
        return answer;
    }

    @Test
    void aWrongPasswordIsSaidInTheDialogAndTheRightOneThenOpens() throws Exception {
        CompletableFuture<Optional<char[][]>> answer = prompt();
        WaitForAsyncUtils.waitForFxEvents();
        PasswordField field = robot.lookup(".password-field").queryAs(PasswordField.class);
        assertThat(field.isFocused()).isTrue();
        assertThat(field.getAccessibleText()).isEqualTo("Password:");

        robot.write("wrong").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(n -> n instanceof Label l
                && "That password does not open this portfolio.".equals(l.getText()) && l.isVisible()).tryQuery()
                .isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(answer).isNotDone();
        assertThat(field.getText()).isEmpty();
        assertThat(field.getAccessibleHelp()).isEqualTo("That password does not open this portfolio.");

        robot.clickOn(field).write("right password").type(KeyCode.ENTER);

        Optional<char[][]> typed = answer.get(10, TimeUnit.SECONDS);
        assertThat(typed).isPresent();
        assertThat(new String(typed.get()[0])).isEqualTo("right password");
        assertThat(tries).hasValue(2);
    }

    @Test
    void escapeCancels() throws Exception {
        CompletableFuture<Optional<char[][]>> answer = prompt();
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ESCAPE);
        assertThat(answer.get(10, TimeUnit.SECONDS)).isEmpty();
        assertThat(tries).hasValue(0);
    }
}
