package org.innovationportfolio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.innovationportfolio.ui.HeadlessJava;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code bench}'s two floors, each in its own JVM as bench starts them: they show, print the marker and exit. */
class BareWindowTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"", BareWindow.TABLE})
    void eachFloorPrintsTheBenchMarkerOnceShownAndExits(String mode) throws Exception {
        Path output = folder.resolve("output.txt");
        Process process = new ProcessBuilder(HeadlessJava.command(BareWindow.class,
                mode.isEmpty() ? List.of() : List.of(mode)))
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        boolean ended = process.waitFor(3, TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly();
        }

        String printed = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(ended).as("the window closed itself; it printed:%n%s", printed).isTrue();
        assertThat(printed).contains(BenchCommand.FIRST_SHOWN_MARKER);
        assertThat(process.exitValue()).as(printed).isZero();
    }
}
