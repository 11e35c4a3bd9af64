package org.innovationportfolio.ui.packs;

import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.innovationportfolio.logic.packs.FieldDifference;
import org.innovationportfolio.ui.packs.ProjectChoice.RecordChange;

/**
 * The import preview's "What differs": each record as a heading, and under it a grid of the fields that
 * differ, the field's name, then yours, then theirs, long text wrapping within its column. Layout only.
 */
final class RecordDifferencesView {

    static final String FIELD_GRID = "pack-field-grid";

    private final VBox content = new VBox(10);
    private final ScrollPane pane = new ScrollPane(content);

    RecordDifferencesView() {
        pane.setFitToWidth(true);
        pane.setPrefHeight(160);
        content.setFillWidth(true);
        content.setStyle("-fx-padding: 6;");
    }

    /** The scrolling area the dialog lays out. */
    ScrollPane node() {
        return pane;
    }

    void show(List<RecordChange> changes) {
        content.getChildren().clear();
        for (RecordChange change : changes) {
            Label heading = wrapping(change.heading());
            heading.getStyleClass().add("text-bold");
            content.getChildren().add(heading);
            if (!change.fields().isEmpty()) {
                content.getChildren().add(grid(change));
            }
        }
        pane.setVvalue(0);
    }

    private static GridPane grid(RecordChange change) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add(FIELD_GRID);
        grid.setHgap(12);
        grid.setVgap(4);
        grid.getColumnConstraints().addAll(column(22), column(39), column(39));
        grid.addRow(0, muted("Field"), muted("Yours"), muted("Theirs"));
        int row = 1;
        for (FieldDifference field : change.fields()) {
            Label name = wrapping(field.field());
            Label mine = wrapping(field.mine());
            Label theirs = wrapping(field.theirs());
            mine.setAccessibleText(field.field() + ", yours: " + field.mine());
            theirs.setAccessibleText(field.field() + ", theirs: " + field.theirs());
            grid.addRow(row++, name, mine, theirs);
        }
        grid.setAccessibleText("Fields that differ in " + change.heading());
        return grid;
    }

    private static ColumnConstraints column(double percent) {
        ColumnConstraints column = new ColumnConstraints();
        column.setPercentWidth(percent);
        column.setHgrow(Priority.ALWAYS);
        column.setHalignment(HPos.LEFT);
        column.setFillWidth(true);
        return column;
    }

    private static Label muted(String text) {
        Label label = wrapping(text);
        label.getStyleClass().add("text-muted");
        return label;
    }

    private static Label wrapping(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinHeight(Region.USE_PREF_SIZE);
        GridPane.setValignment(label, VPos.TOP);
        return label;
    }
}
