package org.innovationportfolio.ui.briefing;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.innovationportfolio.logic.briefing.BriefingSection;
import org.innovationportfolio.logic.ports.Marking;
import org.innovationportfolio.model.Stage;
import org.innovationportfolio.ui.briefing.ProjectSelection.Scope;

/** The five steps' layouts, each bound to the wizard's view model. Layout only. */
final class WizardSteps {

    static final String BOARD_ID = "briefingBoard";
    static final String DATE_ID = "briefingMeetingDate";
    static final String AUTHOR_ID = "briefingAuthor";
    static final String COUNCIL_ID = "briefingCouncil";
    static final String PROJECT_LIST_ID = "briefingProjects";
    static final String SEARCH_ID = "briefingSearch";
    static final String FOLDER_ID = "briefingFolder";
    static final String FILE_NAME_ID = "briefingFileName";
    static final String PURPOSE_ID = "briefingPurpose";
    static final String DECISION_ID = "briefingDecision";
    static final String CONTACT_NAME_ID = "briefingContactName";

    private final BriefingWizardViewModel vm;

    WizardSteps(BriefingWizardViewModel vm) {
        this.vm = vm;
    }

    VBox meeting() {
        TextField board = new TextField();
        board.setId(BOARD_ID);
        board.setPromptText(org.innovationportfolio.logic.briefing.BriefingRequest.DEFAULT_BOARD);
        board.textProperty().bindBidirectional(vm.meeting().boardProperty());
        VBox boardField = WizardFields.labelled("B_oard or meeting", board);
        boardField.getChildren().addAll(WizardFields.hint("On the cover and in the header of every page."),
                WizardFields.error(vm.meeting().boardErrorBinding(), board, BOARD_ID + "Error"));

        TextField date = new TextField();
        date.setId(DATE_ID);
        date.setPrefColumnCount(14);
        date.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        date.setPromptText("3 Mar 2025");
        date.textProperty().bindBidirectional(vm.meeting().meetingDateTextProperty());
        VBox dateField = WizardFields.labelled("Meeting _date", date);
        dateField.getChildren().addAll(WizardFields.hint(vm.meeting().meetingDateReadingBinding()),
                WizardFields.error(vm.meeting().meetingDateErrorProperty(), date, DATE_ID + "Error"));

        TextField author = new TextField();
        author.setId(AUTHOR_ID);
        author.setPromptText("Your name and role");
        author.textProperty().bindBidirectional(vm.meeting().authorProperty());
        VBox authorField = WizardFields.labelled("_Author (optional)", author);
        authorField.getChildren().add(WizardFields.hint("Left blank, the pack is from the council."));

        TextField council = new TextField();
        council.setId(COUNCIL_ID);
        council.textProperty().bindBidirectional(vm.meeting().councilProperty());
        VBox councilField = WizardFields.labelled("Counc_il", council);

        ToggleGroup markings = new ToggleGroup();
        HBox radios = new HBox(16);
        for (Marking marking : Marking.values()) {
            RadioButton radio = WizardFields.radioButton(marking.label());
            radio.setMnemonicParsing(false);
            radio.setUserData(marking);
            radio.setToggleGroup(markings);
            radio.setAccessibleText("Marking " + marking.label());
            radios.getChildren().add(radio);
        }
        bindToggles(markings, vm.meeting().markingProperty().get(), chosen -> vm.meeting().markingProperty().set((Marking) chosen));
        vm.meeting().markingProperty().addListener((o, was, now) -> select(markings, now));
        Label markingLabel = new Label("_Marking");
        markingLabel.getStyleClass().add(WizardFields.FIELD_LABEL);
        markingLabel.setMnemonicParsing(true);
        markingLabel.setLabelFor(radios.getChildren().get(0));
        VBox markingField = new VBox(markingLabel, radios, WizardFields.hint("On every page and in the file's properties. "
                + "Use OFFICIAL-SENSITIVE when the pack names children or families, or holds commercial figures."));
        markingField.getStyleClass().add(WizardFields.FIELD);

        return step(boardField, dateField, authorField, councilField, markingField);
    }

    VBox projects() {
        ProjectSelection selection = vm.projects();
        Label summary = new Label();
        summary.textProperty().bind(selection.summaryBinding());
        summary.getStyleClass().add("wizard-count");

        ToggleGroup scopes = new ToggleGroup();
        RadioButton all = scope(scopes, Scope.ALL, "_All projects");
        all.textProperty().bind(Bindings.createStringBinding(() -> "_All projects ("
                + selection.projects().size() + ")", selection.projects()));
        RadioButton byStage = scope(scopes, Scope.BY_STAGE, "By _stage");
        RadioButton pick = scope(scopes, Scope.PICK, "_Pick projects");
        bindToggles(scopes, selection.scopeProperty().get(), chosen -> selection.scopeProperty().set((Scope) chosen));
        selection.scopeProperty().addListener((o, was, now) -> select(scopes, now));

        FlowPane stages = new FlowPane(14, 6);
        stages.getStyleClass().add("wizard-indent");
        stages.disableProperty().bind(selection.scopeProperty().isNotEqualTo(Scope.BY_STAGE));
        Runnable fillStages = () -> {
            stages.getChildren().clear();
            for (Stage stage : selection.stagesInUse()) {
                CheckBox box = WizardFields.checkBox(stage.label() + " (" + selection.countAt(stage) + ")");
                box.selectedProperty().bindBidirectional(selection.stageProperty(stage));
                stages.getChildren().add(box);
            }
        };
        selection.projects().addListener((ListChangeListener<ProjectChoice>) change -> {
            while (change.next()) {
                if (change.wasAdded() || change.wasRemoved()) {
                    fillStages.run();
                    return;
                }
            }
        });
        fillStages.run();

        TextField search = new TextField();
        search.setId(SEARCH_ID);
        search.setPromptText("Title, stage, RAG, lead officer or tag");
        search.textProperty().bindBidirectional(selection.searchProperty());
        Label searchLabel = new Label("Sea_rch");
        searchLabel.setMnemonicParsing(true);
        searchLabel.setLabelFor(search);
        search.setAccessibleText("Search the projects");
        Button tickAll = new Button("_Tick all shown");
        tickAll.setOnAction(event -> selection.chooseShown(true));
        Button untickAll = new Button("_Untick all shown");
        untickAll.setOnAction(event -> selection.chooseShown(false));
        HBox.setHgrow(search, Priority.ALWAYS);
        HBox searchRow = new HBox(8, searchLabel, search, tickAll, untickAll);
        searchRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        ListView<ProjectChoice> list = new ListView<>(selection.shown());
        list.setId(PROJECT_LIST_ID);
        list.setCellFactory(CheckBoxListCell.forListView(ProjectChoice::chosenProperty, new StringConverter<>() {
            @Override
            public String toString(ProjectChoice choice) {
                return choice == null ? "" : choice.toString();
            }

            @Override
            public ProjectChoice fromString(String text) {
                return null;
            }
        }));
        list.setAccessibleText("Projects to pick from: Space ticks or unticks the highlighted project");
        // A list of check boxes gives the keyboard no way to tick: Space does it for the highlighted row.
        list.setOnKeyPressed(event -> {
            ProjectChoice choice = list.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.SPACE && choice != null) {
                choice.chosenProperty().set(!choice.chosenProperty().get());
                event.consume();
            }
        });
        list.setPrefHeight(200);
        VBox.setVgrow(list, Priority.ALWAYS);
        Label shownCount = WizardFields.hint(selection.shownSummaryBinding());
        VBox picker = new VBox(6, searchRow, list, shownCount);
        picker.getStyleClass().add("wizard-indent");
        VBox.setVgrow(picker, Priority.ALWAYS);
        picker.disableProperty().bind(selection.scopeProperty().isNotEqualTo(Scope.PICK));

        Label problem = WizardFields.error(Bindings.createStringBinding(() -> selection.problem() == null ? ""
                : selection.problem(), selection.chosenCountBinding(), selection.projects(), selection.scopeProperty()),
                null, "briefingProjectsError");
        VBox step = step(summary, all, byStage, stages, pick, picker, problem);
        return step;
    }

    VBox sections() {
        VBox boxes = new VBox(10);
        for (BriefingSection section : BriefingSection.values()) {
            CheckBox box = WizardFields.checkBox(mnemonic(section));
            box.setId("briefingSection-" + section.key());
            box.selectedProperty().bindBidirectional(vm.sectionProperty(section));
            Label description = WizardFields.hint(vm.describe(section));
            if (section == BriefingSection.CHANGES) {
                description.textProperty().bind(Bindings.createStringBinding(() -> vm.describe(section)
                        + (vm.lastPackProperty().get().isEmpty() ? "" : " " + vm.lastPackProperty().get()),
                        vm.lastPackProperty()));
                description.setId("briefingLastPack");
            }
            description.getStyleClass().add("wizard-indent");
            box.accessibleHelpProperty().bind(description.textProperty());
            boxes.getChildren().add(new VBox(2, box, description));
        }
        Label always = WizardFields.hint("The cover, the contents, the purpose and the decisions sought are always in the "
                + "pack. The sections after the summary are its appendices.");
        Label problem = WizardFields.error(vm.sectionsErrorBinding(), null, "briefingSectionsError");
        return step(always, boxes, problem);
    }

    /** Purpose, decision sought, implications and contact officer, as a council report has them. */
    VBox report() {
        ReportDetails report = vm.report();
        VBox purpose = area(null, "Purpose", report.purposeProperty(), PURPOSE_ID, 3,
                "Section 1 of the report. The usual sentence is filled in; change it as you need.");
        VBox decision = area(null, "Decision sought from this board (optional)", report.decisionProperty(), DECISION_ID, 3,
                "Leads section 2 and the summary, before each project's own decision sought (set on its Overview).");
        Label implicationsLabel = new Label("Implications (each optional; remembered for the next pack)");
        implicationsLabel.getStyleClass().add(WizardFields.FIELD_LABEL);
        VBox financial = area(null, "Financial", report.financialProperty(), "briefingFinancial", 2, null);
        VBox legal = area(null, "Legal", report.legalProperty(), "briefingLegal", 2, null);
        VBox equalities = area("E_qualities", "Equalities", report.equalitiesProperty(), "briefingEqualities", 2, null);
        VBox risk = area("Ris_k", "Risk", report.riskProperty(), "briefingRisk", 2, null);
        Label contactLabel = new Label("Contact officer (remembered for the next pack)");
        contactLabel.getStyleClass().add(WizardFields.FIELD_LABEL);
        HBox names = new HBox(12, grow(field("Name", report.contactNameProperty(), CONTACT_NAME_ID)),
                grow(field("Role", report.contactRoleProperty(), "briefingContactRole")));
        HBox ways = new HBox(12, grow(field("Email", report.contactEmailProperty(), "briefingContactEmail")),
                grow(field("Phone", report.contactPhoneProperty(), "briefingContactPhone")));
        Label problem = WizardFields.error(report.errorBinding(), null, "briefingReportError");
        return step(purpose, decision, new VBox(6, implicationsLabel, financial, legal, equalities, risk),
                new VBox(6, contactLabel, names, ways), problem);
    }

    /** A text area under its label; {@code mnemonic} is the label with its mnemonic, when the letter is free. */
    private static VBox area(String mnemonic, String label, javafx.beans.property.StringProperty text, String id, int rows,
            String hint) {
        javafx.scene.control.TextArea area = new javafx.scene.control.TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.textProperty().bindBidirectional(text);
        area.setAccessibleText(label);
        VBox field = WizardFields.labelled(mnemonic != null ? mnemonic : label.replace("_", "__"), area);
        if (hint != null) {
            field.getChildren().add(WizardFields.hint(hint));
        }
        return field;
    }

    private static VBox field(String label, javafx.beans.property.StringProperty text, String id) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(text);
        field.setAccessibleText("Contact officer's " + label.toLowerCase(java.util.Locale.ROOT));
        return WizardFields.labelled(label, field);
    }

    private static <T extends javafx.scene.Node> T grow(T node) {
        HBox.setHgrow(node, Priority.ALWAYS);
        return node;
    }

    VBox output() {
        BriefingOutput output = vm.output();
        CheckBox word = WizardFields.checkBox("_Word (.docx), to edit further");
        word.setId("briefingWord");
        word.selectedProperty().bindBidirectional(output.wordProperty());
        CheckBox pdf = WizardFields.checkBox("PD_F (.pdf), accessible, to circulate");
        pdf.setId("briefingPdf");
        pdf.selectedProperty().bindBidirectional(output.pdfProperty());
        Label formatsLabel = new Label("Formats");
        formatsLabel.getStyleClass().add(WizardFields.FIELD_LABEL);
        // Alt+X: every other letter of "Large print" is taken elsewhere in the wizard.
        CheckBox largePrint = WizardFields.checkBox("Large print, 14 pt te_xt");
        largePrint.setId("briefingLargePrint");
        largePrint.selectedProperty().bindBidirectional(output.largePrintProperty());
        VBox formats = new VBox(6, formatsLabel, word, pdf,
                WizardFields.error(output.formatErrorBinding(), null, "briefingFormatsError"), largePrint,
                WizardFields.hint("For readers who need larger type: body text 14 pt, tables 12 pt (usually 11 pt and 10 pt)."));
        formats.getStyleClass().add(WizardFields.FIELD);

        TextField folder = new TextField();
        folder.setId(FOLDER_ID);
        folder.textProperty().bindBidirectional(output.folderProperty());
        Button choose = new Button("C_hoose…");
        choose.setId("briefingChooseFolder");
        choose.setAccessibleText("Choose the folder");
        choose.setOnAction(event -> chooseFolder.accept(folder));
        HBox.setHgrow(folder, Priority.ALWAYS);
        VBox folderField = WizardFields.labelled("F_older", folder);
        HBox folderRow = new HBox(8);
        folderField.getChildren().add(1, folderRow);
        folderRow.getChildren().addAll(folder, choose);
        folderField.getChildren().add(WizardFields.error(output.folderErrorBinding(), folder, FOLDER_ID + "Error"));

        TextField name = new TextField();
        name.setId(FILE_NAME_ID);
        name.textProperty().bindBidirectional(output.fileNameProperty());
        VBox nameField = WizardFields.labelled("F_ile name", name);
        nameField.getChildren().addAll(WizardFields.hint(output.savedAsBinding()),
                WizardFields.error(output.fileNameErrorBinding(), name, FILE_NAME_ID + "Error"),
                WizardFields.warning(output.overwriteWarningBinding(), "briefingOverwrite"));

        Label summaryTitle = new Label("The pack");
        summaryTitle.getStyleClass().add(WizardFields.FIELD_LABEL);
        Label summary = new Label();
        summary.setId("briefingSummary");
        summary.textProperty().bind(vm.summaryBinding());
        summary.setWrapText(true);
        summary.setFocusTraversable(true);
        summary.accessibleTextProperty().bind(Bindings.concat("Summary: ", vm.summaryBinding()));
        VBox card = new VBox(4, summaryTitle, summary);
        card.getStyleClass().add("wizard-summary");
        return step(formats, folderField, nameField, card);
    }

    private Consumer<TextField> chooseFolder = field -> { };

    /** What Choose… does: the view opens the system's folder chooser. */
    void onChooseFolder(Consumer<TextField> action) {
        this.chooseFolder = action;
    }

    private static VBox step(javafx.scene.Node... children) {
        VBox step = new VBox(14, children);
        step.getStyleClass().add("wizard-step-content");
        return step;
    }

    private static RadioButton scope(ToggleGroup group, Scope scope, String text) {
        RadioButton radio = WizardFields.radioButton(text);
        radio.setUserData(scope);
        radio.setToggleGroup(group);
        radio.setId("briefingScope-" + scope.name());
        return radio;
    }

    private static void bindToggles(ToggleGroup group, Object initial, Consumer<Object> onChosen) {
        select(group, initial);
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                // A toggle group lets the last radio be unticked with the mouse: keep one chosen.
                group.selectToggle(was);
            } else {
                onChosen.accept(now.getUserData());
            }
        });
    }

    private static void select(ToggleGroup group, Object value) {
        for (Toggle toggle : group.getToggles()) {
            if (toggle.getUserData() == value) {
                group.selectToggle(toggle);
            }
        }
    }

    // One case per letter across the whole wizard: JavaFX keeps an emptied Alt+M entry when a step leaves the
    // scene, and it can shadow a live Alt+m, so "File na_me" beside "_Marking" would do nothing.
    private static String mnemonic(BriefingSection section) {
        return switch (section) {
            case EXECUTIVE_SUMMARY -> "Summar_y";
            case RAG_TABLE -> "Po_rtfolio RAG status";
            case PIPELINE -> "Stage p_ipeline";
            case FUNDING -> "_Funding";
            case MILESTONES -> "_Milestones";
            case RISKS -> "_Top risks";
            case CHANGES -> "Changes since the _last pack";
            case PROJECT_PAGES -> "Pro_ject pages";
        };
    }
}
