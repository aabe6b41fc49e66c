package io.linstorj.controller;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The controller's seam: its domain packages (services, state, persistence, rules) compile
 * against no transport, so that every way in (client protocol, REST) is an adapter that only
 * translates.
 *
 * <p>Domain is every controller package except the root (the composition root, which wires
 * adapters to services), {@code controller.transport} (the binary-protocol adapter) and
 * {@code controller.satellite} (the link to satellites, a transport by nature).
 *
 * <p>The rules are methods, not {@code ArchRule} fields: Surefire 3.5.3 does not run
 * {@code @ArchTest} fields (TNG/ArchUnit#1442).
 */
@AnalyzeClasses(packages = "io.linstorj.controller", importOptions = ImportOption.DoNotIncludeTests.class)
class ControllerArchitectureTest {
    private static final String ROOT = "io.linstorj.controller";
    private static final String TRANSPORT = ROOT + ".transport..";
    private static final String SATELLITE = ROOT + ".satellite..";

    private static final DescribedPredicate<JavaClass> DOMAIN = resideInAPackage(ROOT + "..")
            .and(not(resideInAnyPackage(ROOT, TRANSPORT, SATELLITE)))
            .as("reside in a controller domain package");

    @ArchTest
    static void domainCompilesAgainstNoTransport(JavaClasses classes) {
        noClasses()
                .that(DOMAIN)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.netty..",
                        "com.google.protobuf..",
                        "io.linstorj.protocol..",
                        "java.net.http..",
                        "io.linstorj.rest..")
                .because("services and state know nothing of the wire; adapters translate")
                .check(classes);
    }

    @ArchTest
    static void domainKnowsNeitherAdaptersNorTheAssembly(JavaClasses classes) {
        noClasses()
                .that(DOMAIN)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(ROOT, TRANSPORT, SATELLITE)
                .because("adapters and the composition root call the domain, never the other way round")
                .check(classes);
    }

    /**
     * JSON is the REST adapter's format, so the domain stays free of Jackson, except for
     * {@code controller.persistence}: it keeps a resource group's select-filter lists as JSON
     * arrays in their database columns, a storage format no adapter sees.
     */
    @ArchTest
    static void domainSpeaksNoJson(JavaClasses classes) {
        noClasses()
                .that(DOMAIN)
                .and()
                .resideOutsideOfPackage(ROOT + ".persistence..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.fasterxml.jackson..")
                .because("JSON bodies are the REST adapter's business")
                .check(classes);
    }

    @ArchTest
    static void servicesDependOnlyOnTheDomain(JavaClasses classes) {
        classes()
                .that()
                .resideInAPackage(ROOT + ".service..")
                .should()
                .onlyDependOnClassesThat(DOMAIN.or(resideInAnyPackage("java..", "io.linstorj.common.."))
                        .as("domain packages, io.linstorj.common or the JDK"))
                .because("the services bundle is what every adapter is handed")
                .check(classes);
    }

    /**
     * One cycle is known and frozen: {@code cluster.ResourceGroup} holds a
     * {@code placement.AutoSelectFilter} while placement reads {@code cluster.ProviderKind}. Only
     * that one edge is ignored, so any further dependency between the two packages, or any other
     * cycle, fails. It goes away when the select filter moves to {@code cluster} (or placement
     * stops using cluster's types); then delete the {@code ignoreDependency}.
     */
    @ArchTest
    static void domainPackagesAreFreeOfCycles(JavaClasses classes) {
        slices().assignedFrom(new DomainSlices())
                .should()
                .beFreeOfCycles()
                .ignoreDependency(name(ROOT + ".cluster.ResourceGroup"), name(ROOT + ".placement.AutoSelectFilter"))
                .check(classes);
    }

    /** One slice per domain package below the root; the adapters and the root are left out. */
    private static final class DomainSlices implements SliceAssignment {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            if (!DOMAIN.test(javaClass)) {
                return SliceIdentifier.ignore();
            }
            String below = javaClass.getPackageName().substring(ROOT.length() + 1);
            int dot = below.indexOf('.');
            return SliceIdentifier.of(dot < 0 ? below : below.substring(0, dot));
        }

        @Override
        public String getDescription() {
            return "controller domain packages";
        }
    }
}
