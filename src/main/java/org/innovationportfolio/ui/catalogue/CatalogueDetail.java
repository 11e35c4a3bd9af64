package org.innovationportfolio.ui.catalogue;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.innovationportfolio.logic.catalogue.Adoption.AdoptedBy;
import org.innovationportfolio.logic.catalogue.CatalogueContents;
import org.innovationportfolio.logic.project.DateText;
import org.innovationportfolio.model.Evidence;
import org.innovationportfolio.model.Fact;
import org.innovationportfolio.model.Innovation;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** The detail pane: every field of the selected entry, each fact with its source, and Adopt or Open project. */
final class CatalogueDetail {

    static final String ADOPT_BUTTON_ID = "adoptButton";
    static final String OPEN_PROJECT_BUTTON_ID = "openProjectButton";
    static final String ADOPTED_NOTE_ID = "adoptedNote";

    private final VBox content = new VBox();
    private final ScrollPane scroll = new ScrollPane(content);
    private final Button adopt = new Button("_Adopt into portfolio", new FontIcon(MaterialDesignP.PLUS_CIRCLE_OUTLINE));
    private final Button openProject = new Button("_Open project", new FontIcon(MaterialDesignO.OPEN_IN_NEW));
    private final Button adoptAgain = new Button("Adopt a_gain");

    CatalogueDetail(Runnable onAdoptOrOpen, Runnable onAdoptAgain) {
        content.getStyleClass().add(CatalogueStyles.DETAIL);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setFocusTraversable(false);
        adopt.setId(ADOPT_BUTTON_ID);
        adopt.getStyleClass().add(Styles.ACCENT);
        adopt.setOnAction(e -> onAdoptOrOpen.run());
        openProject.setId(OPEN_PROJECT_BUTTON_ID);
        openProject.getStyleClass().add(Styles.ACCENT);
        openProject.setOnAction(e -> onAdoptOrOpen.run());
        adoptAgain.setOnAction(e -> onAdoptAgain.run());
        adoptAgain.setAccessibleHelp("Creates a second project for this innovation.");
        show(null, CatalogueContents.EMPTY, false);
    }

    Node view() {
        return scroll;
    }

    Button adoptButton() {
        return adopt;
    }

    /** Shows {@code entry}, or a hint when nothing is selected. */
    void show(Innovation entry, CatalogueContents contents, boolean busy) {
        content.getChildren().clear();
        scroll.setVvalue(0);
        if (entry == null) {
            Label hint = new Label("Choose an innovation on the left to see what it is, who ran it, the evidence and "
                    + "the funding, with the source of every fact.");
            hint.setWrapText(true);
            hint.getStyleClass().add(CatalogueStyles.EMPTY);
            content.getChildren().add(hint);
            return;
        }
        Label title = wrapped(entry.title());
        title.getStyleClass().addAll(Styles.TITLE_3, CatalogueStyles.DETAIL_HEADING);
        title.setAccessibleRole(AccessibleRole.TEXT);
        Label where = wrapped(CatalogueText.whoAndWhere(entry));
        where.getStyleClass().add(Styles.TEXT_MUTED);
        content.getChildren().addAll(title, where, adoptionBox(contents.adoptedBy(entry.id()), busy));
        section("Summary", entry.summary());
        section("Target group", entry.targetGroup());
        section("Lead organisations", String.join("; ", entry.leadOrganisations()));
        section("Partners", String.join("; ", entry.partners()));
        funding(entry);
        evidence(entry.evidence());
        facts(entry.facts(), contents);
        sources(entry.sources().stream().map(contents::describe).toList());
    }

    private Node adoptionBox(List<AdoptedBy> adoptedBy, boolean busy) {
        adopt.setDisable(busy);
        adoptAgain.setDisable(busy);
        if (adoptedBy.isEmpty()) {
            Label hint = wrapped("Adopting creates a project in Exploring, linked to this entry, and opens it.");
            hint.getStyleClass().add(Styles.TEXT_MUTED);
            VBox box = new VBox(adopt, hint);
            box.getStyleClass().add("catalogue-adopt-box");
            return box;
        }
        AdoptedBy first = adoptedBy.get(0);
        String also = adoptedBy.size() > 1 ? " and " + (adoptedBy.size() - 1) + " more" : "";
        Label note = wrapped("Adopted in your portfolio as “" + first.title() + "” (" + first.stage() + ")" + also + ".");
        note.setGraphic(new FontIcon(MaterialDesignC.CHECK_DECAGRAM));
        note.setId(ADOPTED_NOTE_ID);
        // Wraps under one another in a narrow detail pane rather than cutting the buttons' words short.
        FlowPane buttons = new FlowPane(openProject, adoptAgain);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.getStyleClass().add("catalogue-adopt-buttons");
        VBox box = new VBox(note, buttons);
        box.getStyleClass().add(CatalogueStyles.ADOPTED_NOTE);
        return box;
    }

    private void funding(Innovation entry) {
        if (entry.award() == null) {
            section("Funding", null);
            return;
        }
        String asWritten = entry.award().asWritten();
        String text = entry.award().display() + " (" + entry.award().amount().formatPounds() + ")"
                + (asWritten == null ? "" : ", written in the source as “" + asWritten + "”");
        section("Funding", text);
    }

    private void evidence(Evidence evidence) {
        StringBuilder text = new StringBuilder(CatalogueText.evaluation(evidence));
        if (evidence.evaluator() != null) {
            text.append(". Evaluator: ").append(evidence.evaluator());
        }
        if (evidence.findings() != null) {
            text.append(System.lineSeparator()).append(evidence.findings());
        }
        if (evidence.link() != null) {
            text.append(System.lineSeparator()).append(evidence.link());
        }
        section("Evidence", text.toString());
    }

    private void facts(List<Fact> facts, CatalogueContents contents) {
        if (facts.isEmpty()) {
            return;
        }
        content.getChildren().add(heading("Facts and figures (" + facts.size() + ")"));
        for (Fact fact : facts) {
            Label text = wrapped(fact.text() + (fact.date() == null ? "" : " (" + DateText.formatPeriod(fact.date()) + ")"));
            Label source = wrapped(contents.describe(fact.source()));
            source.setGraphic(new FontIcon(MaterialDesignF.FILE_DOCUMENT_OUTLINE));
            source.getStyleClass().add(CatalogueStyles.SOURCE);
            VBox box = new VBox(text, source);
            box.getStyleClass().add(CatalogueStyles.FACT);
            box.setFocusTraversable(false);
            box.setAccessibleText(fact.text() + ". Source: " + source.getText());
            content.getChildren().add(box);
        }
    }

    /** A heading and its text; "Not stated in the sources" where the catalogue has nothing. */
    private void section(String name, String value) {
        Label text = wrapped(value == null || value.isBlank() ? "Not stated in the sources" : value);
        if (value == null || value.isBlank()) {
            text.getStyleClass().add(CatalogueStyles.EMPTY);
        }
        content.getChildren().addAll(heading(name), text);
    }

    /** Every source the entry cites, one a line, in the order cited. */
    private void sources(List<String> described) {
        if (described.isEmpty()) {
            section("Source", null);
            return;
        }
        content.getChildren().add(heading(described.size() == 1 ? "Source" : "Sources"));
        for (String source : described) {
            Label text = wrapped(source);
            text.getStyleClass().add(CatalogueStyles.CITATION);
            content.getChildren().add(text);
        }
    }

    private static Label heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add(CatalogueStyles.SECTION_HEADING);
        heading.setAccessibleRole(AccessibleRole.TEXT);
        return heading;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }
}
