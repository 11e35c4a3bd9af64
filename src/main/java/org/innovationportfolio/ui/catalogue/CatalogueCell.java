package org.innovationportfolio.ui.catalogue;

import java.util.function.Function;
import java.util.function.Predicate;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.innovationportfolio.model.Innovation;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * One catalogue entry in the result list: title, who ran it and where it sits, award, "Adopted" when it is, and
 * while words are searched for, where they were found.
 */
final class CatalogueCell extends ListCell<Innovation> {

    private final Predicate<Innovation> adopted;
    private final Function<Innovation, String> matchReason;
    private final Label title = new Label();
    private final Label detail = new Label();
    private final Label reason = new Label();
    private final Label award = new Label();
    private final Label adoptedBadge = new Label("Adopted", new FontIcon(MaterialDesignC.CHECK_DECAGRAM));
    private final HBox box;

    /** @param matchReason why an entry matched the search ("Matched in: summary — ‘…’"), or empty */
    CatalogueCell(Predicate<Innovation> adopted, Function<Innovation, String> matchReason) {
        this.adopted = adopted;
        this.matchReason = matchReason;
        title.getStyleClass().add(CatalogueStyles.ENTRY_TITLE);
        title.setWrapText(true);
        detail.getStyleClass().add(CatalogueStyles.ENTRY_DETAIL);
        detail.setWrapText(true);
        reason.getStyleClass().add(CatalogueStyles.ENTRY_REASON);
        reason.setWrapText(true);
        award.getStyleClass().add(CatalogueStyles.ENTRY_AWARD);
        adoptedBadge.getStyleClass().add(CatalogueStyles.ADOPTED_BADGE);
        adoptedBadge.setMinWidth(Region.USE_PREF_SIZE);
        award.setMinWidth(Region.USE_PREF_SIZE);
        VBox text = new VBox(title, detail, reason);
        text.getStyleClass().add(CatalogueStyles.ENTRY_TEXT);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMinWidth(0);
        text.setPrefWidth(0);
        VBox right = new VBox(award, adoptedBadge);
        right.getStyleClass().add(CatalogueStyles.ENTRY_RIGHT);
        box = new HBox(text, right);
        box.getStyleClass().add(CatalogueStyles.ENTRY_CELL);
        setPrefWidth(0);
    }

    /** The entry's lines wrap, so its height depends on the width the list gives it, not on its one-line height. */
    @Override
    protected double computePrefHeight(double width) {
        if (getGraphic() == null || width <= 0) {
            return super.computePrefHeight(width);
        }
        double inside = width - snappedLeftInset() - snappedRightInset();
        return snappedTopInset() + box.prefHeight(inside) + snappedBottomInset();
    }

    @Override
    protected void updateItem(Innovation entry, boolean empty) {
        super.updateItem(entry, empty);
        if (empty || entry == null) {
            setGraphic(null);
            setText(null);
            setAccessibleText(null);
            return;
        }
        boolean isAdopted = adopted.test(entry);
        title.setText(entry.title());
        detail.setText(CatalogueText.whoAndWhere(entry));
        award.setText(entry.award() == null ? "" : entry.award().display());
        award.setVisible(entry.award() != null);
        award.setManaged(entry.award() != null);
        String why = matchReason.apply(entry);
        reason.setText(why);
        reason.setVisible(!why.isEmpty());
        reason.setManaged(!why.isEmpty());
        adoptedBadge.setVisible(isAdopted);
        adoptedBadge.setManaged(isAdopted);
        setGraphic(box);
        setText(null);
        setAccessibleText(CatalogueText.accessibleSummary(entry, isAdopted) + (why.isEmpty() ? "" : " " + why + "."));
    }
}
