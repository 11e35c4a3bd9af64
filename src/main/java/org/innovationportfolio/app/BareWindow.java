package org.innovationportfolio.app;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The floors that {@code bench} compares the application's first window against: an empty JavaFX
 * window, or (with the argument {@value #TABLE}) a window holding nothing but a plain JavaFX
 * {@code TableView} of 14 rows in the portfolio's eight columns: no theme, no database, none of our
 * code. Each prints the bench marker once shown, as the application does, and exits.
 */
public final class BareWindow {

    /** The argument for the table floor. */
    static final String TABLE = "table";

    private static final List<String> COLUMNS = List.of("Title", "Innovation", "Stage", "RAG", "Lead officer",
            "Next milestone", "Slippage", "Funding 2026/27");
    private static final int ROWS = 14;

    private BareWindow() {
    }

    public static void main(String[] args) {
        boolean table = args.length > 0 && TABLE.equals(args[0]);
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setTitle("Bare window");
            Scene scene = new Scene(table ? table() : new StackPane(), 1200, 800);
            // As the main window does (FirstPaint): after the first pulse that lays the scene out, later,
            // so that the marker comes once that frame has been handed to the renderer.
            boolean[] done = {false};
            scene.addPostLayoutPulseListener(() -> {
                if (!done[0]) {
                    done[0] = true;
                    Platform.runLater(() -> {
                        System.out.println(BenchCommand.FIRST_SHOWN_MARKER);
                        System.out.flush();
                        Platform.exit();
                    });
                }
            });
            stage.setScene(scene);
            stage.show();
        });
    }

    private static Parent table() {
        TableView<List<String>> table = new TableView<>();
        for (int c = 0; c < COLUMNS.size(); c++) {
            int column = c;
            TableColumn<List<String>, String> tableColumn = new TableColumn<>(COLUMNS.get(c));
            tableColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().get(column)));
            table.getColumns().add(tableColumn);
        }
        List<List<String>> rows = new ArrayList<>();
        for (int r = 1; r <= ROWS; r++) {
            List<String> row = new ArrayList<>();
            for (String heading : COLUMNS) {
                row.add(heading + " " + r);
            }
            rows.add(row);
        }
        table.setItems(FXCollections.observableList(rows));
        return new StackPane(table);
    }
}
