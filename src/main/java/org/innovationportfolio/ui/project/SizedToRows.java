package org.innovationportfolio.ui.project;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.ListViewSkin;
import javafx.scene.control.skin.TableViewSkin;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.Region;

/**
 * Tables and lists as tall as their rows, inside a record page that scrolls: the officer scrolls once, the page,
 * never a table inside it as well. A row is as tall as its wrapped text; the height follows the rows as they are
 * added, removed or wrap differently at another width or text size.
 */
final class SizedToRows {

    // A row's height before any row has been laid out, in ems of the control's text.
    private static final double FIRST_GUESS_EMS = 2.2;
    // Rounding between the rows' heights and the flow's own sum of them must not show a scroll bar.
    private static final double SLACK = 2;

    // A list's cells are laid out a pixel or so apart from the sum of their heights at some sizes.
    private static final double LIST_SLACK = 4;

    static final String STYLE = "sized-to-rows";

    private SizedToRows() {
    }

    static <T> TableView<T> table(TableView<T> table) {
        table.setSkin(new TableViewSkin<>(table) {
            private double rows = -1;

            @Override
            protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
                rows = rowsHeight(getVirtualFlow(), table);
                return top + getTableHeaderRow().prefHeight(width) + rows + sidewaysBar(table) + bottom + SLACK;
            }

            @Override
            protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
                return computePrefHeight(width, top, right, bottom, left);
            }

            @Override
            protected void layoutChildren(double x, double y, double w, double h) {
                super.layoutChildren(x, y, w, h);
                askAgainIfChanged(table, rows, rowsHeight(getVirtualFlow(), table));
            }
        });
        fixHeight(table);
        return table;
    }

    static <T> ListView<T> list(ListView<T> list) {
        list.setSkin(new ListViewSkin<>(list) {
            private double rows = -1;

            @Override
            protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
                rows = rowsHeight(getVirtualFlow(), list);
                return top + rows + sidewaysBar(list) + bottom + SLACK + LIST_SLACK;
            }

            @Override
            protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
                return computePrefHeight(width, top, right, bottom, left);
            }

            @Override
            protected void layoutChildren(double x, double y, double w, double h) {
                super.layoutChildren(x, y, w, h);
                askAgainIfChanged(list, rows, rowsHeight(getVirtualFlow(), list));
            }
        });
        fixHeight(list);
        return list;
    }

    private static void fixHeight(Control control) {
        // project.css gives these the computed height over app.css's few rows for the record's tables.
        control.getStyleClass().add(STYLE);
        control.setMinHeight(Region.USE_COMPUTED_SIZE);
        control.setPrefHeight(Region.USE_COMPUTED_SIZE);
        control.setMaxHeight(Region.USE_PREF_SIZE);
    }

    /**
     * Rows not laid out yet are guessed; once the control is as tall as the guess, they are laid out and
     * measured, and the page is asked for the height again (on the next pulse: a layout asked for during a layout
     * is lost).
     */
    private static void askAgainIfChanged(Control control, double asked, double now) {
        if (asked >= 0 && Math.abs(now - asked) > 0.5) {
            Platform.runLater(control::requestLayout);
        }
    }

    /** The rows' heights: measured where the flow has laid them out, else the tallest one measured, else a guess. */
    private static double rowsHeight(VirtualFlow<?> flow, Control control) {
        int count = flow.getCellCount();
        if (count == 0) {
            Node placeholder = control.lookup(".placeholder");
            return placeholder == null ? 0 : placeholder.prefHeight(control.getWidth());
        }
        double[] heights = new double[count];
        double tallest = 0;
        for (Node node : flow.lookupAll(".indexed-cell")) {
            if ((node instanceof TableRow<?> || node instanceof ListCell<?>) && shown(node, flow)) {
                IndexedCell<?> cell = (IndexedCell<?>) node;
                int index = cell.getIndex();
                double height = cell.getLayoutBounds().getHeight();
                if (index >= 0 && index < count && height > 0) {
                    heights[index] = height;
                    tallest = Math.max(tallest, height);
                }
            }
        }
        double guess = tallest > 0 ? tallest : FIRST_GUESS_EMS * fontSize(control);
        double sum = 0;
        for (double height : heights) {
            sum += height > 0 ? height : guess;
        }
        return Math.ceil(sum);
    }

    private static boolean shown(Node node, Node flow) {
        for (Node up = node; up != null && up != flow; up = up.getParent()) {
            if (!up.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static double sidewaysBar(Control control) {
        for (Node node : control.lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar bar && bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL
                    && bar.isVisible()) {
                return bar.prefHeight(-1);
            }
        }
        return 0;
    }

    private static double fontSize(Control control) {
        Node text = control.lookup(".text");
        return text instanceof javafx.scene.text.Text shown ? shown.getFont().getSize()
                : javafx.scene.text.Font.getDefault().getSize();
    }
}
