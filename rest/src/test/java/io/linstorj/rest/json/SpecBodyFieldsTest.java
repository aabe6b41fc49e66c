package io.linstorj.rest.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.linstorj.rest.RestReadme;
import io.linstorj.rest.SpecFile;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link SpecBodyFields} is the spec's, the body records read only fields of the schemas they
 * name (a field they hold that the spec lacks would be one LinstorJ invents), and rest/README.md
 * lists the spec fields they lack, which answer 501.
 */
class SpecBodyFieldsTest {
    private static final String UNMODELLED_BEGIN = "<!-- unmodelled-fields:begin -->";
    private static final String UNMODELLED_END = "<!-- unmodelled-fields:end -->";
    private static final Pattern TABLE_ROW =
            Pattern.compile("^\\| ([A-Z]\\w+)[^|]* \\| ([^|]+) \\|$", Pattern.MULTILINE);
    private static final Pattern BACKTICKED = Pattern.compile("`([a-z_]+)`");
    private static final PropertyNamingStrategies.NamingBase SNAKE_CASE =
            (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

    @Test
    void tableHoldsTheRequestBodyFieldsOfTheSpec() throws IOException {
        Path spec = SpecFile.locate();
        Map<String, Map<String, String>> expected = SpecBodySchemas.read(spec);
        if (!expected.equals(SpecBodyFields.schemas())) {
            Path regenerated = Path.of("target", "SpecBodyFieldTable.java").toAbsolutePath();
            Files.createDirectories(regenerated.getParent());
            Files.writeString(
                    regenerated,
                    SpecBodySchemas.javaSource(expected, SpecBodySchemas.version(spec)),
                    StandardCharsets.UTF_8);
            Map<String, Map<String, String>> table = SpecBodyFields.schemas();
            List<String> differing = Stream.concat(expected.keySet().stream(), table.keySet().stream())
                    .distinct()
                    .filter(schema -> !Objects.equals(expected.get(schema), table.get(schema)))
                    .sorted()
                    .toList();
            assertThat(differing)
                    .as(
                            "schemas where SpecBodyFields differs from %s; the spec's table is in %s (copy it to "
                                    + "src/main/java/io/linstorj/rest/json/ and run spotless:apply)",
                            spec, regenerated)
                    .isEmpty();
        }
        assertThat(expected).containsKeys("ResourceGroup", "AutoSelectFilter", "ResourceCreate", "Resource");
        assertThat(expected.get("ResourceGroup")).containsEntry("select_filter", "AutoSelectFilter");
    }

    @Test
    void everyFieldOfABodyRecordIsAFieldOfItsSchema() throws Exception {
        List<Class<?>> records = bodyRecords();
        assertThat(records)
                .as("the records that name a spec schema")
                .contains(GroupBodies.ResourceGroupCreate.class, SelectFilterJson.class, NodeBodies.NodeCreate.class);
        List<String> problems = new ArrayList<>();
        for (Class<?> record : records) {
            for (String schema : record.getAnnotation(SpecSchema.class).value()) {
                if (!SpecBodyFields.schemas().containsKey(schema)) {
                    problems.add(record.getName() + " names " + schema + ", which is no request-body schema");
                    continue;
                }
                check(record, schema, problems);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void readmeListsTheSpecFieldsNoRecordModels() throws Exception {
        Map<String, Set<String>> unmodelled = new TreeMap<>();
        for (Class<?> record : bodyRecords()) {
            Set<String> components = Arrays.stream(record.getRecordComponents())
                    .map(component -> SNAKE_CASE.translate(component.getName()))
                    .collect(Collectors.toSet());
            for (String schema : record.getAnnotation(SpecSchema.class).value()) {
                Set<String> lacking = new TreeSet<>(
                        SpecBodyFields.schemas().getOrDefault(schema, Map.of()).keySet());
                lacking.removeAll(components);
                if (!lacking.isEmpty()) {
                    unmodelled.merge(schema, lacking, (a, b) -> {
                        a.addAll(b);
                        return a;
                    });
                }
            }
        }
        String readme = Files.readString(RestReadme.repositoryRoot().resolve("rest/README.md"));
        int begin = readme.indexOf(UNMODELLED_BEGIN);
        int end = readme.indexOf(UNMODELLED_END);
        assertThat(begin).as("rest/README.md has " + UNMODELLED_BEGIN).isNotNegative();
        Map<String, Set<String>> documented = new TreeMap<>();
        Matcher row = TABLE_ROW.matcher(readme.substring(begin, end));
        while (row.find()) {
            Set<String> fields = new TreeSet<>();
            Matcher field = BACKTICKED.matcher(row.group(2));
            while (field.find()) {
                fields.add(field.group(1));
            }
            documented.put(row.group(1), fields);
        }
        assertThat(documented).isEqualTo(unmodelled);
    }

    /** Checks the components of {@code record} against {@code schema}, and its records' against theirs. */
    private static void check(Class<?> record, String schema, List<String> problems) {
        for (RecordComponent component : record.getRecordComponents()) {
            String field = SNAKE_CASE.translate(component.getName());
            String where = record.getSimpleName() + "." + component.getName() + " (" + schema + "." + field + ")";
            if (!SpecBodyFields.has(schema, field)) {
                problems.add(where + ": the spec's " + schema + " has no field " + field);
                continue;
            }
            Class<?> inner = recordOf(component.getGenericType());
            if (inner == null) {
                continue;
            }
            var nested = SpecBodyFields.nested(schema, field);
            if (nested.isEmpty()) {
                problems.add(where + ": a record, where the spec has no object");
                continue;
            }
            SpecSchema named = inner.getAnnotation(SpecSchema.class);
            if (named != null && !Arrays.asList(named.value()).contains(nested.get())) {
                problems.add(where + ": " + inner.getSimpleName() + " names " + List.of(named.value()) + ", the spec "
                        + nested.get());
            }
            check(inner, nested.get(), problems);
        }
    }

    /** The record {@code type} is, or holds as a list or array, or null. */
    private static Class<?> recordOf(Type type) {
        if (type instanceof Class<?> plain) {
            Class<?> element = plain.isArray() ? plain.getComponentType() : plain;
            return element.isRecord() ? element : null;
        }
        if (type instanceof ParameterizedType generic && generic.getRawType() == List.class) {
            return recordOf(generic.getActualTypeArguments()[0]);
        }
        return null;
    }

    /** The records of this package that name a spec schema, found among its compiled classes. */
    private static List<Class<?>> bodyRecords() throws IOException, URISyntaxException {
        Path classes = Path.of(SpecSchema.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .resolve(SpecSchema.class.getPackageName().replace('.', '/'));
        List<Class<?>> records = new ArrayList<>();
        try (Stream<Path> files = Files.list(classes)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".class") || name.equals("package-info.class")) {
                    continue;
                }
                Class<?> type = loaded(SpecSchema.class.getPackageName() + "." + name.replace(".class", ""));
                if (type.isRecord() && type.isAnnotationPresent(SpecSchema.class)) {
                    records.add(type);
                }
            }
        }
        return records;
    }

    private static Class<?> loaded(String name) {
        try {
            return Class.forName(name, false, SpecSchema.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name + " is compiled but cannot be loaded", e);
        }
    }
}
