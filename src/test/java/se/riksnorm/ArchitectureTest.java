package se.riksnorm;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The rules are a framework-free core; the adapters around it depend on it, never the other way. */
@AnalyzeClasses(packages = "se.riksnorm", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The data access: the stores and the repositories under them. */
    private static final DescribedPredicate<JavaClass> LAGRINGENS_BONOR = DescribedPredicate.describe("the stores and repositories",
            c -> c.getPackageName().startsWith("se.riksnorm.storage")
                    && (c.getSimpleName().endsWith("Store") || c.getSimpleName().endsWith("Repository")));
    /** What the stores hand up or throw: records, exceptions, and the memory of a storage fault. */
    private static final DescribedPredicate<JavaClass> LAGRINGENS_VARDEN = DescribedPredicate.describe("storage's values",
            c -> c.getPackageName().startsWith("se.riksnorm.storage") && !LAGRINGENS_BONOR.test(c));

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
     * services (app), which call the rules, the storage and the file adapters; nothing below knows the HTTP layer or the
     * pages. The stores and repositories are reached only through an application service (drift's health check and
     * retention job are the operations side's own); what a store returns or throws (records, exceptions) may travel up.
     */
    @ArchTest
    static final ArchRule lagren = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("web").definedBy("se.riksnorm.web..")
            .layer("sidor").definedBy("se.riksnorm.sidor..")
            .layer("app").definedBy("se.riksnorm.app..")
            .layer("drift").definedBy("se.riksnorm.drift..")
            .layer("normfiles").definedBy("se.riksnorm.normfiles..")
            .layer("dokument").definedBy("se.riksnorm.export..", "se.riksnorm.inmatning..")
            .layer("lagring").definedBy(LAGRINGENS_BONOR)
            .layer("lagringsvarden").definedBy(LAGRINGENS_VARDEN)
            .layer("domain").definedBy("se.riksnorm.domain..")
            .whereLayer("web").mayOnlyBeAccessedByLayers("sidor")
            .whereLayer("sidor").mayNotBeAccessedByAnyLayer()
            .whereLayer("app").mayOnlyBeAccessedByLayers("web", "sidor", "drift")
            .whereLayer("lagring").mayOnlyBeAccessedByLayers("app", "drift", "lagringsvarden")
            .whereLayer("normfiles").mayOnlyBeAccessedByLayers("app", "web", "sidor", "drift")
            .whereLayer("dokument").mayOnlyBeAccessedByLayers("app", "web", "sidor")
            .whereLayer("lagringsvarden").mayOnlyBeAccessedByLayers("lagring", "app", "web", "sidor", "drift")
            .because("web → application → domain and storage, one way (issue 13), as ddd-by-examples' hexagonal test");

    @ArchTest
    static final ArchRule apiKannerInteSidorna = noClasses().that().resideInAPackage("se.riksnorm.web..")
            .should().dependOnClassesThat().resideInAPackage("se.riksnorm.sidor..")
            .because("the pages are an adapter beside the API, on the same services");

    @ArchTest
    static final ArchRule lagringenKannerInteTillampningen = noClasses().that().resideInAPackage("se.riksnorm.storage..")
            .should().dependOnClassesThat().resideInAnyPackage("se.riksnorm.app.upprakning..", "se.riksnorm.app.budget..",
                    "se.riksnorm.app.handlingar..");
}
