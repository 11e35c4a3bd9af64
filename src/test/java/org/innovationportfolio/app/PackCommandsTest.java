package org.innovationportfolio.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pack export}, {@code pack import} and {@code pack undo-import} as a script uses them. */
class PackCommandsTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path sender;
    @TempDir
    static Path files;
    static Path pack;
    static String sendersList;

    @TempDir
    Path receiver;

    @BeforeAll
    static void senderExportsTheSample() {
        assertThat(Cli.on(sender).run("sample", "load").exitCode()).isZero();
        pack = files.resolve("sample.ippack");
        Cli.Result export = Cli.on(sender).run("pack", "export", "--out", pack.toString(), "--sender", "Sam Patel");
        assertThat(export.exitCode()).as(export.toString()).isZero();
        assertThat(export.out()).contains("14 projects").contains("2 private notes are withheld")
                .contains("Wrote the pack to " + pack);
        sendersList = Cli.on(sender).run("portfolio", "list", "--format", "json").out();
    }

    String list() {
        return Cli.on(receiver).run("portfolio", "list", "--format", "json").out();
    }

    @Test
    void importIntoAFreshPortfolioGivesTheSamePortfolioList() throws Exception {
        Cli.Result dryRun = Cli.on(receiver).run("pack", "import", pack.toString(), "--dry-run", "--format", "json");
        assertThat(dryRun.exitCode()).as(dryRun.toString()).isZero();
        JsonNode plan = JSON.readTree(dryRun.outBytes());
        assertThat(plan.get("dryRun").asBoolean()).isTrue();
        assertThat(plan.get("counts").get("new").asInt()).isEqualTo(14);
        assertThat(plan.get("pack").get("sender").asText()).isEqualTo("Sam Patel");
        assertThat(JSON.readTree(list())).isEmpty();

        Cli.Result imported = Cli.on(receiver).run("pack", "import", pack.toString());

        assertThat(imported.exitCode()).as(imported.toString()).isZero();
        assertThat(imported.out()).contains("14 projects: 14 new").contains("Imported: 14 new projects");
        assertThat(list()).isEqualTo(sendersList);
    }

    @Test
    void exportWithoutSenderUsesTheOfficersNameOrAsksForOne() throws Exception {
        // The sender's portfolio keeps the officer's name (the first export, as Sam Patel, set it): not $USER.
        Path named = files.resolve("named.ippack");
        Cli.Result export = Cli.on(sender).withEnv("USER", "jbloggs").run("pack", "export", "--out", named.toString());
        assertThat(export.exitCode()).as(export.toString()).isZero();
        Cli.Result plan = Cli.on(receiver).run("pack", "import", named.toString(), "--dry-run", "--format", "json");
        assertThat(JSON.readTree(plan.outBytes()).get("pack").get("sender").asText()).isEqualTo("Sam Patel");

        // A portfolio with no officer's name set: refused plainly, nothing written.
        assertThat(Cli.on(receiver).run("sample", "load").exitCode()).isZero();
        Path unnamed = files.resolve("unnamed.ippack");
        Cli.Result refused = Cli.on(receiver).withEnv("USER", "jbloggs").run("pack", "export", "--out",
                unnamed.toString());
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(2);
        assertThat(refused.err()).contains("Say who is sending the pack: add --sender");
        assertThat(unnamed).doesNotExist();
    }

    @Test
    void reimportingTheSamePackChangesNothing() throws Exception {
        Cli.on(receiver).run("pack", "import", pack.toString());

        Cli.Result again = Cli.on(receiver).run("pack", "import", pack.toString(), "--format", "json");

        assertThat(again.exitCode()).isZero();
        JsonNode result = JSON.readTree(again.outBytes());
        assertThat(result.get("importedBefore").asBoolean()).isTrue();
        assertThat(result.get("counts").get("unchanged").asInt()).isEqualTo(14);
        assertThat(result.get("result").get("added").asInt()).isZero();
        assertThat(result.get("result").get("backup").isNull()).isTrue();
        assertThat(list()).isEqualTo(sendersList);
    }

    @Test
    void undoImportPutsThePortfolioBack() throws Exception {
        JsonNode projects = JSON.readTree(sendersList);
        Path two = receiver.resolve("two.ippack");
        Cli.on(sender).run("pack", "export", "--out", two.toString(), "--project", projects.get(0).get("id").asText(),
                "--project", projects.get(1).get("id").asText());
        Cli.on(receiver).run("pack", "import", two.toString());
        // Same clock for both imports (INNOVATION_PORTFOLIO_TODAY): the order must still be kept.
        String before = list();
        assertThat(JSON.readTree(before)).hasSize(2);
        Cli.Result imported = Cli.on(receiver).run("pack", "import", pack.toString(), "--policy", "keep-both");
        assertThat(imported.exitCode()).as(imported.toString()).isZero();

        Cli.Result undo = Cli.on(receiver).run("pack", "undo-import");

        assertThat(undo.exitCode()).as(undo.toString()).isZero();
        assertThat(undo.out()).startsWith("Undid the import of the pack from Sam Patel");
        assertThat(list()).isEqualTo(before);
        assertThat(Cli.on(receiver).run("pack", "undo-import").exitCode()).as("the first import is now the last").isZero();
        assertThat(JSON.readTree(list())).isEmpty();
        Cli.Result nothing = Cli.on(receiver).run("pack", "undo-import");
        assertThat(nothing.exitCode()).isEqualTo(1);
        assertThat(nothing.err().strip()).isEqualTo("There is no pack import to undo.");
    }

    @Test
    void undoImportStillWorksAfterTheDataFolderIsMoved() throws Exception {
        Path before = receiver.resolve("before");
        String empty = Cli.on(before).run("portfolio", "list", "--format", "json").out();
        assertThat(Cli.on(before).run("pack", "import", pack.toString()).exitCode()).isZero();
        assertThat(Cli.on(before).run("portfolio", "list", "--format", "json").out()).isEqualTo(sendersList);
        Path moved = receiver.resolve("moved-to-a-new-computer");
        java.nio.file.Files.move(before, moved);

        Cli.Result undo = Cli.on(moved).run("pack", "undo-import");

        assertThat(undo.exitCode()).as(undo.toString()).isZero();
        assertThat(Cli.on(moved).run("portfolio", "list", "--format", "json").out()).isEqualTo(empty);
    }

    @Test
    void exportDryRunSaysWhatWouldLeaveAndWritesNothing() {
        Path target = files.resolve("not-written.ippack");
        Cli.Result preview = Cli.on(sender).run("pack", "export", "--out", target.toString(), "--without-funding",
                "--dry-run");

        assertThat(preview.exitCode()).isZero();
        assertThat(preview.out()).contains("funding lines are withheld, as you chose").contains("Dry run");
        assertThat(target).doesNotExist();
    }

    @Test
    void aMistypedPolicyIsAUsageError() {
        Cli.Result wrong = Cli.on(receiver).run("pack", "import", pack.toString(), "--policy", "mine");
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("keep-mine, take-theirs, keep-both");
    }
}
