package org.innovationportfolio.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * Lays a grid's nodes out in two equal columns, the wide ones across both, and in one column when the room is
 * narrower than a number of ems of the page's text: a form or a dashboard that folds on a small window or at
 * large text. It moves the nodes rather than rebuilding them, so the keyboard's place is kept.
 */
public final class TwoColumns {

    private final GridPane grid;
    private final double oneColumnBelowEms;
    private final List<Node> nodes = new ArrayList<>();
    private Set<? extends Node> wide = Set.of();
    private Labeled textSize;
    private double room;

    /** @param oneColumnBelowEms the width, in ems, under which the nodes stack in one column */
    public TwoColumns(GridPane grid, double oneColumnBelowEms) {
        this.grid = grid;
        this.oneColumnBelowEms = oneColumnBelowEms;
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(half, half);
    }

    /** Takes the room to lay out in from {@code viewport}, a scroll pane's, whose content the grid is. */
    public void follow(ObservableValue<Bounds> viewport) {
        viewport.addListener((observable, was, bounds) -> {
            room = bounds.getWidth();
            arrange();
        });
    }

    /** Shows {@code shown} in order, those in {@code wideOnes} across both columns; {@code textSize} gives the em. */
    public void setAll(List<? extends Node> shown, Set<? extends Node> wideOnes, Labeled textSize) {
        nodes.clear();
        nodes.addAll(shown);
        this.wide = wideOnes;
        if (this.textSize != textSize) {
            this.textSize = textSize;
            textSize.fontProperty().addListener((observable, was, font) -> arrange());
        }
        grid.getChildren().setAll(nodes);
        arrange();
    }

    /** True when the nodes are stacked in one column. */
    public boolean isOneColumn() {
        return textSize != null && room > 0 && room < oneColumnBelowEms * textSize.getFont().getSize();
    }

    private void arrange() {
        boolean oneColumn = isOneColumn();
        int row = 0;
        int column = 0;
        for (Node node : nodes) {
            if (oneColumn || wide.contains(node)) {
                row += column;
                GridPane.setConstraints(node, 0, row++, 2, 1);
                column = 0;
            } else {
                GridPane.setConstraints(node, column, row, 1, 1);
                row += column;
                column = 1 - column;
            }
        }
    }
}
