package io.linstorj.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A plugin that adds {@code linstorj-testing} gets only what a cluster needs: not the benchmarks,
 * not the command-line tool, and no logging backend (slf4j API only; the plugin chooses).
 */
class TestingModuleGraphTest {
    private static final Set<String> ALLOWED = Set.of(
            "linstorj-launcher",
            "linstorj-client",
            "linstorj-controller",
            "linstorj-satellite",
            "linstorj-rest",
            "jackson-databind",
            "slf4j-api");
    private static final Pattern DEPENDENCY = Pattern.compile(
            "<dependency>\\s*(?:<!--.*?-->\\s*)?<groupId>[^<]+</groupId>\\s*<artifactId>([^<]+)</artifactId>(.*?)</dependency>",
            Pattern.DOTALL);

    @Test
    void theTestClassPathHoldsNeitherTheBenchmarksNorTheCommandLineTool() {
        assertThat(Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator)))
                .noneMatch(entry -> entry.contains("linstorj-bench")
                        || entry.contains("linstorj-dist")
                        || entry.replace('\\', '/').matches(".*/(bench|dist)/target/.*"));
    }

    @Test
    void itsCompileDependenciesAreOnlyWhatAClusterNeeds() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher dependency = DEPENDENCY.matcher(pom);
        List<String> compile = new java.util.ArrayList<>();
        while (dependency.find()) {
            String rest = dependency.group(2);
            if (!rest.contains("<scope>test</scope>") && !rest.contains("<scope>provided</scope>")) {
                compile.add(dependency.group(1));
            }
        }

        assertThat(compile).isNotEmpty().allMatch(ALLOWED::contains);
        assertThat(pom).contains("<artifactId>junit-jupiter-api</artifactId>\n      <scope>provided</scope>");
    }

    @Test
    void itsClassesUseNoBenchmarkNoCommandLineToolAndNoLoggingBackend() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.linstorj.testing", "io.linstorj.launcher");
        assertThat(classes).isNotEmpty();

        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.linstorj.bench..", "io.linstorj.dist..", "ch.qos.logback..")
                .check(classes);
    }
}
