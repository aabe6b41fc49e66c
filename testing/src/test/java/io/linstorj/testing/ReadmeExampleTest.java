package io.linstorj.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's "Testing your plugin" example is a test of this build ({@link PlacementTest}):
 * its Java block is that class's source, line for line, and its dependency names this module.
 */
class ReadmeExampleTest {
    private static final Path README = Path.of("..", "README.md");
    private static final Path EXAMPLE = Path.of("src/test/java/io/linstorj/testing/PlacementTest.java");

    @Test
    void theReadmeExampleIsThePlacementTest() throws IOException {
        List<String> source = Files.readAllLines(EXAMPLE, StandardCharsets.UTF_8);
        List<String> example = source.subList(source.indexOf("// readme:begin") + 1, source.indexOf("// readme:end"));

        assertThat(javaBlockAfter("## Testing your plugin")).isEqualTo(example);
    }

    @Test
    void theReadmeExampleIsTenLines() throws IOException {
        assertThat(javaBlockAfter("## Testing your plugin")).hasSize(10);
    }

    @Test
    void theReadmeNamesThisModuleAsATestDependency() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);

        assertThat(readme).contains("<artifactId>linstorj-testing</artifactId>").contains("<scope>test</scope>");
    }

    /** The lines of the first ```java block after {@code heading}. */
    private static List<String> javaBlockAfter(String heading) throws IOException {
        List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
        int section = lines.indexOf(heading);
        assertThat(section).as("README section " + heading).isNotNegative();
        int start = lines.subList(section, lines.size()).indexOf("```java") + section + 1;
        int end = lines.subList(start, lines.size()).indexOf("```") + start;
        return lines.subList(start, end);
    }
}
