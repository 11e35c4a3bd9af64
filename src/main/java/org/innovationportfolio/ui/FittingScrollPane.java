package org.innovationportfolio.ui;

import atlantafx.base.theme.Tweaks;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * A page that scrolls up and down when the window is too short for it, and otherwise is given the window's full
 * height to grow into (a table taking what is left). It never scrolls sideways: the page folds to its width.
 */
public final class FittingScrollPane extends ScrollPane {

    public FittingScrollPane(Node content) {
        super(content);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        getStyleClass().add(Tweaks.EDGE_TO_EDGE);
    }

    @Override
    protected void layoutChildren() {
        Bounds viewport = getViewportBounds();
        if (getContent() != null && viewport.getWidth() > 0) {
            setFitToHeight(getContent().prefHeight(viewport.getWidth()) <= viewport.getHeight());
        }
        super.layoutChildren();
    }
}
