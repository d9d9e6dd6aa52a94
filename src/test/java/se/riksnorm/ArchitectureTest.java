package se.riksnorm;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The rules are a framework-free core; the adapters around it depend on it, never the other way. */
@AnalyzeClasses(packages = "se.riksnorm", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule karnanArRenJava = classes().that().resideInAPackage("se.riksnorm.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("se.riksnorm.domain..", "java..")
            .because("the rules must run without Micronaut, a database or files, and be embeddable as a library");

    @ArchTest
    static final ArchRule karnanKannerInteAdaptrarna = noClasses().that().resideInAPackage("se.riksnorm.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("se.riksnorm.web..", "se.riksnorm.storage..",
                    "se.riksnorm.normfiles..");

    @ArchTest
    static final ArchRule lagringenKannerInteHttp = noClasses().that().resideInAnyPackage("se.riksnorm.storage..",
                    "se.riksnorm.normfiles..")
            .should().dependOnClassesThat().resideInAPackage("se.riksnorm.web..");

    /**
     * One way through the layers: the adapters that serve people and systems (web, sidor) call the application
     * services (upprakning, budget, handlingar), which call the rules and the storage; nothing below knows the HTTP
     * layer or the pages, and the API never calls the pages.
     */
    @ArchTest
    static final ArchRule tillampningenKannerInteHttpEllerSidorna = noClasses().that()
            .resideInAnyPackage("se.riksnorm.upprakning..", "se.riksnorm.budget..", "se.riksnorm.handlingar..",
                    "se.riksnorm.storage..", "se.riksnorm.normfiles..", "se.riksnorm.export..", "se.riksnorm.inmatning..")
            .should().dependOnClassesThat().resideInAnyPackage("se.riksnorm.web..", "se.riksnorm.sidor..")
            .because("web → application → domain and storage, one way (issue 13)");

    @ArchTest
    static final ArchRule apiKannerInteSidorna = noClasses().that().resideInAPackage("se.riksnorm.web..")
            .should().dependOnClassesThat().resideInAPackage("se.riksnorm.sidor..")
            .because("the pages are an adapter beside the API, on the same services");

    @ArchTest
    static final ArchRule lagringenKannerInteTillampningen = noClasses().that().resideInAPackage("se.riksnorm.storage..")
            .should().dependOnClassesThat().resideInAnyPackage("se.riksnorm.upprakning..", "se.riksnorm.budget..",
                    "se.riksnorm.handlingar..");
}
