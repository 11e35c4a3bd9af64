package org.innovationportfolio.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A Mac's open-files event (a pack double-clicked in the Finder) takes the path a pack named on the command
 * line takes: each file, absolute and normalised as {@link RootCommand#pack()} makes it, to the window's
 * import preview, in the order given. The event itself only exists on a Mac; the handling is tested here.
 */
class OpenFileEventsTest {

    @TempDir
    Path folder;

    @Test
    void eachFileOfTheEventGoesToTheImportPreviewAsTheCommandLineWouldSendIt() {
        File first = folder.resolve("from Sam – Überblick.ippack").toFile();
        File relative = new File("packs/../colleague.ippack");
        File second = folder.resolve("sub/../second.IPPACK").toFile();
        List<Path> asked = new ArrayList<>();

        List<Path> handed = OpenFileEvents.open(List.of(first, relative, second), asked::add);

        assertThat(asked).containsExactly(first.toPath().toAbsolutePath(),
                Path.of("colleague.ippack").toAbsolutePath(), folder.resolve("second.IPPACK").toAbsolutePath());
        assertThat(handed).isEqualTo(asked);
        assertThat(asked).allSatisfy(path -> assertThat(path.isAbsolute()).isTrue())
                .allSatisfy(path -> assertThat(path.normalize()).isEqualTo(path));
        assertThat(asked.get(0)).isEqualTo(asTheCommandLineGivesIt(first.getPath()));
    }

    @Test
    void aFileThatIsNoPackIsStillHandedOverForThePreviewToExplain() {
        // The preview says plainly that a folder, a missing file or a text file is no pack (OpenPackTest): an event
        // the user made is never dropped without a word.
        List<Path> asked = new ArrayList<>();

        OpenFileEvents.open(List.of(folder.toFile(), folder.resolve("notes.txt").toFile()), asked::add);

        assertThat(asked).containsExactly(folder.toAbsolutePath(), folder.resolve("notes.txt").toAbsolutePath());
    }

    @Test
    void anEmptyOrNullFileListAsksNothing() {
        List<Path> asked = new ArrayList<>();

        assertThat(OpenFileEvents.open(null, asked::add)).isEmpty();
        assertThat(OpenFileEvents.open(List.of(), asked::add)).isEmpty();
        assertThat(OpenFileEvents.open(Arrays.asList((File) null), asked::add)).isEmpty();
        assertThat(asked).isEmpty();
    }

    @Test
    void onlyAMacIsListenedTo() {
        assertThat(OpenFileEvents.isMac("Mac OS X")).isTrue();
        assertThat(OpenFileEvents.isMac("Linux")).isFalse();
        assertThat(OpenFileEvents.isMac("Windows 11")).isFalse();
        assertThat(OpenFileEvents.isMac(null)).isFalse();
    }

    @Test
    void elsewhereNothingIsRegistered() {
        assumeThat(OpenFileEvents.isMac(System.getProperty("os.name"))).isFalse();

        assertThat(OpenFileEvents.register(path -> { })).isFalse();
    }

    /** What {@code innovation-portfolio FILE} makes of its argument, through the real command line. */
    private static Path asTheCommandLineGivesIt(String argument) {
        RootCommand root = new RootCommand(new CliContext(System.out, System.err, Map.of(), Clock.systemUTC()));
        new CommandLine(root).parseArgs(argument);
        return root.pack();
    }
}
