package org.innovationportfolio.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The MVVM rule of STYLE.md, enforced: JabRef's view models drifted where the rule was only written down. */
@AnalyzeClasses(packages = "org.innovationportfolio.ui", importOptions = ImportOption.DoNotIncludeTests.class)
class ViewModelRulesTest {

    @ArchTest
    static final ArchRule viewModelsHoldNoControls = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.controlsfx..",
                    "atlantafx..", "org.kordamp..")
            .because("a view model is state and commands, tested without a stage; the view does the layout");

    @ArchTest
    static final ArchRule viewModelsAskThroughTheDialogService = noClasses().that()
            .haveSimpleNameEndingWith("ViewModel").should().dependOnClassesThat()
            .haveSimpleName("FxDialogService")
            .because("view models never open windows: tests answer for the user through DialogService");
}
