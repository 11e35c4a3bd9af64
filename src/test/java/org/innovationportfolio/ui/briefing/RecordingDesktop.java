package org.innovationportfolio.ui.briefing;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link DesktopFiles} for tests: records what would have been opened or shown, and starts no program. */
final class RecordingDesktop implements DesktopFiles {

    final List<Path> opened = new CopyOnWriteArrayList<>();
    final List<Path> shownInFolder = new CopyOnWriteArrayList<>();

    @Override
    public void open(Path file) {
        opened.add(file);
    }

    @Override
    public void showInFolder(Path file) {
        shownInFolder.add(file);
    }
}
