package org.innovationportfolio.ui.dashboard;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.innovationportfolio.logic.dashboard.DashboardFigures;
import org.innovationportfolio.logic.dashboard.DashboardFigures.MilestoneDue;
import org.innovationportfolio.logic.dashboard.DashboardFigures.ProjectChange;
import org.innovationportfolio.logic.dashboard.DashboardFigures.StageMove;
import org.innovationportfolio.logic.dashboard.DashboardFigures.StatusChange;
import org.innovationportfolio.logic.dashboard.RagFigures;
import org.innovationportfolio.model.Rag;
import org.innovationportfolio.model.Stage;
import org.innovationportfolio.ui.Css;
import org.innovationportfolio.ui.Formats;
import org.innovationportfolio.ui.TwoColumns;
import org.innovationportfolio.ui.portfolio.PortfolioCells;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The dashboard's layout: the pipeline, RAG counts, milestones, funding and the latest RAG and stage
 * changes. Layout only.
 */
public final class DashboardView {

    public static final String STAGE_ID_PREFIX = "stage-";
    public static final String RAG_ID_PREFIX = "rag-";
    public static final String OVERDUE_ID = "figureOverdue";
    public static final String DUE_SOON_ID = "figureDueSoon";
    /** The list of active projects at Red, each a link to the project. */
    public static final String RED_LIST_ID = "redProjects";
    /** The latest changes' links are {@code change-0}, {@code change-1}…, newest first. */
    public static final String CHANGE_ID_PREFIX = "change-";
    private static final int LIST_LIMIT = 6;
    // Narrower than this, in ems of the text, two cards side by side would squeeze their figures and money.
    private static final double ONE_COLUMN_BELOW_EMS = 64;

    private final DashboardViewModel viewModel;
    private final GridPane grid = new GridPane();
    private final ScrollPane root = new ScrollPane(grid);
    private final TwoColumns columns = new TwoColumns(grid, ONE_COLUMN_BELOW_EMS);
    private Node firstFigure = grid;

    public DashboardView(DashboardViewModel viewModel) {
        this.viewModel = viewModel;
        grid.getStyleClass().add("dashboard");
        root.setFitToWidth(true);
        root.setAccessibleText("Dashboard");
        root.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        grid.add(new Label("Reading the portfolio…"), 0, 0);
        viewModel.figuresProperty().addListener((observable, was, figures) -> show(figures));
        columns.follow(root.viewportBoundsProperty());
    }

    public Parent root() {
        return root;
    }

    /** The pipeline's first stage, where the keyboard starts. */
    public Node firstFigure() {
        return firstFigure;
    }

    private void show(DashboardFigures figures) {
        boolean hadFocus = firstFigure.isFocused();
        VBox stages = card("Projects by stage", pipeline(figures));
        VBox latest = card("Latest RAG and stage changes", changes(figures.changes()));
        columns.setAll(List.of(stages,
                card("Projects under way by RAG status", ragCounts(figures)),
                card("Milestones", milestoneCounts(figures)),
                card("Overdue milestones", milestoneList(figures.overdue(), true)),
                card("Due in the next " + DashboardFigures.DUE_SOON_DAYS + " days",
                        milestoneList(figures.dueSoon(), false)),
                card("Funding " + figures.thisYear().year() + " (this year)",
                        new FundingTable(figures.thisYear(), viewModel::showAll)),
                card("Funding " + figures.nextYear().year() + " (next year)",
                        new FundingTable(figures.nextYear(), viewModel::showAll)),
                latest), java.util.Set.of(stages, latest), (Label) stages.getChildren().get(0));
        if (hadFocus) {
            firstFigure.requestFocus();
        }
    }

    private Node pipeline(DashboardFigures figures) {
        // Folds onto more lines when the window is narrow, rather than cutting the stages' names short.
        javafx.scene.layout.FlowPane row = new javafx.scene.layout.FlowPane();
        row.getStyleClass().add(Css.PIPELINE);
        row.setAlignment(Pos.CENTER_LEFT);
        List<Stage> stages = new ArrayList<>(Stage.pipeline());
        stages.add(Stage.STOPPED);
        for (Stage stage : stages) {
            int count = figures.byStage().get(stage);
            Button figure = figure(count, stage.label(), STAGE_ID_PREFIX + stage.name(),
                    stage.label() + ": " + Formats.projectCount(count) + ". Shows them in the portfolio.",
                    () -> viewModel.showStage(stage));
            if (!row.getChildren().isEmpty()) {
                FontIcon arrow = new FontIcon(stage == Stage.STOPPED ? MaterialDesignC.CIRCLE_SMALL
                        : MaterialDesignC.CHEVRON_RIGHT);
                arrow.getStyleClass().add("pipeline-arrow");
                row.getChildren().add(arrow);
            }
            if (stage == firstStage()) {
                firstFigure = figure;
            }
            row.getChildren().add(figure);
        }
        return row;
    }

    private static Stage firstStage() {
        return Stage.pipeline().get(0);
    }

    private Node ragCounts(DashboardFigures figures) {
        HBox row = new HBox();
        row.getStyleClass().add("figure-row");
        for (Rag rag : Rag.values()) {
            int count = figures.byRag().get(rag);
            Button figure = figure(count, null, RAG_ID_PREFIX + rag.name(),
                    rag.label() + ": " + Formats.projectCount(count) + " under way, " + rag.meaning()
                            + ". Shows them in the portfolio.", () -> viewModel.showRag(rag));
            VBox graphic = (VBox) figure.getGraphic();
            graphic.getChildren().add(PortfolioCells.badge(rag));
            HBox.setHgrow(figure, Priority.ALWAYS);
            row.getChildren().add(figure);
        }
        VBox box = new VBox(row);
        box.getStyleClass().add("card-body");
        RagFigures rags = figures.rags();
        List<String> notes = new ArrayList<>();
        if (rags.withoutRag() > 0) {
            notes.add(Formats.projectCount(rags.withoutRag()) + " under way without a RAG status yet.");
        }
        if (rags.closed() + rags.stopped() > 0) {
            notes.add("Not counted: " + rags.closed() + " Closed and " + rags.stopped() + " Stopped.");
        }
        if (rags.stale() > 0) {
            notes.add((rags.stale() == 1 ? "1 RAG status is " : rags.stale() + " RAG statuses are ")
                    + rags.staleness().words() + ": ask for an update.");
        }
        for (String note : notes) {
            Label label = new Label(note);
            label.getStyleClass().add(Css.APP_SUBTITLE);
            label.setWrapText(true);
            box.getChildren().add(label);
        }
        box.getChildren().add(redList(rags));
        return box;
    }

    /** The active projects at Red by name, each opening its project; a stale RAG says so. */
    private Node redList(RagFigures rags) {
        Label heading = new Label("Red projects under way");
        heading.getStyleClass().add(Css.FIGURE_LABEL);
        VBox list = new VBox(heading);
        list.setId(RED_LIST_ID);
        list.getStyleClass().add("link-list");
        if (rags.red().isEmpty()) {
            Label none = new Label("No project under way is at Red.");
            none.getStyleClass().add(Css.APP_SUBTITLE);
            list.getChildren().add(none);
        }
        for (RagFigures.RedProject red : rags.red()) {
            String detail = "Red since " + Formats.date(red.since())
                    + (red.stale() ? " · Stale: " + rags.staleness().words() : "");
            list.getChildren().add(link(red.title(), detail, () -> viewModel.showProject(red.id())));
        }
        return list;
    }

    private Node milestoneCounts(DashboardFigures figures) {
        Button overdue = figure(figures.overdueCount(), "overdue", OVERDUE_ID,
                figures.overdueCount() + " milestones overdue, in " + Formats.projectCount(figures.overdueProjects())
                        + ". Shows those projects in the portfolio.", viewModel::showOverdue);
        if (figures.overdueCount() > 0) {
            overdue.getStyleClass().add("figure-warning");
        }
        Button soon = figure(figures.dueSoon().size(), "due in " + DashboardFigures.DUE_SOON_DAYS + " days",
                DUE_SOON_ID, figures.dueSoon().size() + " milestones due in the next " + DashboardFigures.DUE_SOON_DAYS
                        + " days. Shows those projects in the portfolio.", viewModel::showDueSoon);
        HBox.setHgrow(overdue, Priority.ALWAYS);
        HBox.setHgrow(soon, Priority.ALWAYS);
        HBox row = new HBox(overdue, soon);
        row.getStyleClass().add("figure-row");
        Label projects = new Label("Overdue milestones are in " + Formats.projectCount(figures.overdueProjects())
                .toLowerCase(java.util.Locale.ROOT) + ".");
        projects.getStyleClass().add(Css.APP_SUBTITLE);
        return new VBox(row, projects);
    }

    private Node milestoneList(List<MilestoneDue> milestones, boolean overdue) {
        VBox list = new VBox();
        list.getStyleClass().add("link-list");
        if (milestones.isEmpty()) {
            Label none = new Label(overdue ? "No milestone is overdue." : "Nothing is due in the next 90 days.");
            none.getStyleClass().add(Css.APP_SUBTITLE);
            list.getChildren().add(none);
        }
        for (MilestoneDue due : milestones.subList(0, Math.min(LIST_LIMIT, milestones.size()))) {
            list.getChildren().add(link(due.milestone(), due.projectTitle() + " · " + due.detail(Formats::date),
                    () -> viewModel.showProject(due.projectId())));
        }
        if (milestones.size() > LIST_LIMIT) {
            Button more = new Button("and " + (milestones.size() - LIST_LIMIT) + " more: show the projects");
            more.getStyleClass().addAll(Styles.FLAT, Styles.ACCENT);
            more.setOnAction(event -> {
                if (overdue) {
                    viewModel.showOverdue();
                } else {
                    viewModel.showDueSoon();
                }
            });
            list.getChildren().add(more);
        }
        return list;
    }

    private Node changes(List<ProjectChange> changes) {
        VBox list = new VBox();
        list.getStyleClass().add("link-list");
        if (changes.isEmpty()) {
            list.getChildren().add(new Label("No RAG status or stage change has been recorded yet."));
        }
        int index = 0;
        for (ProjectChange change : changes) {
            Label badge;
            String detail;
            if (change instanceof StatusChange rag) {
                detail = "RAG: " + (rag.from() == null ? "first given, " + rag.to().label()
                        : rag.from().label() + " \u2192 " + rag.to().label())
                        + " \u00b7 " + Formats.date(rag.date())
                        + (rag.commentary() == null ? "" : " \u00b7 " + firstLine(rag.commentary()));
                badge = PortfolioCells.badge(rag.to());
            } else {
                StageMove move = (StageMove) change;
                detail = "Stage: " + move.from().label() + " \u2192 " + move.to().label()
                        + " \u00b7 " + Formats.date(move.date());
                badge = stageBadge();
            }
            VBox link = link(change.projectTitle(), detail, () -> viewModel.showProject(change.projectId()));
            link.getChildren().get(0).setId(CHANGE_ID_PREFIX + index++);
            // A column as wide as the widest badge, so the headings line up whatever the word.
            javafx.scene.layout.StackPane badgeColumn = new javafx.scene.layout.StackPane(badge);
            badgeColumn.setAlignment(Pos.TOP_LEFT);
            badgeColumn.setStyle("-fx-min-width: 7.5em;");
            HBox row = new HBox(badgeColumn, link);
            row.getStyleClass().add("change-row");
            row.setAlignment(Pos.TOP_LEFT);
            HBox.setHgrow(link, Priority.ALWAYS);
            list.getChildren().add(row);
        }
        return list;
    }

    /** The word "Stage" with an arrow, where a RAG change shows its RAG badge. */
    private static Label stageBadge() {
        FontIcon icon = new FontIcon(MaterialDesignC.CHEVRON_DOUBLE_RIGHT);
        Label badge = new Label("Stage", icon);
        badge.getStyleClass().add("stage-badge");
        badge.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return badge;
    }

    private static String firstLine(String text) {
        String line = text.lines().findFirst().orElse("");
        return line.length() > 140 ? line.substring(0, 139) + "…" : line;
    }

    /** A big number over its label, as a button: Tab reaches it, Enter or Space follows it. */
    private static Button figure(int number, String label, String id, String spoken, Runnable action) {
        Label value = new Label(Integer.toString(number));
        value.getStyleClass().add(Css.FIGURE_NUMBER);
        VBox graphic = new VBox(value);
        graphic.setAlignment(Pos.CENTER);
        if (label != null) {
            Label caption = new Label(label);
            caption.getStyleClass().add(Css.FIGURE_LABEL);
            graphic.getChildren().add(caption);
        }
        Button button = new Button(null, graphic);
        button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        button.setId(id);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setAccessibleText(spoken);
        button.getStyleClass().add(Css.FIGURE);
        button.setOnAction(event -> action.run());
        return button;
    }

    /** A two-line link to a project: what (a hyperlink, reached by Tab), then its detail. */
    private static VBox link(String heading, String detail, Runnable action) {
        javafx.scene.control.Hyperlink top = new javafx.scene.control.Hyperlink(heading);
        top.getStyleClass().add("link-heading");
        top.setWrapText(true);
        top.setMnemonicParsing(false);
        top.setAccessibleText(heading + ". " + detail + ". Opens the project.");
        top.setOnAction(event -> action.run());
        Label bottom = new Label(detail);
        bottom.getStyleClass().add(Css.CELL_DETAIL);
        bottom.setWrapText(true);
        bottom.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox item = new VBox(top, bottom);
        item.getStyleClass().add("link-item");
        return item;
    }

    private static VBox card(String title, Node body) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Css.CARD_TITLE);
        heading.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
        VBox card = new VBox(heading, body);
        card.getStyleClass().add(Css.CARD);
        card.setMaxHeight(Double.MAX_VALUE);
        return card;
    }
}
