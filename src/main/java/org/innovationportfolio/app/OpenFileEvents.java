package org.innovationportfolio.app;

import java.awt.Desktop;
import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A double-click on a pack in the Mac's Finder (or Open With, or a pack dropped on the Dock icon) does not
 * put the file on the command line: macOS starts the app, or asks the one already running, with an
 * open-files event. Registered with AWT's {@link Desktop} on a Mac, such events go where
 * {@code innovation-portfolio FILE.ippack} goes: the window's import preview, which reads and checks the
 * file and explains anything that is not a pack. Elsewhere nothing is registered (and AWT is never started
 * for it): Windows and Linux pass the file on the command line.
 */
final class OpenFileEvents {

    private static final Logger LOG = LoggerFactory.getLogger(OpenFileEvents.class);

    private OpenFileEvents() {
    }

    /**
     * On a Mac, listens for open-files events for the rest of the run, handing each file to {@code openPack};
     * called before JavaFX starts, so that AWT's handler is in place for the event that launched the app.
     *
     * @return true when the handler was registered
     */
    static boolean register(Consumer<Path> openPack) {
        if (!isMac(System.getProperty("os.name"))) {
            return false;
        }
        try {
            if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.APP_OPEN_FILE)) {
                LOG.info("This Mac's Java does not pass on open-file events: packs open from File › Import only");
                return false;
            }
            Desktop.getDesktop().setOpenFileHandler(event -> open(event.getFiles(), openPack));
            LOG.info("Listening for packs opened from the Finder");
            return true;
        } catch (RuntimeException | LinkageError e) {
            // A headless or stripped-down runtime: the window still opens, and File › Import still works.
            LOG.warn("Could not listen for packs opened from the Finder", e);
            return false;
        }
    }

    /** True for the os.name of macOS ("Mac OS X"). */
    static boolean isMac(String osName) {
        return osName != null && osName.toLowerCase(Locale.ROOT).startsWith("mac");
    }

    /**
     * Hands each file an open-files event names to {@code openPack}, in order, as an absolute path; a file
     * that is missing, a folder or no pack is explained by the import preview, as one named on the command
     * line is. Returns what was handed over.
     */
    static List<Path> open(List<File> files, Consumer<Path> openPack) {
        List<Path> handed = new ArrayList<>();
        if (files == null) {
            return handed;
        }
        for (File file : files) {
            if (file == null) {
                continue;
            }
            Path path;
            try {
                path = file.toPath().toAbsolutePath().normalize();
            } catch (InvalidPathException e) {
                LOG.warn("The desktop asked to open a file whose name is not a path here: {}", file, e);
                continue;
            }
            LOG.info("The desktop asked to open {}", path);
            openPack.accept(path);
            handed.add(path);
        }
        return handed;
    }
}
