package org.innovationportfolio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code innovation-portfolio FILE.ippack}: which command lines open the window on a pack, and which are refused. */
class PackArgumentTest {

    @TempDir
    Path temp;

    @Test
    void aPackAloneOrWithTheDataFolderOpensTheWindow() {
        assertThat(RootCommand.opensWindow(new String[] {"/home/sam/Downloads/from Sam.ippack"})).isTrue();
        assertThat(RootCommand.opensWindow(new String[] {"C:\\Users\\Zoë\\Desktop\\PACK.IPPACK"})).isTrue();
        assertThat(RootCommand.opensWindow(new String[] {"--data-dir", "/d", "x.ippack"})).isTrue();
        assertThat(RootCommand.opensWindow(new String[] {"x.ippack", "--data-dir=/d"})).isTrue();
        assertThat(RootCommand.opensWindow(new String[] {})).isTrue();
    }

    @Test
    void commandsTwoPacksAndOtherFilesAreNotTheWindow() {
        assertThat(RootCommand.opensWindow(new String[] {"portfolio", "list"})).isFalse();
        assertThat(RootCommand.opensWindow(new String[] {"a.ippack", "b.ippack"})).isFalse();
        assertThat(RootCommand.opensWindow(new String[] {"notes.txt"})).isFalse();
        assertThat(RootCommand.opensWindow(new String[] {"pack", "import", "x.ippack"})).isFalse();
        assertThat(RootCommand.opensWindow(new String[] {"-x.ippack"})).isFalse();
    }

    @Test
    void aFileThatIsNoPackIsAUsageErrorAndStartsNothing() {
        Path data = temp.resolve("data");

        Cli.Result result = Cli.on(data).run("notes.txt");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("'notes.txt' is neither a command nor a project pack")
                .contains(".ippack").contains("--help");
        assertThat(data).doesNotExist();
    }

    @Test
    void twoPacksAreAUsageError() {
        Path data = temp.resolve("data");

        Cli.Result result = Cli.on(data).run("a.ippack", "b.ippack");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("b.ippack");
        assertThat(data).doesNotExist();
    }

    @Test
    void thePackIsNotTakenForASubcommandsArgument() {
        Path data = temp.resolve("data");
        assertThat(Cli.on(data).run("sample", "load").exitCode()).isZero();

        Cli.Result result = Cli.on(data).run("pack", "import", temp.resolve("missing.ippack").toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("There is no pack file at").contains("missing.ippack");
    }
}
