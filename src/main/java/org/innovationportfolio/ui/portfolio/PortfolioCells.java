package org.innovationportfolio.ui.portfolio;

import java.time.LocalDate;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.Callback;
import org.innovationportfolio.logic.portfolio.PortfolioRow;
import org.innovationportfolio.ui.Css;
import org.innovationportfolio.ui.Formats;
import org.innovationportfolio.model.Money;
import org.innovationportfolio.model.Rag;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * How the portfolio table draws its cells: long text wrapped rather than cut off, RAG as a word in a
 * coloured badge with its own icon shape, money right-aligned, the next milestone over its date. Each
 * cell also carries the text a screen reader speaks.
 */
public final class PortfolioCells {

    static final String CELL_TEXT = "cell-text";

    private PortfolioCells() {
    }

    /** Text that wraps to the column's width; {@code none} (quieter) when there is nothing to show. */
    static <T> Callback<TableColumn<PortfolioRow, T>, TableCell<PortfolioRow, T>> text(Function<T, String> format,
            String none) {
        return column -> new TableCell<>() {
            private final Text text = wrapping(this, column);

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                String value = empty || item == null ? null : format.apply(item);
                boolean missing = !empty && (value == null || value.isBlank());
                markNone(this, missing);
                text.setText(missing ? none : value);
                setGraphic(empty ? null : text);
                setAccessibleText(empty ? null : column.getText() + ": " + (missing ? none : value));
            }
        };
    }

    /** Money in whole pounds, right-aligned. */
    static Callback<TableColumn<PortfolioRow, Money>, TableCell<PortfolioRow, Money>> pounds() {
        return column -> {
            TableCell<PortfolioRow, Money> cell = new TableCell<>() {
                @Override
                protected void updateItem(Money item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : Formats.pounds(item));
                    setAccessibleText(empty || item == null ? null : column.getText() + ": " + Formats.pounds(item));
                }
            };
            cell.getStyleClass().add(Css.NUMERIC);
            return cell;
        };
    }

    /** The RAG word in a badge whose colour and icon shape both differ by status. */
    static Callback<TableColumn<PortfolioRow, Rag>, TableCell<PortfolioRow, Rag>> rag() {
        return column -> new TableCell<>() {
            @Override
            protected void updateItem(Rag rag, boolean empty) {
                super.updateItem(rag, empty);
                markNone(this, !empty && rag == null);
                setText(!empty && rag == null ? "Not set" : null);
                setGraphic(empty || rag == null ? null : badge(rag));
                setTooltip(empty || rag == null ? null : new Tooltip(rag.label() + ": " + rag.meaning()));
                setAccessibleText(empty ? null : rag == null ? "RAG: not set" : "RAG: " + rag.label() + ", " + rag.meaning());
            }
        };
    }

    /** The next milestone's title, wrapped, over its due date, which is marked when overdue. */
    static Callback<TableColumn<PortfolioRow, PortfolioRow>, TableCell<PortfolioRow, PortfolioRow>> milestone(
            LocalDate today) {
        return column -> new TableCell<>() {
            private final Text title = wrapping(this, column);
            private final Label date = new Label();
            private final VBox lines = new VBox(title, date);

            {
                date.getStyleClass().add(Css.CELL_DETAIL);
                date.setMinHeight(Region.USE_PREF_SIZE);
            }

            @Override
            protected void updateItem(PortfolioRow row, boolean empty) {
                super.updateItem(row, empty);
                boolean none = !empty && row != null && row.nextMilestone() == null;
                markNone(this, none);
                if (empty || row == null) {
                    setGraphic(null);
                    setAccessibleText(null);
                    return;
                }
                if (none) {
                    title.setText("None planned");
                    setGraphic(title);
                    setAccessibleText("Next milestone: none planned");
                    return;
                }
                boolean overdue = row.nextMilestoneDue() != null && row.nextMilestoneDue().isBefore(today);
                title.setText(row.nextMilestone());
                date.setText(dueText(row.nextMilestoneDue(), overdue, false));
                date.getStyleClass().remove(Css.OVERDUE);
                date.setGraphic(null);
                if (overdue) {
                    date.getStyleClass().add(Css.OVERDUE);
                    FontIcon clock = new FontIcon(MaterialDesignC.CLOCK_ALERT_OUTLINE);
                    scaleWithText(clock, date);
                    date.setGraphic(clock);
                }
                // "None planned" borrows the title alone as the graphic; put it back in its place.
                lines.getChildren().setAll(title, date);
                setGraphic(lines);
                setAccessibleText("Next milestone: " + row.nextMilestone() + ", "
                        + dueText(row.nextMilestoneDue(), overdue, true));
            }
        };
    }

    public static Label badge(Rag rag) {
        FontIcon icon = new FontIcon(switch (rag) {
            case RED -> MaterialDesignA.ALERT_OCTAGON;
            case AMBER -> MaterialDesignA.ALERT;
            case GREEN -> MaterialDesignC.CHECK_CIRCLE;
        });
        Label badge = new Label(rag.label(), icon);
        badge.getStyleClass().addAll(Css.RAG_BADGE, Css.ragClass(rag));
        badge.setMinWidth(Region.USE_PREF_SIZE);
        scaleWithText(icon, badge);
        return badge;
    }

    /**
     * Sizes an icon to its label's font, as Ikonli's icon size cannot be given in em. Set, not bound:
     * the theme's stylesheet also sets the size, and a bound property cannot be reset by CSS.
     */
    public static void scaleWithText(FontIcon icon, Label label) {
        icon.setIconSize(iconSizeFor(label.getFont()));
        label.fontProperty().addListener((observable, was, font) -> icon.setIconSize(iconSizeFor(font)));
    }

    private static int iconSizeFor(Font font) {
        return (int) Math.round(font.getSize() * 1.1);
    }

    // A Text that wraps at the cell's inner width: a cell's own wrapped text does not make its row taller.
    private static Text wrapping(TableCell<?, ?> cell, TableColumn<?, ?> column) {
        Text text = new Text();
        text.getStyleClass().add(CELL_TEXT);
        text.wrappingWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(0, column.getWidth() - cell.getPadding().getLeft() - cell.getPadding().getRight() - 2),
                column.widthProperty(), cell.paddingProperty()));
        return text;
    }

    private static void markNone(TableCell<?, ?> cell, boolean none) {
        cell.getStyleClass().remove(Css.NONE);
        if (none) {
            cell.getStyleClass().add(Css.NONE);
        }
    }

    /** "Due 3 Mar 2025", or "Overdue: 3 Mar 2025" (spoken "overdue since 3 Mar 2025"). */
    private static String dueText(LocalDate due, boolean overdue, boolean spoken) {
        if (due == null) {
            return "No date";
        }
        if (overdue) {
            return (spoken ? "overdue since " : "Overdue: ") + Formats.date(due);
        }
        return (spoken ? "due " : "Due ") + Formats.date(due);
    }
}
