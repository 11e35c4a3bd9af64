package org.innovationportfolio.ui.briefing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@link DesktopFiles} for tests: records what would have been opened or shown, and starts no program. One
 * made by {@link #withNoViewer()} refuses to open anything, as a desktop with no application for the file does.
 */
public final class RecordingDesktop implements DesktopFiles {

    public final List<Path> opened = new CopyOnWriteArrayList<>();
    public final List<Path> shownInFolder = new CopyOnWriteArrayList<>();
    private final boolean noViewer;

    public RecordingDesktop() {
        this(false);
    }

    private RecordingDesktop(boolean noViewer) {
        this.noViewer = noViewer;
    }

    /** A desktop with no application to open any file, as AWT reports it. */
    public static RecordingDesktop withNoViewer() {
        return new RecordingDesktop(true);
    }

    @Override
    public void open(Path file) throws IOException {
        if (noViewer) {
            // What java.awt.Desktop throws when no application is associated with the file's type.
            throw new IOException("Failed to open " + file.toUri() + ". Error message: No application is associated "
                    + "with the specified file for this operation.");
        }
        opened.add(file);
    }

    @Override
    public void showInFolder(Path file) {
        shownInFolder.add(file);
    }
}
