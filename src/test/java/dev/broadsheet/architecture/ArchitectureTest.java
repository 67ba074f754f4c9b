package dev.broadsheet.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The arrows of ARCHITECTURE.md, one rule per arrow: data flows model → store/importer → typeset →
 * renderers → ui, and nothing flows back.
 */
@AnalyzeClasses(packages = "dev.broadsheet", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String JAVA = "java..";

    @ArchTest
    static final ArchRule modelKnowsNothingElse = classes().that().resideInAPackage("dev.broadsheet.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.broadsheet.model..", JAVA,
                    "com.fasterxml.jackson.annotation..")
            .because("the model is immutable data: no JavaFX, no I/O, no other layer, at most Jackson annotations");

    @ArchTest
    static final ArchRule modelDoesNoIo = noClasses().that().resideInAPackage("dev.broadsheet.model..")
            .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "java.net..")
            .because("reading and writing files is the store's job");

    @ArchTest
    static final ArchRule onlyUiAndFxRendererUseJavaFx = noClasses().that()
            .resideOutsideOfPackages("dev.broadsheet.ui..", "dev.broadsheet.render.fx..", "dev.broadsheet.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.controlsfx..", "org.kordamp..")
            .because("only the interface and the canvas renderer draw with JavaFX; the rest runs headless and in the CLI");

    @ArchTest
    static final ArchRule storeUsesOnlyTheModel = noClasses().that().resideInAPackage("dev.broadsheet.store..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.broadsheet.typeset..", "dev.broadsheet.render..",
                    "dev.broadsheet.ui..", "dev.broadsheet.edit..", "dev.broadsheet.importer..", "dev.broadsheet.cli..")
            .because("the store reads and writes the model and nothing else");

    @ArchTest
    static final ArchRule importerUsesOnlyTheModel = noClasses().that().resideInAPackage("dev.broadsheet.importer..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.broadsheet.typeset..", "dev.broadsheet.render..",
                    "dev.broadsheet.ui..", "dev.broadsheet.edit..", "dev.broadsheet.cli..")
            .because("the importer turns text into the model; it does not compose or draw");

    @ArchTest
    static final ArchRule fontsServeTheModelOnly = noClasses().that().resideInAPackage("dev.broadsheet.fonts..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.broadsheet.typeset..", "dev.broadsheet.render..",
                    "dev.broadsheet.ui..", "dev.broadsheet.edit..", "dev.broadsheet.store..", "dev.broadsheet.cli..")
            .because("the font provider is beneath the composer and both renderers");

    @ArchTest
    static final ArchRule typesetIsBelowRenderers = noClasses().that().resideInAPackage("dev.broadsheet.typeset..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.broadsheet.render..", "dev.broadsheet.ui..",
                    "dev.broadsheet.edit..", "dev.broadsheet.store..", "dev.broadsheet.importer..", "dev.broadsheet.cli..")
            .because("composition is a pure function of the model and the fonts");

    @ArchTest
    static final ArchRule pdfRendererDoesNotCompose = noClasses().that().resideInAPackage("dev.broadsheet.render.pdf..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.broadsheet.render.fx..", "dev.broadsheet.ui..",
                    "dev.broadsheet.edit..", "com.ibm.icu..")
            .because("the PDF only draws the laid-out page; line breaking belongs to typeset");

    @ArchTest
    static final ArchRule fxRendererDoesNotCompose = noClasses().that().resideInAPackage("dev.broadsheet.render.fx..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.broadsheet.render.pdf..", "dev.broadsheet.ui..",
                    "dev.broadsheet.edit..", "com.ibm.icu..")
            .because("the canvas only draws the laid-out page, so preview and PDF cannot disagree");

    @ArchTest
    static final ArchRule renderersDoNotMeasureText = noClasses().that().resideInAPackage("dev.broadsheet.render..")
            .should().dependOnClassesThat().haveFullyQualifiedName("javafx.scene.text.Text")
            .because("neither renderer measures text: positions come from the LaidOutPage");

    @ArchTest
    static final ArchRule editWorksOnTheModel = noClasses().that().resideInAPackage("dev.broadsheet.edit..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.broadsheet.ui..", "dev.broadsheet.render..",
                    "dev.broadsheet.cli..", "javafx..")
            .because("commands are testable without a window");

    @ArchTest
    static final ArchRule reviewLogicIsHeadless = noClasses().that().resideInAPackage("dev.broadsheet.review..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.broadsheet.ui..", "dev.broadsheet.render..",
                    "dev.broadsheet.edit..", "dev.broadsheet.cli..", "javafx..")
            .because("proofreading logic (reviews, re-anchoring, workflow, packages) runs in the CLI and in tests without a window");

    @ArchTest
    static final ArchRule cliHasNoJavaFx = noClasses().that().resideInAPackage("dev.broadsheet.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.broadsheet.ui..", "dev.broadsheet.render.fx..", "javafx..")
            .because("the command line runs on servers and in CI without a display");

    @ArchTest
    static final ArchRule nothingDependsOnTheUi = noClasses().that().resideOutsideOfPackages("dev.broadsheet.ui..", "dev.broadsheet.app..")
            .should().dependOnClassesThat().resideInAPackage("dev.broadsheet.ui..")
            .because("the interface sits on top; nothing below may reach up to it");

    @ArchTest
    static final ArchRule noCycles = slices().matching("dev.broadsheet.(*)..").should().beFreeOfCycles()
            .because("data flows one way through the pipeline");
}
