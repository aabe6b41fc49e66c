package io.linstorj.dist.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The client's API document quotes its samples from their one source, {@code ApiSamples.java},
 * which {@link ApiSamplesTest} runs: every {@code <!-- sample: NAME -->} block of
 * {@code client/API.md} is the text between {@code // sample: NAME} and {@code // end sample} of
 * the source, indentation aside, and every sample of the source is in the document; the README's
 * quick start is one of them.
 */
class ApiDocumentTest {
    private static final Path DOCUMENT = Path.of("../client/API.md");
    private static final Path README = Path.of("../README.md");
    private static final Path SOURCE =
            Path.of("../samples/plugin-example/src/main/java/io/linstorj/samples/ApiSamples.java");

    private static final Pattern DOC_SAMPLE =
            Pattern.compile("<!-- sample: ([\\w-]+) -->\\n```java\\n(.*?)```\\n", Pattern.DOTALL);
    private static final Pattern SOURCE_SAMPLE =
            Pattern.compile("\\n([ \\t]*)// sample: ([\\w-]+)\\n(.*?)\\n[ \\t]*// end sample\\n", Pattern.DOTALL);

    @Test
    void everySampleOfTheDocumentIsTheCompiledAndRunSourceAndNoneIsMissing() throws IOException {
        Map<String, String> documented = documentSamples(Files.readString(DOCUMENT));
        Map<String, String> compiled = sourceSamples(Files.readString(SOURCE));

        assertThat(compiled).as("samples in %s", SOURCE).isNotEmpty();
        assertThat(documented.keySet())
                .as("the document's samples")
                .containsExactlyInAnyOrderElementsOf(compiled.keySet());
        compiled.forEach((name, text) -> assertThat(documented.get(name))
                .as("sample %s in %s", name, DOCUMENT)
                .isEqualTo(text));
    }

    @Test
    void theReadmesQuickStartIsTheCompiledAndRunSample() throws IOException {
        Map<String, String> inReadme = documentSamples(Files.readString(README));

        assertThat(inReadme).containsOnlyKeys("quick-start");
        assertThat(inReadme.get("quick-start"))
                .isEqualTo(sourceSamples(Files.readString(SOURCE)).get("quick-start"));
        assertThat(inReadme.get("quick-start").lines()).hasSize(5);
    }

    @Test
    void theDocumentNamesEachUriSchemeTheClientSpeaks() throws IOException {
        String document = Files.readString(DOCUMENT);

        assertThat(document)
                .contains("linstor://", "http://", "https://", "LS_CONTROLLERS", "io.linstorj:linstorj-client");
    }

    @Test
    void theDocumentSaysWhichProtocolTheBinaryTransportSpeaksAndWhatEachProtoMsgIs() throws IOException {
        String document = Files.readString(DOCUMENT);

        assertThat(document)
                .contains(
                        "binary transport speaks LINSTOR's client protocol of 2019 with LinstorJ's additions",
                        "accepts_parts",
                        "snapshot_events");
        for (String message : List.of(
                "MsgLstNode",
                "MsgLstStorPoolDfn",
                "MsgLstStorPool",
                "MsgLstRscDfn",
                "MsgLstRsc",
                "MsgRspKvs",
                "MsgLstCtrlCfgProps",
                "MsgLstSnapshotDfn",
                "MsgLstRscGrp",
                "MsgLstVlmGrp")) {
            assertThat(document).as("protoMsg() type %s", message).contains("`" + message + "`");
        }
    }

    private static Map<String, String> documentSamples(String document) {
        Map<String, String> samples = new LinkedHashMap<>();
        Matcher m = DOC_SAMPLE.matcher(document);
        while (m.find()) {
            assertThat(samples.put(m.group(1), m.group(2).stripTrailing()))
                    .as("sample %s twice", m.group(1))
                    .isNull();
        }
        return samples;
    }

    private static Map<String, String> sourceSamples(String source) {
        Map<String, String> samples = new LinkedHashMap<>();
        Matcher m = SOURCE_SAMPLE.matcher(source);
        while (m.find()) {
            String indent = m.group(1);
            List<String> lines = m.group(3)
                    .lines()
                    .map(line -> line.startsWith(indent) ? line.substring(indent.length()) : line.strip())
                    .toList();
            assertThat(samples.put(m.group(2), String.join("\n", lines).stripTrailing()))
                    .as("sample %s twice", m.group(2))
                    .isNull();
        }
        return samples;
    }
}
