package org.innovationportfolio.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.AnchorPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/**
 * What a person would see cut off in a laid-out window: a label shown with an ellipsis, a word broken mid-word
 * by wrapping, a node outside the layout pane holding it, a scroll pane meant to fit its width that scrolls
 * sideways, and table columns beyond the table's edge with no horizontal scroll bar. Call on the JavaFX thread.
 */
final class LayoutDefects {

    private static final double TOLERANCE = 1;
    // Our layout panes; the controls' own skins subclass them (and scroll or clip on purpose), so exact classes only.
    private static final Set<Class<?>> PANES = Set.of(HBox.class, VBox.class, GridPane.class, FlowPane.class,
            BorderPane.class, StackPane.class, AnchorPane.class, TilePane.class);

    private final List<String> found = new ArrayList<>();
    private final boolean scrollingOnly;

    private LayoutDefects(boolean scrollingOnly) {
        this.scrollingOnly = scrollingOnly;
    }

    /** Every defect under {@code root}, visible nodes only, each as a sentence naming the node. */
    static List<String> in(Parent root) {
        LayoutDefects defects = new LayoutDefects(false);
        defects.visit(root, false);
        return defects.found;
    }

    /**
     * Every list, table or scroll pane under {@code root} with an up-and-down scroll bar of its own inside a
     * page that scrolls. Asked of the pages that keep to it (the record's Funding and Outcomes); the other
     * record tabs still have tables with a few rows' height of their own.
     */
    static List<String> scrollingInsideAScrollingPage(Parent root) {
        LayoutDefects defects = new LayoutDefects(true);
        defects.visit(root, false);
        return defects.found;
    }

    private void visit(Node node, boolean inTextInput) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (scrollingOnly) {
            if (node instanceof ScrollBar bar) {
                checkNotScrollingInsideAScrollingPage(bar);
            }
            if (node instanceof Parent parent) {
                parent.getChildrenUnmodifiable().forEach(child -> visit(child, inTextInput));
            }
            return;
        }
        checkInsideParent(node);
        if (node instanceof Labeled labeled) {
            checkEllipsis(labeled);
        }
        if (node instanceof Text text && !inTextInput) {
            checkWordsWhole(text);
        }
        if (node instanceof ScrollPane scroll) {
            checkFitsWidth(scroll);
        }
        if (node instanceof TableView<?> table) {
            checkColumnsReachable(table);
        }
        if (node instanceof TabPane tabs) {
            checkTabHeadersShown(tabs);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, inTextInput || node instanceof TextInputControl);
            }
        }
    }

    private void checkInsideParent(Node node) {
        Parent parent = node.getParent();
        if (parent == null || !(PANES.contains(parent.getClass()) || parent instanceof Labeled)) {
            return;
        }
        Bounds own = node.localToParent(node.getLayoutBounds());
        Bounds room = parent.getLayoutBounds();
        if (own.getWidth() <= 0 || own.getHeight() <= 0) {
            return;
        }
        if (own.getMinX() < room.getMinX() - TOLERANCE || own.getMaxX() > room.getMaxX() + TOLERANCE
                || own.getMinY() < room.getMinY() - TOLERANCE || own.getMaxY() > room.getMaxY() + TOLERANCE) {
            found.add(describe(node) + " sticks out of its " + parent.getClass().getSimpleName() + " ("
                    + size(own) + " in " + size(room) + ")");
        }
    }

    private void checkEllipsis(Labeled labeled) {
        String full = labeled.getText() == null ? "" : labeled.getText();
        if (labeled.getWidth() <= 0 || full.isEmpty()) {
            return;
        }
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text shown && child != labeled.getGraphic() && child.isVisible()
                    && !shown.getText().equals(full)
                    && !shown.getText().equals(withoutMnemonic(full))) {
                found.add(describe(labeled) + " is cut to \"" + shown.getText() + "\"");
            }
        }
    }

    private void checkWordsWhole(Text text) {
        double width = text.getWrappingWidth();
        if (width <= 0 || text.getText() == null) {
            return;
        }
        for (String word : text.getText().split("\\s+")) {
            Text measure = new Text(word);
            measure.setFont(text.getFont());
            if (measure.getLayoutBounds().getWidth() > width + TOLERANCE) {
                found.add("\"" + word + "\" breaks mid-word in " + describe(text.getParent() instanceof Labeled
                        ? text.getParent() : text) + " (wraps at " + Math.round(width) + " px)");
            }
        }
    }

    private void checkFitsWidth(ScrollPane scroll) {
        if (scroll.isFitToWidth() && scroll.getContent() != null
                && scroll.getContent().getLayoutBounds().getWidth() > scroll.getViewportBounds().getWidth() + TOLERANCE) {
            found.add(describe(scroll) + " scrolls sideways: " + Math.round(scroll.getContent().getLayoutBounds()
                    .getWidth()) + " px of content in " + Math.round(scroll.getViewportBounds().getWidth()) + " px");
        }
    }

    private void checkColumnsReachable(TableView<?> table) {
        double columns = table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getWidth).sum();
        double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - scrollBarWidth(table);
        if (columns > room + TOLERANCE && scrollBar(table, Orientation.HORIZONTAL) == null) {
            found.add(describe(table) + " cuts off columns with no horizontal scroll bar (" + Math.round(columns)
                    + " px of columns in " + Math.round(room) + " px)");
        }
    }

    /**
     * A list, table or scroll pane showing its own up-and-down scroll bar inside a page that scrolls: the officer
     * scrolls twice, the wheel moving one or the other by where the pointer is. A part of a page is sized to its
     * rows, and the page scrolls.
     */
    private void checkNotScrollingInsideAScrollingPage(ScrollBar bar) {
        if (bar.getOrientation() != Orientation.VERTICAL || bar.getVisibleAmount() >= bar.getMax() - bar.getMin()) {
            return;
        }
        Node owner = scroller(bar);
        for (Parent up = owner.getParent(); up != null; up = up.getParent()) {
            if (up instanceof ScrollPane page) {
                found.add(describe(owner) + " scrolls up and down inside the scrolling " + describe(page));
                return;
            }
        }
    }

    /**
     * Whether {@code table} scrolls sideways: columns wider than the table, reached with its horizontal bar.
     * Where a table's columns are few and chosen to fit (the record's funding lines), this is a defect.
     */
    static String scrollsSideways(TableView<?> table) {
        ScrollBar bar = scrollBar(table, Orientation.HORIZONTAL);
        if (bar == null) {
            return null;
        }
        double columns = table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getWidth).sum();
        return describe(table) + " scrolls sideways: " + Math.round(columns) + " px of columns in "
                + Math.round(table.getWidth()) + " px";
    }

    /** The control a scroll bar moves: a scroll pane, or the list or table whose rows' flow holds the bar. */
    private static Node scroller(ScrollBar bar) {
        for (Parent up = bar.getParent(); up != null; up = up.getParent()) {
            if (up instanceof javafx.scene.control.Control) {
                return up;
            }
        }
        return bar;
    }

    /**
     * A tab pane's row of headers cannot wrap: when they do not fit, the last ones are cut at its edge and reached
     * only through the menu its skin shows at the end of the row.
     */
    private void checkTabHeadersShown(TabPane tabs) {
        Node area = tabs.lookup(".tab-header-area");
        Node menu = tabs.lookup(".control-buttons-tab");
        Node arrow = menu == null ? null : menu.lookup(".tab-down-button");
        if (area != null && area.isVisible() && menu != null && menu.isVisible() && arrow != null
                && arrow.isVisible()) {
            found.add(describe(tabs) + " cannot show all its tab headers: some are only in its overflow menu");
        }
    }

    private static double scrollBarWidth(TableView<?> table) {
        ScrollBar bar = scrollBar(table, Orientation.VERTICAL);
        return bar == null ? 0 : bar.getWidth();
    }

    private static ScrollBar scrollBar(TableView<?> table, Orientation orientation) {
        return table.lookupAll(".scroll-bar").stream()
                .filter(node -> node instanceof ScrollBar bar && bar.getOrientation() == orientation && bar.isVisible())
                .map(ScrollBar.class::cast).findFirst().orElse(null);
    }

    private static String withoutMnemonic(String text) {
        int at = text.indexOf('_');
        return at < 0 ? text : text.substring(0, at) + text.substring(at + 1);
    }

    private static String size(Bounds bounds) {
        return String.format(java.util.Locale.ROOT, "%.0f,%.0f %.0f×%.0f", bounds.getMinX(), bounds.getMinY(),
                bounds.getWidth(), bounds.getHeight());
    }

    /** "Label 'Slippage' in #portfolioTable": the node, its text, and the nearest ancestor with an id. */
    static String describe(Node node) {
        StringBuilder text = new StringBuilder(node.getClass().getSimpleName().isEmpty()
                ? node.getClass().getName() : node.getClass().getSimpleName());
        if (node.getId() != null) {
            text.append(" #").append(node.getId());
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            text.append(" \"").append(labeled.getText()).append('"');
        } else if (!node.getStyleClass().isEmpty()) {
            text.append(" .").append(String.join(".", node.getStyleClass()));
        }
        for (Parent up = node.getParent(); up != null; up = up.getParent()) {
            if (up.getId() != null) {
                return text.append(" in #").append(up.getId()).toString();
            }
        }
        return text.toString();
    }
}
