package org.innovationportfolio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command that writes an {@code --out} file refuses one inside the data folder, however the path
 * is spelt (directly, through {@code ..}, through a link), so it can never overwrite the live database.
 */
class OutputInsideDataFolderTest {

    // One sample portfolio for every case (loading it is the slow part); each case checks it is untouched.
    @TempDir
    static Path temp;

    private static Path data;
    private static Cli cli;
    private static Path serviceProperties;
    private static Path link;
    private static byte[] before;

    @BeforeAll
    static void samplePortfolio() throws IOException {
        data = temp.resolve("data");
        cli = Cli.on(data);
        assertThat(cli.run("sample", "load").exitCode()).isZero();
        serviceProperties = data.resolve("db").resolve("service.properties");
        before = Files.readAllBytes(serviceProperties);
        link = Files.createSymbolicLink(temp.resolve("looks-elsewhere"), data);
        Files.createDirectories(temp.resolve("elsewhere"));
    }

    static Stream<Arguments> commandsAndSpellings() {
        List<Arguments> all = new ArrayList<>();
        for (String spelling : List.of("direct", "dot-dot", "link")) {
            all.add(Arguments.of(List.of("portfolio", "list", "--format", "json", "--out"), spelling));
            all.add(Arguments.of(List.of("catalogue", "export", "--format", "csv", "--out"), spelling));
            all.add(Arguments.of(List.of("backup", "--out"), spelling));
            all.add(Arguments.of(List.of("pack", "export", "--out"), spelling));
            all.add(Arguments.of(List.of("briefing", "--format", "docx", "--out"), spelling));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("commandsAndSpellings")
    void anOutputFileInsideTheDataFolderIsRefusedAndTheDatabaseIsUntouched(List<String> command, String spelling)
            throws IOException {
        List<String> args = new ArrayList<>(command);
        args.add(spelled(spelling).toString());

        Cli.Result result = cli.run(args.toArray(String[]::new));

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.err()).contains("inside the data folder").contains("Choose a file outside that folder")
                .doesNotContain("\tat ");
        assertThat(Files.readAllBytes(serviceProperties)).isEqualTo(before);
        assertThat(cli.run("portfolio", "list", "--format", "json").exitCode()).isZero();
    }

    /** The live database's service.properties, reached directly, by way of "..", or through a link. */
    private static Path spelled(String spelling) {
        return switch (spelling) {
            case "direct" -> serviceProperties;
            case "dot-dot" -> temp.resolve("elsewhere").resolve("../data/db/service.properties");
            case "link" -> link.resolve("db").resolve("service.properties");
            default -> throw new IllegalArgumentException(spelling);
        };
    }
}
