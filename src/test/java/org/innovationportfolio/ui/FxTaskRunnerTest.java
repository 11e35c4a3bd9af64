package org.innovationportfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.innovationportfolio.logic.RefusedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class FxTaskRunnerTest {

    private final FxTaskRunner runner = new FxTaskRunner();
    private final List<Object> delivered = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stopRunner() {
        runner.shutdown(Duration.ofSeconds(30));
    }

    @Test
    void workRunsInTheBackgroundAndItsResultArrivesOnTheFxThread() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> runner.run("Counting",
                progress -> Platform.isFxApplicationThread() ? "on the FX thread" : "in the background",
                result -> delivered.add(result + (Platform.isFxApplicationThread() ? ", delivered on FX" : "")),
                delivered::add)).get();

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !delivered.isEmpty() && !runner.runningProperty().get());
        assertThat(delivered).containsExactly("in the background, delivered on FX");
    }

    @Test
    void aRefusalReachesTheUserInItsOwnWords() throws Exception {
        runFailing(new RefusedException("The portfolio is not empty, so the sample was not loaded."));

        assertThat(delivered).containsExactly("The portfolio is not empty, so the sample was not loaded.");
    }

    @Test
    void anUnexpectedFailureBecomesAPlainSentenceWithoutTechnicalDetail() throws Exception {
        runFailing(new IllegalStateException("XJ040 boot failure at org.apache.derby..."));

        assertThat(delivered).singleElement().asString()
                .startsWith("Loading the sample portfolio did not work because of an unexpected problem.")
                .doesNotContain("XJ040", "IllegalStateException");
    }

    @Test
    void workGivenWhileHeldRunsOnlyOnceWhatItWaitsForIsDone() throws Exception {
        CompletableFuture<Void> databaseOpen = new CompletableFuture<>();
        runner.holdUntil(databaseOpen);
        WaitForAsyncUtils.asyncFx(() -> runner.run("Reading the portfolio",
                progress -> databaseOpen.isDone() ? "ran after the opening" : "ran before the opening",
                delivered::add, delivered::add)).get();

        databaseOpen.complete(null);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !delivered.isEmpty() && !runner.runningProperty().get());
        assertThat(delivered).containsExactly("ran after the opening");
    }

    @Test
    void whenWhatItWaitsForFailsTheHeldWorkIsDroppedWithoutRunningOrReporting() throws Exception {
        CompletableFuture<Void> databaseOpen = new CompletableFuture<>();
        List<String> ran = new CopyOnWriteArrayList<>();
        runner.holdUntil(databaseOpen);
        WaitForAsyncUtils.asyncFx(() -> runner.run("Reading the portfolio", progress -> ran.add("read"),
                delivered::add, delivered::add)).get();

        databaseOpen.completeExceptionally(new RefusedException("This portfolio was made by a newer version."));
        WaitForAsyncUtils.asyncFx(() -> runner.run("Counting the projects", progress -> ran.add("counted"),
                delivered::add, delivered::add)).get();

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !runner.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ran).as("work that ran").isEmpty();
        assertThat(delivered).as("results and failure messages").isEmpty();
    }

    private void runFailing(Exception failure) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> runner.run("Loading the sample portfolio", progress -> {
            throw failure;
        }, delivered::add, delivered::add)).get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !delivered.isEmpty() && !runner.runningProperty().get());
    }
}
