package org.innovationportfolio.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Booting and shutting down one embedded Derby database, and the folder moves a restore needs. */
final class DerbyFiles {

    private static final Logger LOG = LoggerFactory.getLogger(DerbyFiles.class);

    private DerbyFiles() {
    }

    static String url(Path databaseFolder) {
        return "jdbc:derby:" + databaseFolder.toAbsolutePath();
    }

    /** Boots the database, creating it if asked; throws the SQLException Derby gives. */
    static void boot(Path databaseFolder, boolean create) throws SQLException {
        Connection connection = DriverManager.getConnection(url(databaseFolder) + (create ? ";create=true" : ""));
        connection.close(); // the database stays booted until shutdown; the connection was only the way in
        LOG.debug("Booted the database in {}", databaseFolder);
    }

    /** Shuts one database down so its files are released. Derby reports success as an exception. */
    static void shutdown(Path databaseFolder) {
        try {
            DriverManager.getConnection(url(databaseFolder) + ";shutdown=true").close();
            LOG.warn("Derby did not confirm the shutdown of {}", databaseFolder);
        } catch (SQLException e) {
            if ("08006".equals(e.getSQLState()) || "XJ015".equals(e.getSQLState())) {
                LOG.debug("Shut down the database in {}", databaseFolder);
            } else if ("XJ004".equals(e.getSQLState())) {
                LOG.debug("No database was booted in {}", databaseFolder);
            } else {
                LOG.warn("Shutting down the database in {} failed", databaseFolder, e);
            }
        }
    }

    /** Renames a folder in one step where the file system can, since a half-moved database is worse than none. */
    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            LOG.warn("The file system cannot rename {} atomically; moving it instead", from);
            Files.move(from, to);
        }
    }

    /** Deletes a folder and all it holds, without following links; absent is fine. */
    static void deleteTree(Path folder) {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                    if (failure != null) {
                        throw failure;
                    }
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Like {@link #deleteTree} but only logs a failure: for clean-up that must not hide the real outcome. */
    static void deleteTreeQuietly(Path folder) {
        try {
            deleteTree(folder);
        } catch (UncheckedIOException e) {
            LOG.warn("Could not clean up {}", folder, e);
        }
    }
}
