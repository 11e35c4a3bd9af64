package org.innovationportfolio.ui.project;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.innovationportfolio.ui.TableLayout;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;

/** Small builders for the record's tables: text columns, and the edit and remove wiring. */
final class Tables {

    static final String NUMERIC = "numeric";
    private static final double NORMAL_TEXT = 14;
    private static final double WRAPPING_MIN = 120;

    private Tables() {
    }

    static <T> TableColumn<T, String> column(String title, double width, Function<T, String> text) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(text.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setReorderable(false);
        // The widths here were chosen at the normal 14 px text: at least that, in ems, so it grows with the text.
        return TableLayout.minEms(column, width / NORMAL_TEXT);
    }

    static <T> TableColumn<T, String> numeric(String title, double width, Function<T, String> text) {
        TableColumn<T, String> column = column(title, width, text);
        column.getStyleClass().add(NUMERIC);
        return column;
    }

    /** A text column whose cells wrap long text onto more lines instead of cutting it off. */
    static <T> TableColumn<T, String> wrapping(String title, double width, Function<T, String> text) {
        TableColumn<T, String> column = column(title, width, text);
        // Wrapped text can be narrower than asked for, but never so narrow that a word breaks in two.
        TableLayout.minEms(column, Math.min(width, WRAPPING_MIN) / NORMAL_TEXT);
        column.setCellFactory(c -> new TableCell<>() {
            private final javafx.scene.text.Text label = new javafx.scene.text.Text();

            {
                label.getStyleClass().add("cell-text");
                label.wrappingWidthProperty().bind(c.widthProperty().subtract(18));
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                label.setText(item);
                setGraphic(empty || item == null ? null : label);
                setAccessibleText(empty ? null : item);
            }
        });
        return column;
    }

    /** A column whose cells get the style class {@code styleOf} gives for the row's item (null for none). */
    static <T> TableColumn<T, T> styled(String title, double width, Function<T, String> text, Function<T, String> styleOf) {
        TableColumn<T, T> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setPrefWidth(width);
        column.setReorderable(false);
        column.setSortable(false);
        column.setCellFactory(c -> new TableCell<>() {
            {
                // "Overdue: 45 days" goes onto two lines in a narrow column rather than being cut to "Overdue: ...".
                setWrapText(true);
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("late", NUMERIC);
                setText(empty || item == null ? null : text.apply(item));
                if (!empty && item != null && styleOf.apply(item) != null) {
                    getStyleClass().add(styleOf.apply(item));
                }
            }
        });
        return column;
    }

    /** Double-click or Enter on a row edits it; Delete removes it. */
    static <T> void wire(TableView<T> table, Consumer<T> edit, Consumer<T> remove, String emptyText) {
        Label placeholder = new Label(emptyText);
        // Wraps in a narrow table rather than being cut to an ellipsis.
        placeholder.setWrapText(true);
        placeholder.setPadding(new javafx.geometry.Insets(0, 12, 0, 12));
        table.setPlaceholder(placeholder);
        table.setRowFactory(t -> {
            TableRow<T> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    edit.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            T selected = table.getSelectionModel().getSelectedItem();
            if (selected == null) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                edit.accept(selected);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                remove.accept(selected);
                e.consume();
            }
        });
    }

    static <T> Button removeButton(String text, TableView<T> table, Consumer<T> remove) {
        Button button = new Button(text, new FontIcon(MaterialDesignD.DELETE_OUTLINE));
        button.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        button.setOnAction(e -> remove.accept(table.getSelectionModel().getSelectedItem()));
        return button;
    }

    static <T> Button editButton(String text, TableView<T> table, Consumer<T> edit) {
        Button button = new Button(text, new FontIcon(org.kordamp.ikonli.materialdesign2.MaterialDesignP.PENCIL_OUTLINE));
        button.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        button.setOnAction(e -> edit.accept(table.getSelectionModel().getSelectedItem()));
        return button;
    }
}
