package org.innovationportfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** A grid of two columns stacks into one below its width in ems, and goes back when there is room again. */
class TwoColumnsTest {

    private final GridPane grid = new GridPane();
    private final ObjectProperty<Bounds> viewport = new SimpleObjectProperty<>(new BoundingBox(0, 0, 0, 0));
    private Label heading;
    private Label first;
    private Label second;
    private Label third;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private TwoColumns columns() {
        heading = new Label("Heading");
        first = new Label("First");
        second = new Label("Second");
        third = new Label("Third");
        TwoColumns columns = new TwoColumns(grid, 50);
        columns.follow(viewport);
        columns.setAll(List.of(heading, first, second, third), Set.of(heading), heading);
        return columns;
    }

    @Test
    void sideBySideWhenWideWithTheWideNodeAcrossBoth() {
        TwoColumns columns = columns();
        viewport.set(new BoundingBox(0, 0, ems(60), 400));

        assertThat(columns.isOneColumn()).isFalse();
        assertThat(place(heading)).containsExactly(0, 0, 2);
        assertThat(place(first)).containsExactly(0, 1, 1);
        assertThat(place(second)).containsExactly(1, 1, 1);
        assertThat(place(third)).containsExactly(0, 2, 1);
    }

    @Test
    void stackedWhenNarrowerThanItsEmsAndBackWhenWidened() {
        TwoColumns columns = columns();
        viewport.set(new BoundingBox(0, 0, ems(40), 400));

        assertThat(columns.isOneColumn()).isTrue();
        assertThat(List.of(place(heading), place(first), place(second), place(third)))
                .containsExactly(new int[] {0, 0, 2}, new int[] {0, 1, 2}, new int[] {0, 2, 2}, new int[] {0, 3, 2});

        viewport.set(new BoundingBox(0, 0, ems(60), 400));
        assertThat(place(second)).containsExactly(1, 1, 1);
    }

    private double ems(double ems) {
        return ems * heading.getFont().getSize();
    }

    private static int[] place(javafx.scene.Node node) {
        return new int[] {GridPane.getColumnIndex(node), GridPane.getRowIndex(node), GridPane.getColumnSpan(node)};
    }
}
