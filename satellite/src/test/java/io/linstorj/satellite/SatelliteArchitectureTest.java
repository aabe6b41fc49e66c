package io.linstorj.satellite;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import io.linstorj.satellite.command.CommandRunner;
import io.linstorj.satellite.drbd.DrbdDriver;
import io.linstorj.satellite.storage.StorageProvider;

/**
 * The satellite's seam: the wire stops at {@code satellite.link}, which translates the
 * controller's messages into the plan's records and the reconciler's report back; the planner
 * decides without touching the node.
 *
 * <p>The rules are methods, not {@code ArchRule} fields: Surefire 3.5.3 does not run
 * {@code @ArchTest} fields (TNG/ArchUnit#1442).
 */
@AnalyzeClasses(packages = "io.linstorj.satellite", importOptions = ImportOption.DoNotIncludeTests.class)
class SatelliteArchitectureTest {
    private static final String PLAN = "io.linstorj.satellite.plan..";
    private static final String RECONCILE = "io.linstorj.satellite.reconcile..";

    @ArchTest
    static void reconcilerAndPlanKnowNothingOfTheWire(JavaClasses classes) {
        noClasses()
                .that()
                .resideInAnyPackage(PLAN, RECONCILE)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.google.protobuf..", "io.linstorj.protocol..", "io.netty..")
                .because("the link translates the controller's messages; the reconciler works on records")
                .check(classes);
    }

    @ArchTest
    static void reconcilerAndPlanDoNotKnowTheLink(JavaClasses classes) {
        noClasses()
                .that()
                .resideInAnyPackage(PLAN, RECONCILE)
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.linstorj.satellite.link..")
                .because("the link calls the reconciler, never the other way round")
                .check(classes);
    }

    @ArchTest
    static void planIsDecidedWithoutTouchingTheNode(JavaClasses classes) {
        noClasses()
                .that()
                .resideInAPackage(PLAN)
                .should()
                .dependOnClassesThat(assignableTo(StorageProvider.class)
                        .or(assignableTo(DrbdDriver.class))
                        .or(assignableTo(CommandRunner.class)))
                .orShould()
                .dependOnClassesThat()
                .resideInAnyPackage("java.io..", "java.nio..", "io.linstorj.satellite.reconcile..", "org.slf4j..")
                .because("planning is pure: steps are values, the reconciler applies them")
                .check(classes);
    }
}
