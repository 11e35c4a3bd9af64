package org.innovationportfolio.logic;

import java.nio.file.Path;

/** Another copy of the application already has this data folder open, so this one must not touch it. */
public class AlreadyOpenException extends RefusedException {
    private static final long serialVersionUID = 1L;

    private final transient Path dataFolder;

    public AlreadyOpenException(Path dataFolder) {
        this(dataFolder, null);
    }

    public AlreadyOpenException(Path dataFolder, Throwable cause) {
        super("Innovation Portfolio is already open on this data folder (" + dataFolder.toAbsolutePath()
                + "). Close the other window first.", cause);
        this.dataFolder = dataFolder.toAbsolutePath();
    }

    /** The folder the other copy holds. */
    public Path dataFolder() {
        return dataFolder;
    }
}
