package io.linstorj.dist;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.File;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The product (the {@code linstorj} jar: this module and what it depends on) carries no benchmark
 * code: the benchmarks depend on the product, never the other way round. The class path of these
 * tests is the product's, so a dependency on {@code linstorj-bench} added to its pom, directly or
 * through another module, fails here.
 */
class ProductModuleGraphTest {
    private static final String BENCH_PACKAGE = "io.linstorj.bench";

    @Test
    void theProductClassPathHasNoBenchmarkModule() {
        assertThat(Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator)))
                .noneMatch(entry -> entry.contains("linstorj-bench")
                        || entry.replace('\\', '/').contains("/bench/target/"));
        assertThatThrownBy(() -> Class.forName(BENCH_PACKAGE + ".BenchCommand"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void noProductClassUsesTheBenchmarks() {
        JavaClasses product = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.linstorj");
        assertThat(product).as("product classes found").isNotEmpty();
        noClasses()
                .that()
                .resideOutsideOfPackage(BENCH_PACKAGE + "..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(BENCH_PACKAGE + "..")
                .because("the product must not ship the benchmarks")
                .check(product);
    }
}
