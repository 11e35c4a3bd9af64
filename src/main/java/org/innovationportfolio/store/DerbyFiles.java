package org.innovationportfolio.store;

import java.io.IOException;
import java.io.InputStream;
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
import java.sql.SQLWarning;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Booting and shutting down one embedded Derby database, and the folder moves a restore needs. */
final class DerbyFiles {

    private static final Logger LOG = LoggerFactory.getLogger(DerbyFiles.class);
    static final String SERVICE_PROPERTIES = "service.properties";
    /** Derby: "An encrypted database cannot be accessed without the correct boot password." */
    static final String WRONG_BOOT_PASSWORD = "XBM06";

    private DerbyFiles() {
    }

    static String url(Path databaseFolder) {
        return "jdbc:derby:" + databaseFolder.toAbsolutePath();
    }

    /** Boots the database, creating it if asked; throws the SQLException Derby gives. */
    static void boot(Path databaseFolder, boolean create) throws SQLException {
        boot(databaseFolder, create, null);
    }

    /**
     * Boots the database, creating it if asked (encrypted when a password is given); an encrypted database
     * needs its password. The password goes to Derby in the connection's properties, never in its address,
     * so it appears in no URL, log line or message.
     */
    static void boot(Path databaseFolder, boolean create, char[] password) throws SQLException {
        Properties attributes = new Properties();
        if (password != null) {
            attributes.setProperty("bootPassword", new String(password));
            if (create && !Files.exists(databaseFolder.resolve(SERVICE_PROPERTIES))) {
                encryptionAttributes(attributes);
            }
        }
        if (create) {
            attributes.setProperty("create", "true");
        }
        connect(databaseFolder, attributes);
        LOG.debug("Booted the database in {}", databaseFolder);
    }

    /** Boots a plain database and encrypts it in place with {@code password} (Derby rolls back an interrupted run). */
    static void bootEncrypting(Path databaseFolder, char[] password) throws SQLException {
        Properties attributes = new Properties();
        attributes.setProperty("bootPassword", new String(password));
        encryptionAttributes(attributes);
        connect(databaseFolder, attributes);
        LOG.info("Encrypted the database in {}", databaseFolder);
    }

    /** Boots an encrypted database and decrypts it in place. */
    static void bootDecrypting(Path databaseFolder, char[] password) throws SQLException {
        Properties attributes = new Properties();
        attributes.setProperty("bootPassword", new String(password));
        attributes.setProperty("decryptDatabase", "true");
        connect(databaseFolder, attributes);
        LOG.info("Decrypted the database in {}", databaseFolder);
    }

    /** AES with a 256-bit key; Derby's own default is DES, which is not good enough. */
    static void encryptionAttributes(Properties attributes) {
        attributes.setProperty("dataEncryption", "true");
        attributes.setProperty("encryptionAlgorithm", "AES/CBC/NoPadding");
        attributes.setProperty("encryptionKeyLength", "256");
    }

    private static void connect(Path databaseFolder, Properties attributes) throws SQLException {
        try {
            Connection connection = DriverManager.getConnection(url(databaseFolder), attributes);
            SQLWarning warning = connection.getWarnings();
            connection.close(); // the database stays booted until shutdown; the connection was only the way in
            if (warning != null && !"01J01".equals(warning.getSQLState())) { // 01J01: "not created, connected to the existing one"
                LOG.warn("Derby warned while booting {}: {} ({})", databaseFolder, warning.getMessage(),
                        warning.getSQLState());
            }
        } finally {
            attributes.clear();
        }
    }

    /**
     * True when the database in the folder is encrypted, read from Derby's {@code service.properties} as a
     * plain file, so nothing is booted (the folder may be damaged, or not ours). False when it cannot be read.
     */
    static boolean isEncrypted(Path databaseFolder) {
        Path service = databaseFolder.resolve(SERVICE_PROPERTIES);
        if (!Files.isRegularFile(service, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(service)) {
            Properties properties = new Properties();
            properties.load(in);
            return "true".equalsIgnoreCase(properties.getProperty("dataEncryption", "").strip());
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Could not read {}", service, e);
            return false;
        }
    }

    /** True when the failure is Derby's "wrong boot password" (XBM06). */
    static boolean isWrongPassword(Throwable failure) {
        return SqlErrors.hasState(failure, WRONG_BOOT_PASSWORD);
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
