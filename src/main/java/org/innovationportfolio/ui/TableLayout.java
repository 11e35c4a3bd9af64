package org.innovationportfolio.ui;

import javafx.collections.MapChangeListener;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * How our tables share out their width: columns fill the table while their minimums fit, and beyond that keep
 * their minimums and the table scrolls sideways, so a column is never cut off or squeezed to nothing. The
 * corner menu shows or hides columns. Minimums are in ems of the page's text, so they grow with View › Text size.
 */
public final class TableLayout {

    private static final String MIN_EMS = "TableLayout.minEms";
    // Where the table's skin keeps the width its columns share (read by ResizeFeaturesBase.getContentWidth()).
    private static final String CONTENT_WIDTH = "TableView.contentWidth";
    private static final double DEFAULT_MIN_EMS = 5;
    // Both sides' cell padding and the sort arrow, which share a heading's width with its words.
    private static final double HEADING_ROOM_EMS = 2.8;

    private TableLayout() {
    }

    /** Sets {@code column}'s minimum width, in ems; a column is never narrower than its heading either. */
    public static <C extends TableColumn<?, ?>> C minEms(C column, double ems) {
        column.getProperties().put(MIN_EMS, ems);
        return column;
    }

    /**
     * Lays {@code table} out as this class says, with column minimums in ems of {@code textSize}'s font: a label
     * always on the same page, since a table has no font of its own to follow.
     */
    public static void fitOrScroll(TableView<?> table, Labeled textSize) {
        // A lambda, not the policy itself: the table's skin hides the horizontal scroll bar for its own
        // constrained policies, whatever the columns' minimums add up to.
        table.setColumnResizePolicy(features -> TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS.call(features));
        table.setTableMenuButtonVisible(true);
        // The skin re-applies only its own constrained policies when the table's width changes; this one is told
        // each time the skin measures the width the columns have to share.
        table.getProperties().addListener((MapChangeListener<Object, Object>) change -> {
            if (CONTENT_WIDTH.equals(change.getKey()) && change.wasAdded()
                    && !change.getValueAdded().equals(change.getValueRemoved())) {
                table.resizeColumn(null, 0);
            }
        });
        Runnable update = () -> table.getColumns().forEach(column -> column.setMinWidth(
                minWidth(column, textSize.getFont())));
        textSize.fontProperty().addListener((observable, was, font) -> update.run());
        table.getColumns().forEach(column -> column.textProperty().addListener((observable, was, text) -> update.run()));
        update.run();
    }

    static double minWidth(TableColumn<?, ?> column, Font font) {
        double em = font.getSize();
        Object ems = column.getProperties().get(MIN_EMS);
        Text heading = new Text(column.getText() == null ? "" : column.getText());
        heading.setFont(Font.font(font.getFamily(), FontWeight.BOLD, em));
        double headingWidth = heading.getLayoutBounds().getWidth() + HEADING_ROOM_EMS * em;
        return Math.ceil(Math.max(headingWidth, (ems instanceof Double given ? given : DEFAULT_MIN_EMS) * em));
    }
}
