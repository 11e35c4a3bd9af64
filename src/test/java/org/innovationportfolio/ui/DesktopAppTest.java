package org.innovationportfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link DesktopApp#run} in its own process (it ends the JavaFX toolkit, which this test process shares
 * with every TestFX test): it opens the window, returns when the window is closed, and lets the process end.
 */
class DesktopAppTest {

    @TempDir
    Path dataFolder;

    @Test
    void runReturnsWhenTheWindowIsClosedAndRemembersItsPlace() throws Exception {
        Path output = dataFolder.resolve("output.txt");
        Process process = new ProcessBuilder(command()).redirectErrorStream(true).redirectOutput(output.toFile())
                .start();
        boolean ended = process.waitFor(3, TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly();
        }

        String printed = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(ended).as("the process ended by itself; it printed:%n%s", printed).isTrue();
        assertThat(process.exitValue()).as(printed).isZero();
        assertThat(printed).contains(DesktopAppProcess.RETURNED);
        assertThat(dataFolder.resolve(WindowPlacement.FILE_NAME)).isRegularFile();
    }

    @Test
    void aRefusedOpeningTakesTheAlreadyShownWindowDownAndReachesTheCallerWithJavaFxStillUp() throws Exception {
        Path output = dataFolder.resolve("output.txt");
        Process process = new ProcessBuilder(command(DesktopAppProcess.REFUSE)).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        boolean ended = process.waitFor(3, TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly();
        }

        String printed = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(ended).as("the process ended by itself; it printed:%n%s", printed).isTrue();
        assertThat(printed)
                .contains(DesktopAppProcess.SHOWN_BEFORE_REFUSAL)
                .contains(DesktopAppProcess.THREW + DesktopAppProcess.REFUSAL)
                .contains(DesktopAppProcess.WINDOWS_LEFT + "0")
                .doesNotContain(DesktopAppProcess.RETURNED);
        assertThat(process.exitValue()).as(printed).isZero();
    }

    private List<String> command(String... arguments) {
        List<String> all = new ArrayList<>(List.of(dataFolder.toString()));
        all.addAll(List.of(arguments));
        return HeadlessJava.command(DesktopAppProcess.class, all);
    }
}
