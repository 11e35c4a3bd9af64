package org.innovationportfolio.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Button;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import org.innovationportfolio.ui.ImmediateTaskRunner;
import org.innovationportfolio.ui.RecordingDialogService;
import org.innovationportfolio.ui.catalogue.PageHarness;
import org.innovationportfolio.ui.catalogue.RecordingNavigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;

/** The timeline's toolbar as it looks: buttons told apart by eye. */
class TimelineToolbarTest {

    @TempDir
    Path dataFolder;

    private final FxRobot robot = new FxRobot();
    private PageHarness harness;

    @BeforeEach
    void open() throws Exception {
        harness = new PageHarness(dataFolder);
        TimelinePage page = PageHarness.onFx(() -> new TimelinePage(harness.context(), new RecordingNavigator(),
                new RecordingDialogService(), new ImmediateTaskRunner()));
        harness.show(page, 1280, 800);
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    @Test
    void zoomInAndZoomOutIconsLookClearlyDifferent() throws Exception {
        FontIcon in = (FontIcon) robot.lookup("#" + TimelinePage.ZOOM_IN_ID).queryAs(Button.class).getGraphic();
        FontIcon out = (FontIcon) robot.lookup("#" + TimelinePage.ZOOM_OUT_ID).queryAs(Button.class).getGraphic();
        assertThat(in.getIconCode()).isNotEqualTo(out.getIconCode());
        assertThat(robot.lookup("#" + TimelinePage.ZOOM_IN_ID).queryAs(Button.class).getText()).isEqualTo("Zoom in");
        assertThat(robot.lookup("#" + TimelinePage.ZOOM_OUT_ID).queryAs(Button.class).getText()).isEqualTo("Zoom out");

        Image inPicture = PageHarness.onFx(() -> picture(in));
        Image outPicture = PageHarness.onFx(() -> picture(out));

        // The outline lenses' plus and minus differed only in faint edges (no pixel solid in one and clear in the
        // other; opacity differences summing to about 2 pixels' worth), so at toolbar size they looked the same.
        Difference difference = difference(inPicture, outPicture);
        assertThat(difference.solidPixels()).as("pixels solid in one icon, clear in the other").isPositive();
        assertThat(difference.opacity()).as("opacity differences, summed over the pixels").isGreaterThan(5);
        assertThat(PageHarness.screenshot(in.getScene(), "timeline-toolbar.png")).isNotEmptyFile();
    }

    private record Difference(int solidPixels, double opacity) {
    }

    private static Image picture(Node icon) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        return icon.snapshot(parameters, null);
    }

    private static Difference difference(Image a, Image b) {
        assertThat(a.getWidth()).isEqualTo(b.getWidth());
        assertThat(a.getHeight()).isEqualTo(b.getHeight());
        PixelReader first = a.getPixelReader();
        PixelReader second = b.getPixelReader();
        int solid = 0;
        double opacity = 0;
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                double inA = first.getColor(x, y).getOpacity();
                double inB = second.getColor(x, y).getOpacity();
                solid += (inA > 0.5) != (inB > 0.5) ? 1 : 0;
                opacity += Math.abs(inA - inB);
            }
        }
        return new Difference(solid, opacity);
    }
}
