package org.innovationportfolio.ui;

import java.nio.file.Path;
import org.innovationportfolio.ui.window.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** For tests through the whole main window: the shipped sample in a real store, its window open and settled. */
abstract class SampleWindowTest {

    @TempDir
    Path dataFolder;

    WindowHarness harness;
    MainWindow window;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void openTheSample() throws Exception {
        harness = new WindowHarness(dataFolder);
        window = harness.openSample();
    }

    @AfterEach
    void closeEverything() throws Exception {
        harness.close();
    }
}
