package org.innovationportfolio.ui;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import org.innovationportfolio.logic.portfolio.PortfolioRow;
import org.innovationportfolio.model.Money;
import org.innovationportfolio.model.Rag;
import org.innovationportfolio.model.Stage;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/** The portfolio page: the council's heading over the sortable table of projects. Layout only. */
public final class PortfolioView {

    static final String TABLE_ID = "portfolioTable";
    static final String LOAD_SAMPLE_BUTTON_ID = "loadSampleButton";

    private final PortfolioViewModel viewModel;
    private final TableView<PortfolioRow> table = new TableView<>();
    private final BorderPane root = new BorderPane();

    public PortfolioView(PortfolioViewModel viewModel, LocalDate today) {
        this.viewModel = viewModel;
        root.setTop(header());
        root.setCenter(table(today));
    }

    public Parent root() {
        return root;
    }

    /** The table, for the window to give it the keyboard focus. */
    public TableView<PortfolioRow> table() {
        return table;
    }

    private VBox header() {
        Label council = new Label();
        council.textProperty().bind(viewModel.headingProperty());
        council.getStyleClass().add(Styles.TITLE_2);
        Label subtitle = new Label();
        subtitle.textProperty().bind(Bindings.concat("Portfolio of adopted innovations and pilots · ",
                viewModel.fundingHeaderProperty(), " is the money awarded for this financial year, all sources"));
        subtitle.getStyleClass().add(Css.APP_SUBTITLE);
        subtitle.setWrapText(true);
        Label sample = new Label("Sample data: this council and its projects are fictional.");
        sample.getStyleClass().add(Css.SAMPLE_NOTICE);
        sample.visibleProperty().bind(viewModel.sampleLoadedProperty());
        sample.managedProperty().bind(sample.visibleProperty());
        VBox header = new VBox(council, subtitle, sample);
        header.getStyleClass().add(Css.APP_HEADER);
        return header;
    }

    private TableView<PortfolioRow> table(LocalDate today) {
        table.setId(TABLE_ID);
        table.getStyleClass().addAll(Css.PORTFOLIO_TABLE, Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setAccessibleText("Portfolio projects");
        table.accessibleHelpProperty().bind(viewModel.statusTextProperty());
        // The columns share out the table's width in proportion to their preferred widths.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);

        TableColumn<PortfolioRow, String> title = column("Title", 0.21);
        title.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().title()));
        title.setCellFactory(PortfolioCells.text(s -> s, ""));
        title.setComparator(String.CASE_INSENSITIVE_ORDER);

        TableColumn<PortfolioRow, String> innovation = column("Innovation", 0.17);
        innovation.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().innovationTitle()));
        innovation.setCellFactory(PortfolioCells.text(s -> s, "Not linked"));
        innovation.setComparator(Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER));

        TableColumn<PortfolioRow, Stage> stage = column("Stage", 0.09);
        stage.setMinWidth(ems(9)); // "Business case" on one line
        stage.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().stage()));
        stage.setCellFactory(PortfolioCells.text(Stage::label, ""));

        TableColumn<PortfolioRow, Rag> rag = column("RAG", 0.09);
        rag.setMinWidth(ems(8.5)); // the widest badge, "Amber" with its icon, never truncated
        rag.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().rag()));
        rag.setCellFactory(PortfolioCells.rag());
        rag.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));

        TableColumn<PortfolioRow, String> lead = column("Lead officer", 0.12);
        lead.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().leadOfficer()));
        lead.setCellFactory(PortfolioCells.text(s -> s, "Not named"));
        lead.setComparator(Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER));

        TableColumn<PortfolioRow, PortfolioRow> milestone = column("Next milestone", 0.19);
        milestone.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        milestone.setCellFactory(PortfolioCells.milestone(today));
        milestone.setComparator(Comparator.comparing(PortfolioRow::nextMilestoneDue,
                Comparator.nullsLast(Comparator.naturalOrder())));

        TableColumn<PortfolioRow, Money> funding = column("", 0.13);
        funding.setMinWidth(ems(12)); // "Funding 2025/26" in full, with room for the sort arrow
        funding.textProperty().bind(viewModel.fundingHeaderProperty());
        funding.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().fundingThisYear()));
        funding.setCellFactory(PortfolioCells.pounds());
        funding.getStyleClass().add(Css.NUMERIC);

        table.getColumns().setAll(List.of(title, innovation, stage, rag, lead, milestone, funding));
        SortedList<PortfolioRow> sorted = new SortedList<>(viewModel.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(placeholder());
        return table;
    }

    private static <T> TableColumn<PortfolioRow, T> column(String heading, double share) {
        TableColumn<PortfolioRow, T> column = new TableColumn<>(heading);
        column.setPrefWidth(share * 1200);
        column.setMinWidth(Math.max(ems(5), share * 500));
        column.setReorderable(false);
        return column;
    }

    /** A width in ems of the default font, for the few widths that must be set in code. */
    private static double ems(double ems) {
        return ems * Font.getDefault().getSize();
    }

    /** What an empty table shows: "still reading", or an empty portfolio with the sample on offer. */
    private VBox placeholder() {
        Label heading = new Label();
        heading.textProperty().bind(Bindings.when(viewModel.loadedProperty())
                .then("There are no projects in this portfolio yet")
                .otherwise("Reading the portfolio…"));
        heading.getStyleClass().add(Styles.TITLE_4);
        Label explanation = new Label("To see what the application can do, you can load the sample portfolio "
                + "of Northbrook Borough Council, a fictional council.");
        explanation.setWrapText(true);
        explanation.setMaxWidth(Double.MAX_VALUE);
        Button loadSample = new Button("_Load sample portfolio", new FontIcon(MaterialDesignF.FOLDER_OPEN_OUTLINE));
        loadSample.setId(LOAD_SAMPLE_BUTTON_ID);
        loadSample.getStyleClass().add(Styles.ACCENT);
        loadSample.setAccessibleHelp("Fills the empty portfolio with a fictional council's projects");
        loadSample.setOnAction(event -> viewModel.loadSample());
        loadSample.disableProperty().bind(viewModel.busyProperty());
        explanation.visibleProperty().bind(viewModel.loadedProperty());
        loadSample.visibleProperty().bind(viewModel.loadedProperty());
        VBox placeholder = new VBox(heading, explanation, loadSample);
        placeholder.getStyleClass().add(Css.EMPTY_PORTFOLIO);
        placeholder.setAlignment(Pos.CENTER);
        return placeholder;
    }
}
