package org.innovationportfolio.ui;

import java.time.LocalDate;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Callback;
import org.innovationportfolio.logic.portfolio.PortfolioRow;
import org.innovationportfolio.model.Money;
import org.innovationportfolio.model.Rag;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * How the portfolio table draws its cells: RAG as a word in a coloured badge with its own icon shape,
 * money right-aligned, the next milestone with its date. Each cell also carries the text a screen
 * reader speaks.
 */
final class PortfolioCells {

    private PortfolioCells() {
    }

    /** Plain text, with a tooltip for what does not fit and {@code none} (quieter) when empty. */
    static <T> Callback<TableColumn<PortfolioRow, T>, TableCell<PortfolioRow, T>> text(Function<T, String> format,
            String none) {
        return column -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                String text = empty || item == null ? null : format.apply(item);
                boolean missing = !empty && (text == null || text.isBlank());
                getStyleClass().remove(Css.NONE);
                if (missing) {
                    getStyleClass().add(Css.NONE);
                }
                setText(empty ? null : missing ? none : text);
                setTooltip(missing || empty ? null : new Tooltip(text));
                setAccessibleText(empty ? null : column.getText() + ": " + (missing ? none : text));
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
                setText(null);
                getStyleClass().remove(Css.NONE);
                if (empty) {
                    setGraphic(null);
                    setTooltip(null);
                    setAccessibleText(null);
                } else if (rag == null) {
                    getStyleClass().add(Css.NONE);
                    setGraphic(null);
                    setText("Not set");
                    setTooltip(null);
                    setAccessibleText("RAG: not set");
                } else {
                    setGraphic(badge(rag));
                    setTooltip(new Tooltip(rag.label() + ": " + rag.meaning()));
                    setAccessibleText("RAG: " + rag.label() + ", " + rag.meaning());
                }
            }
        };
    }

    /** The next milestone's title over its due date, marked when it is overdue. */
    static Callback<TableColumn<PortfolioRow, PortfolioRow>, TableCell<PortfolioRow, PortfolioRow>> milestone(
            LocalDate today) {
        return column -> new TableCell<>() {
            @Override
            protected void updateItem(PortfolioRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(null);
                getStyleClass().remove(Css.NONE);
                if (empty || row == null) {
                    setGraphic(null);
                    setTooltip(null);
                    setAccessibleText(null);
                    return;
                }
                if (row.nextMilestone() == null) {
                    getStyleClass().add(Css.NONE);
                    setGraphic(null);
                    setText("None planned");
                    setTooltip(null);
                    setAccessibleText("Next milestone: none planned");
                    return;
                }
                String due = dueText(row.nextMilestoneDue(), today);
                Label title = new Label(row.nextMilestone());
                Label date = new Label(due);
                date.getStyleClass().add(Css.CELL_DETAIL);
                if (row.nextMilestoneDue() != null && row.nextMilestoneDue().isBefore(today)) {
                    date.getStyleClass().add(Css.OVERDUE);
                    FontIcon clock = new FontIcon(MaterialDesignC.CLOCK_ALERT_OUTLINE);
                    date.setGraphic(clock);
                    scaleWithText(clock, date);
                }
                VBox lines = new VBox(title, date);
                lines.getStyleClass().add("milestone-lines");
                setGraphic(lines);
                setTooltip(new Tooltip(row.nextMilestone() + "\n" + due));
                setAccessibleText("Next milestone: " + row.nextMilestone() + ", " + due);
            }
        };
    }

    static Label badge(Rag rag) {
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

    /** Sizes an icon to its label's font, as Ikonli's icon size cannot be given in em. */
    static void scaleWithText(FontIcon icon, Label label) {
        icon.iconSizeProperty().bind(Bindings.createIntegerBinding(
                () -> (int) Math.round(label.getFont().getSize() * 1.1), label.fontProperty()));
    }

    private static String dueText(LocalDate due, LocalDate today) {
        if (due == null) {
            return "No date";
        }
        return (due.isBefore(today) ? "Overdue: was due " : "Due ") + Formats.date(due);
    }
}
