package org.innovationportfolio.ui;

import javafx.scene.control.Labeled;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Two parts of a page side by side, the second taking the width left, or the second under the first when the
 * room is narrower than a number of ems of the page's text or than the two need side by side: a form beside its
 * history that folds on a small window or at large text, where the history would otherwise be squeezed until its
 * words break. It moves the parts rather than rebuilding them, so the keyboard's place is kept.
 */
public final class SideBySide extends VBox {

    private final Region first;
    private final Region second;
    private final HBox across;
    private final VBox down;
    private final double sideBySideFromEms;
    private final Labeled textSize;

    /**
     * @param spacing the pixels between the two parts, either way
     * @param sideBySideFromEms the narrowest room, in ems of {@code textSize}'s font, that shows them side by side
     * @param textSize a label on the page, whose font gives the em
     */
    public SideBySide(Region first, Region second, double spacing, double sideBySideFromEms, Labeled textSize) {
        this.first = first;
        this.second = second;
        this.across = new HBox(spacing);
        this.down = new VBox(spacing);
        this.sideBySideFromEms = sideBySideFromEms;
        this.textSize = textSize;
        HBox.setHgrow(second, Priority.ALWAYS);
        VBox.setVgrow(second, Priority.ALWAYS);
        VBox.setVgrow(across, Priority.ALWAYS);
        VBox.setVgrow(down, Priority.ALWAYS);
        across.getChildren().setAll(first, second);
        getChildren().setAll(across);
        widthProperty().addListener((observable, was, now) -> arrange());
        textSize.fontProperty().addListener((observable, was, font) -> arrange());
    }

    /** True while the second part is under the first. */
    public boolean isStacked() {
        return getChildren().contains(down);
    }

    /** Never wider than the wider part needs: the parts fold under each other rather than push the page wider. */
    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + Math.max(first.minWidth(-1), second.minWidth(-1)) + snappedRightInset();
    }

    private void arrange() {
        double room = getWidth() - snappedLeftInset() - snappedRightInset();
        if (room <= 0) {
            return;
        }
        double needed = Math.max(sideBySideFromEms * textSize.getFont().getSize(),
                first.minWidth(-1) + across.getSpacing() + second.minWidth(-1));
        Pane wanted = room < needed ? down : across;
        if (!getChildren().contains(wanted)) {
            wanted.getChildren().setAll(first, second);
            getChildren().setAll(wanted);
        }
    }
}
