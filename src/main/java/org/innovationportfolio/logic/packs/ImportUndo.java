package org.innovationportfolio.logic.packs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.innovationportfolio.logic.ports.Backups;
import org.innovationportfolio.logic.ports.ImportRecord;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.logic.ports.Store;
import org.innovationportfolio.logic.project.DocumentCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Undo last import": puts back the backup taken just before the most recent pack import, and removes
 * the attached documents' copies that import added (the backup holds the database, not the files).
 */
public final class ImportUndo {

    private static final Logger LOG = LoggerFactory.getLogger(ImportUndo.class);
    /** A line of the list of added copies: documents/<project id>/<stored name>, nothing else. */
    private static final Pattern ADDED = Pattern.compile(
            "documents/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/([A-Za-z0-9_-][A-Za-z0-9._-]{0,199})");

    private final Store store;
    private final Backups backups;
    private final Path dataFolder;

    /**
     * @param dataFolder the portfolio's data folder, where attached documents' copies are kept
     */
    public ImportUndo(Store store, Backups backups, Path dataFolder) {
        this.store = store;
        this.backups = backups;
        this.dataFolder = Objects.requireNonNull(dataFolder, "dataFolder");
    }

    /** Where an import notes the document copies it added: beside its backup. */
    static Path addedFilesList(Path backup) {
        return backup.resolveSibling(backup.getFileName() + ".documents.txt");
    }

    /**
     * How an import records its backup: relative to the data folder when it is inside it (as the backups
     * folder is), so undo still finds it after the data folder is moved or restored elsewhere.
     */
    static String recorded(Path dataFolder, Path backup) {
        Path folder = dataFolder.toAbsolutePath().normalize();
        Path file = backup.toAbsolutePath().normalize();
        return file.startsWith(folder) ? folder.relativize(file).toString().replace('\\', '/') : file.toString();
    }

    /**
     * The backup a record names: relative ones from the data folder; an absolute one (recorded before backups
     * were recorded relatively) as it is, or, when missing there, under the same name in the data folder's
     * backups folder, where imports put them, for a data folder that has moved since.
     */
    static Path located(Path dataFolder, String recorded) {
        Path folder = dataFolder.toAbsolutePath().normalize();
        Path named = Path.of(recorded);
        if (!named.isAbsolute()) {
            return folder.resolve(named).normalize();
        }
        if (Files.isRegularFile(named) || named.getFileName() == null) {
            return named;
        }
        Path moved = folder.resolve("backups").resolve(named.getFileName());
        return Files.isRegularFile(moved) ? moved : named;
    }

    /** The import that {@link #undoLast} would undo, if any. */
    public Optional<ImportRecord> lastImport() {
        return store.read(repositories -> repositories.packHistory().lastImport());
    }

    /**
     * Restores the portfolio as it was before the last import. Anything changed since that import is
     * undone too, as the restored backup predates it; the earlier import, if any, becomes the last.
     * Document copies the import added are deleted once no record refers to them.
     *
     * @throws RefusedException when there is no import to undo or its backup is missing
     */
    public ImportRecord undoLast() {
        ImportRecord last = lastImport().orElseThrow(() -> new RefusedException(
                "There is no pack import to undo."));
        Path backup = located(dataFolder, last.backupFile());
        if (!Files.isRegularFile(backup)) {
            throw new RefusedException("The backup taken before the import from " + last.sender() + " ("
                    + backup + ") is missing, so the import cannot be undone. Nothing was changed.");
        }
        backups.restoreFrom(backup);
        LOG.info("Undid the import of pack {} from {} by restoring {}", last.packId(), last.sender(), backup);
        removeAddedCopies(addedFilesList(backup));
        return last;
    }

    /** Deletes each listed copy that is where an import puts copies and that no record now refers to. */
    private void removeAddedCopies(Path list) {
        if (!Files.isRegularFile(list, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Path documents = dataFolder.toAbsolutePath().normalize().resolve("documents");
            for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                Matcher added = ADDED.matcher(line.strip());
                if (!added.matches()) {
                    LOG.warn("Ignored the line \"{}\" in {}: not a document copy", line, list);
                    continue;
                }
                UUID projectId = UUID.fromString(added.group(1));
                String storedName = added.group(2);
                Path copy = documents.resolve(added.group(1)).resolve(storedName).normalize();
                String recordName = DocumentCipher.isLocked(storedName) ? DocumentCipher.plainNameOf(storedName)
                        : storedName;
                boolean referred = store.read(r -> r.documents().findByProject(projectId)).stream()
                        .anyMatch(d -> d.storedName().equals(recordName));
                if (copy.startsWith(documents) && !referred) {
                    Files.deleteIfExists(copy);
                    deleteIfEmpty(copy.getParent());
                }
            }
            Files.delete(list);
            if (Files.isDirectory(documents, LinkOption.NOFOLLOW_LINKS)) {
                deleteIfEmpty(documents);
            }
        } catch (IOException e) {
            LOG.warn("Could not remove every document copy listed in {}; those left are unreferenced", list, e);
        }
    }

    private static void deleteIfEmpty(Path folder) throws IOException {
        try (var entries = Files.list(folder)) {
            if (entries.findAny().isEmpty()) {
                Files.delete(folder);
            }
        }
    }
}
