package org.innovationportfolio;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.innovationportfolio.logic.ports.Repositories;
import org.innovationportfolio.logic.ports.Store;
import org.innovationportfolio.logic.ports.PackHistory;

/** The layering rules of STYLE.md, enforced: a rule that is not enforced does not exist. */
@AnalyzeClasses(packages = "org.innovationportfolio", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String MODEL = "org.innovationportfolio.model..";
    private static final String LOGIC = "org.innovationportfolio.logic..";
    private static final String UI = "org.innovationportfolio.ui..";
    private static final String STORE = "org.innovationportfolio.store..";
    private static final String APP = "org.innovationportfolio.app..";
    private static final String RENDER = "org.innovationportfolio.render..";

    @ArchTest
    static final ArchRule modelAndLogicKnowNoJavaFx = noClasses().that().resideInAnyPackage(MODEL, LOGIC)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..", "org.controlsfx..",
                    "atlantafx..", "org.kordamp..")
            .because("domain and use cases must run headless (CLI, tests, automation) and outlive any screen");

    @ArchTest
    static final ArchRule modelAndLogicKnowNoSql = noClasses().that().resideInAnyPackage(MODEL, LOGIC)
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.jdbi..",
                    "org.flywaydb..", "org.apache.derby..")
            .because("storage sits behind repository interfaces that logic owns, so the engine can change");

    @ArchTest
    static final ArchRule modelAndLogicKnowNoDocumentLibraries = noClasses().that().resideInAnyPackage(MODEL, LOGIC)
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "com.itextpdf..")
            .because("one document model is built in logic; only the renderers know Word and PDF");

    @ArchTest
    static final ArchRule modelDependsOnNothingOfOurs = noClasses().that().resideInAPackage(MODEL)
            .should().dependOnClassesThat().resideInAnyPackage(LOGIC, UI, STORE, APP)
            .because("the model is the centre: everything points inward to it");

    @ArchTest
    static final ArchRule logicDependsOnlyInward = noClasses().that().resideInAPackage(LOGIC)
            .should().dependOnClassesThat().resideInAnyPackage(UI, STORE, APP)
            .because("use cases are called by the window and the command line, never the other way round");

    @ArchTest
    static final ArchRule uiNeverTalksToTheStore = noClasses().that().resideInAPackage(UI)
            .should().dependOnClassesThat().resideInAnyPackage(STORE, "java.sql..", "org.jdbi..", "org.apache.derby..")
            .because("the window goes through logic; SQL in a view would bypass transactions and rules");

    @ArchTest
    static final ArchRule storeKnowsNoScreen = noClasses().that().resideInAPackage(STORE)
            .should().dependOnClassesThat().resideInAnyPackage(UI, APP, "javafx..")
            .because("the store serves the CLI and tests as well as the window");

    @ArchTest
    static final ArchRule renderersOnlyTranslate = noClasses().that().resideInAPackage(RENDER)
            .should().dependOnClassesThat().resideInAnyPackage(UI, STORE, APP, "javafx..", "java.sql..", "org.jdbi..")
            .because("renderers translate the one briefing document model into Word and PDF; they read nothing and show nothing");

    @ArchTest
    static final ArchRule windowAndStoreKnowNoDocumentLibraries = noClasses().that().resideInAnyPackage(UI, STORE)
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi.xwpf..", "com.itextpdf..")
            .because("Word and PDF stay behind logic's DocumentRenderer, so both formats come from one model");

    @ArchTest
    static final ArchRule uiReachesRenderersOnlyThroughLogic = noClasses().that().resideInAPackage(UI)
            .should().dependOnClassesThat().resideInAPackage(RENDER)
            .because("the window asks logic for a briefing; the launcher wires the renderers in");

    @ArchTest
    static final ArchRule uiReachesNoRepository = noClasses().that().resideInAPackage(UI)
            .should().dependOnClassesThat().areAssignableTo(Store.class)
            .orShould().dependOnClassesThat().areAssignableTo(Repositories.class)
            .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .orShould().dependOnClassesThat().areAssignableTo(PackHistory.class)
            .because("the launcher builds the use cases over the store and hands them to the window; a view model "
                    + "that opens its own transaction bypasses the use cases' rules");

    @ArchTest
    static final ArchRule noCycles = slices().matching("org.innovationportfolio.(*)..").should().beFreeOfCycles()
            .because("cycles between packages make the layers meaningless");

    @ArchTest
    static final ArchRule noPackageCycleAtAnyDepth = slices().matching("org.innovationportfolio.(**)")
            .should().beFreeOfCycles()
            .because("a package and its sub-packages must not lean on each other either: the store's interfaces "
                    + "sit in logic.ports below the use cases, and the window's assembly in ui.window above its pages");

    @ArchTest
    static final ArchRule theStoreInterfacesLiveInOnePackage = classes().that().areInterfaces()
            .and().resideInAPackage(LOGIC)
            .and().haveNameMatching(".*\\.(Store|Repositories|Backups|Protection|\\w+Repository|\\w+History)")
            .should().resideInAPackage("org.innovationportfolio.logic.ports")
            .because("what logic needs from a store is one seam, read in one place");
}
