package org.innovationportfolio.ui.project;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.innovationportfolio.model.ProjectDocument;
import org.innovationportfolio.ui.Formats;
import org.innovationportfolio.ui.TableLayout;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** The Documents tab's layout: the attached files, with Attach, Open and Remove. */
final class DocumentsView {

    static final String TABLE = "documentsTable";
    static final String COPY_CHECK_CODE = "copyCheckCode";
    /** In place of "SHA-256"; the hint above the table says what it is for. */
    static final String CHECK_CODE = "Check code";
    static final String CHECK_CODE_MEANS = "The check code lets whoever receives a copy confirm the file arrived "
            + "unchanged.";

    private final VBox root;

    DocumentsView(DocumentsViewModel vm) {
        TableView<ProjectDocument> table = SizedToRows.table(new TableView<>(vm.documents()));
        table.setId(TABLE);
        table.setAccessibleText("Attached documents");
        table.getColumns().setAll(List.of(
                Tables.column("File", 320, ProjectDocument::fileName),
                Tables.numeric("Size", 100, d -> DocumentsViewModel.size(d.sizeBytes())),
                Tables.column("Added", 120, d -> Formats.date(d.added().atZone(java.time.ZoneId.systemDefault()).toLocalDate())),
                Tables.column(CHECK_CODE, 300, d -> d.sha256().substring(0, 16) + "…")));
        table.getStyleClass().add(Styles.STRIPED);
        // Narrower minimums than the widths asked for, so an empty table's headings fit a small window.
        // Together 31.5 ems: the four fit a small laptop's page at 150% text, and an empty table (which has no
        // horizontal scroll bar) shows every heading there.
        TableLayout.minEms(table.getColumns().get(0), 12);
        TableLayout.minEms(table.getColumns().get(1), 4);
        TableLayout.minEms(table.getColumns().get(2), 6.5);
        TableLayout.minEms(table.getColumns().get(3), 9);
        Tables.wire(table, vm::open, vm::remove, "No documents attached. Attached files are copied into the data folder.");
        VBox.setVgrow(table, Priority.ALWAYS);

        Button attach = new Button("_Attach file…", new FontIcon(MaterialDesignP.PAPERCLIP));
        attach.setId("attachDocument");
        attach.getStyleClass().add(Styles.ACCENT);
        attach.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Attach a document");
            File file = chooser.showOpenDialog(attach.getScene().getWindow());
            if (file != null) {
                vm.attach(file.toPath());
            }
        });
        Button open = new Button("_Open", new FontIcon(MaterialDesignO.OPEN_IN_NEW));
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> vm.open(table.getSelectionModel().getSelectedItem()));
        Button copy = new Button("Cop_y check code", new FontIcon(MaterialDesignC.CONTENT_COPY));
        copy.setId(COPY_CHECK_CODE);
        copy.setAccessibleText("Copy the highlighted document's whole check code. " + CHECK_CODE_MEANS);
        copy.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        copy.setOnAction(e -> {
            ClipboardContent code = new ClipboardContent();
            code.putString(table.getSelectionModel().getSelectedItem().sha256());
            Clipboard.getSystemClipboard().setContent(code);
        });
        HBox buttons = new HBox(10, attach, open, copy, Tables.removeButton("_Remove", table, vm::remove));
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label("A copy of each file is kept in the data folder, so the project keeps it even if the "
                + "original moves. " + CHECK_CODE_MEANS + " Enter or double-click opens a document; Delete removes it.");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        TableLayout.fitOrScroll(table, hint);
        root = new VBox(12, buttons, hint, table);
        root.setPadding(new Insets(16, 20, 20, 20));
    }

    Node root() {
        return root;
    }
}
