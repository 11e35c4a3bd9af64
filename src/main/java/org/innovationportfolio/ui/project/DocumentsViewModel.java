package org.innovationportfolio.ui.project;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.innovationportfolio.logic.project.ProjectDocuments;
import org.innovationportfolio.model.ProjectDocument;
import org.innovationportfolio.ui.DialogService;
import org.innovationportfolio.ui.TaskRunner;
import org.innovationportfolio.ui.briefing.DesktopFiles;
import org.innovationportfolio.ui.briefing.FileOpening;

/**
 * The Documents tab: the files attached to the project. Attaching and removing take effect at once
 * (they are files, not fields of the record), each in its own transaction.
 */
public final class DocumentsViewModel {

    private final ProjectDocuments documents;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final FileOpening opening;
    private final ObservableList<ProjectDocument> items = FXCollections.observableArrayList();
    private UUID projectId;

    DocumentsViewModel(ProjectDocuments documents, TaskRunner tasks, DialogService dialogs, DesktopFiles desktop) {
        this.documents = documents;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.opening = new FileOpening(desktop, tasks, dialogs);
    }

    public ObservableList<ProjectDocument> documents() {
        return items;
    }

    void show(UUID project, List<ProjectDocument> attached) {
        projectId = project;
        items.setAll(attached);
    }

    // Another project may have been opened while the list was read: its own list stays.
    private void showIfOpen(UUID project, List<ProjectDocument> list) {
        if (project.equals(projectId)) {
            items.setAll(list);
        }
    }

    /** Copies {@code file} into the data folder and lists it. */
    public void attach(Path file) {
        if (projectId == null) {
            return;
        }
        UUID project = projectId;
        tasks.run("Attaching " + file.getFileName(), progress -> {
            documents.attach(project, file);
            return documents.list(project);
        }, list -> showIfOpen(project, list), message -> dialogs.showError("The document was not attached", message));
    }

    /** Asks, then removes the document and its copy in the data folder. */
    public void remove(ProjectDocument document) {
        if (!dialogs.confirm("Remove document", "Remove \"" + document.fileName() + "\"?",
                "The copy kept in the data folder is deleted. The file you attached it from is not touched.",
                "Remove", "Cancel")) {
            return;
        }
        UUID project = projectId;
        tasks.run("Removing " + document.fileName(), progress -> {
            documents.remove(document);
            return documents.list(project);
        }, list -> showIfOpen(project, list), message -> dialogs.showError("The document was not removed", message));
    }

    /**
     * Opens the kept copy with the desktop's application for its type; a copy that is not a document type
     * (it could be a program), or that no application opens, is offered in its folder instead. A copy kept
     * locked (the portfolio has a password) is first decrypted into a private folder the app empties.
     */
    public void open(ProjectDocument document) {
        tasks.run("Opening " + document.fileName(), progress -> documents.viewable(document),
                file -> opening.open(file, document.fileName()),
                message -> dialogs.showError("The document could not be opened", message));
    }

    /** "12 KB", "3.4 MB". */
    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(java.util.Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
