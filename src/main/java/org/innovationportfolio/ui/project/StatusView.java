package org.innovationportfolio.ui.project;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polyline;
import org.innovationportfolio.logic.project.DateText;
import org.innovationportfolio.model.Rag;
import org.innovationportfolio.model.StatusUpdate;
import org.innovationportfolio.ui.Css;
import org.innovationportfolio.ui.SideBySide;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** The Status tab's layout: the new-update form, the sparkline of RAG over time and the history, newest first. */
final class StatusView {

    private static final double SPARK_WIDTH = 260;
    private static final double SPARK_HEIGHT = 48;
    /** The narrowest a history beside its form may be; narrower, it goes under the form. */
    static final String HISTORY_MIN_WIDTH = "-fx-min-width: 18em;";

    private final StatusViewModel vm;
    private final VBox root;
    private final Pane sparkline = new Pane();

    StatusView(StatusViewModel vm) {
        this.vm = vm;
        Button add = new Button("_Add RAG update", new FontIcon(MaterialDesignP.PLUS));
        add.setId("addStatus");
        add.getStyleClass().add(Styles.ACCENT);
        VBox ragField = Fields.choice("_RAG", vm.ragProperty(), Rag.values(), "statusRag",
                r -> r.label() + " — " + r.meaning(), Rag::label);
        // The chosen RAG's meaning, whole and wrapping under the drop-down, rather than cut short in it on a narrow
        // form ("Red — Significant problems: needs t...").
        Label meaning = new Label();
        meaning.setId("statusRagMeaning");
        meaning.setWrapText(true);
        meaning.setMinHeight(Region.USE_PREF_SIZE);
        meaning.getStyleClass().add(Styles.TEXT_MUTED);
        meaning.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.ragProperty().get() == null ? "" : vm.ragProperty().get().meaning(), vm.ragProperty()));
        ragField.getChildren().add(2, meaning);
        SideBySide firstLine = new SideBySide(
                MilestonesView.sized(Fields.date("_Date", vm.date, "statusDate", "e.g. 3 Mar 2025"), 190), ragField, 12, 0,
                (Labeled) ragField.getChildren().get(0));
        VBox form = EntryForm.card("statusForm", vm.form(), add, vm::add, new SimpleBooleanProperty(false),
                "This RAG update has not been added yet: press Add RAG update, or it will be left out when you save.",
                "", title("New RAG update"), firstLine, Fields.area("_Commentary", vm.commentary, "statusCommentary", 3),
                add);

        sparkline.setId("ragSparkline");
        sparkline.setPrefWidth(SPARK_WIDTH);
        sparkline.setMinWidth(SPARK_WIDTH);
        sparkline.setMaxWidth(SPARK_WIDTH);
        sparkline.accessibleTextProperty().bind(vm.trendProperty());
        Label trend = new Label();
        trend.textProperty().bind(vm.trendSummaryProperty());
        trend.setWrapText(true);
        trend.getStyleClass().add(Styles.TEXT_MUTED);
        Label axis = new Label("Green\nAmber\nRed");
        axis.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        axis.setMinHeight(Region.USE_PREF_SIZE);
        // As tall as the axis's three words at any text size, each dot level with its word.
        sparkline.minHeightProperty().bind(axis.heightProperty());
        sparkline.prefHeightProperty().bind(axis.heightProperty());
        sparkline.maxHeightProperty().bind(axis.heightProperty());
        sparkline.heightProperty().addListener((o, was, now) -> drawSparkline());
        trend.setMinHeight(Region.USE_PREF_SIZE);
        VBox spark = new VBox(6, title("RAG over time"), new HBox(8, axis, sparkline), trend);
        spark.getStyleClass().add("record-card");
        vm.history().addListener((ListChangeListener<StatusUpdate>) c -> drawSparkline());
        drawSparkline();

        ListView<StatusUpdate> history = SizedToRows.list(new ListView<>(vm.history()));
        history.setId("statusHistory");
        history.setAccessibleText("RAG history, newest first");
        history.setPlaceholder(new Label("No RAG updates yet"));
        history.setCellFactory(v -> new HistoryCell());
        VBox.setVgrow(history, Priority.ALWAYS);
        VBox left = new VBox(16, form, spark);
        left.setStyle(MilestonesView.ems(420, 360));
        Label historyTitle = title("History, newest first");
        VBox right = new VBox(6, historyTitle, history);
        // The history is never squeezed until its words break: it goes under the form rather than beside it.
        right.setStyle(HISTORY_MIN_WIDTH);
        SideBySide body = new SideBySide(left, right, 24, 0, historyTitle);
        VBox.setVgrow(body, Priority.ALWAYS);
        root = new VBox(body);
        root.setPadding(new Insets(16, 20, 20, 20));
    }

    Node root() {
        return root;
    }

    static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TITLE_4);
        // A heading keeps its words: the layout around it makes room rather than cutting it to an ellipsis.
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private void drawSparkline() {
        List<StatusUpdate> points = vm.oldestFirst();
        sparkline.getChildren().clear();
        if (points.isEmpty()) {
            return;
        }
        Polyline line = new Polyline();
        line.getStyleClass().add("sparkline");
        double step = points.size() == 1 ? 0 : (SPARK_WIDTH - 12) / (points.size() - 1);
        for (int i = 0; i < points.size(); i++) {
            double x = 6 + i * step;
            double y = y(points.get(i).rag(), sparkline.getHeight());
            line.getPoints().addAll(x, y);
        }
        sparkline.getChildren().add(line);
        for (int i = 0; i < points.size(); i++) {
            Circle dot = new Circle(6 + i * step, y(points.get(i).rag(), sparkline.getHeight()), 4.5);
            dot.getStyleClass().addAll("spark-dot", Css.ragClass(points.get(i).rag()));
            sparkline.getChildren().add(dot);
        }
    }

    /** The middle of the axis's line for {@code rag}: Green the top of three, Red the bottom. */
    private static double y(Rag rag, double height) {
        double line = (height > 0 ? height : SPARK_HEIGHT) / 3;
        return switch (rag) {
            case GREEN -> line / 2;
            case AMBER -> line * 1.5;
            case RED -> line * 2.5;
        };
    }

    /** A history entry: the RAG badge and date over the commentary. */
    private static final class HistoryCell extends ListCell<StatusUpdate> {
        @Override
        protected void updateItem(StatusUpdate s, boolean empty) {
            super.updateItem(s, empty);
            setText(null);
            if (empty || s == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            Label date = new Label(DateText.format(s.date()));
            date.getStyleClass().add(Styles.TEXT_BOLD);
            HBox top = new HBox(10, RagBadge.of(s.rag()), date);
            top.setAlignment(Pos.CENTER_LEFT);
            Label commentary = new Label(s.commentary() == null ? "No commentary" : s.commentary());
            commentary.setWrapText(true);
            commentary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            commentary.maxWidthProperty().bind(getListView().widthProperty().subtract(48));
            VBox box = new VBox(4, top, commentary);
            box.setPadding(new Insets(4, 0, 6, 0));
            setGraphic(box);
            setAccessibleText(s.rag().label() + " on " + DateText.format(s.date()) + ". "
                    + (s.commentary() == null ? "" : s.commentary()));
        }
    }
}
