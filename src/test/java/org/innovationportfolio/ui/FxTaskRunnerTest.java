package org.innovationportfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
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

    private void runFailing(Exception failure) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> runner.run("Loading the sample portfolio", progress -> {
            throw failure;
        }, delivered::add, delivered::add)).get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !delivered.isEmpty() && !runner.runningProperty().get());
    }
}
