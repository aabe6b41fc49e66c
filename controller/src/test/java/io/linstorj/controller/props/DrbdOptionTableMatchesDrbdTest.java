package io.linstorj.controller.props;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.linstorj.controller.props.DrbdValueRule.Range;
import io.linstorj.controller.props.DrbdValueRule.Symbol;
import io.linstorj.controller.props.DrbdValueRule.Text;
import io.linstorj.controller.props.DrbdValueRule.YesNo;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Our table of DRBD's net options equals DRBD's own description of them, as the installed
 * {@code drbdsetup xml-help net-options} prints it (Debian's drbd-utils, which CI installs):
 * the same options, ranges and words. Skipped where drbd-utils is not installed.
 */
class DrbdOptionTableMatchesDrbdTest {
    private static final Path DRBDSETUP = Path.of("/usr/sbin/drbdsetup");

    @Test
    void netOptionsAndTheirRangesAndWordsAreDrbds() throws Exception {
        assumeTrue(Files.isExecutable(DRBDSETUP), "drbd-utils is not installed");
        Element command = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(xmlHelp()))
                .getDocumentElement();

        Map<String, DrbdValueRule> expected = new TreeMap<>();
        NodeList options = command.getElementsByTagName("option");
        for (int i = 0; i < options.getLength(); i++) {
            Element option = (Element) options.item(i);
            String name = option.getAttribute("name");
            String type = option.getAttribute("type");
            if (type.equals("flag") || name.startsWith("_") || DrbdOptionTable.RESERVED_NET_OPTIONS.contains(name)) {
                continue;
            }
            expected.put(
                    name,
                    switch (type) {
                        case "numeric" ->
                            new Range(
                                    Long.parseLong(text(option, "min").get(0)),
                                    Long.parseLong(text(option, "max").get(0)));
                        case "boolean" -> new YesNo(name.equals("allow-two-primaries"));
                        case "handler" -> new Symbol(text(option, "handler"));
                        case "string" -> Text.ALGORITHM;
                        default ->
                            throw new AssertionError(
                                    "DRBD option type '" + type + "' of " + name + " has no rule kind");
                    });
        }

        assertThat(expected).containsKey("max-buffers");
        assertThat(DrbdOptionTable.netOptions()).isEqualTo(expected);
    }

    @Test
    void listedDefaultsAndUnitsOfNetOptionsAreDrbds() throws Exception {
        assumeTrue(Files.isExecutable(DRBDSETUP), "drbd-utils is not installed");
        Element command = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(xmlHelp()))
                .getDocumentElement();

        Map<String, List<Optional<String>>> expected = new TreeMap<>();
        NodeList options = command.getElementsByTagName("option");
        for (int i = 0; i < options.getLength(); i++) {
            Element option = (Element) options.item(i);
            String name = option.getAttribute("name");
            if (DrbdOptionTable.netOptions().containsKey(name)) {
                // A plain number of an option whose unit prefix is 's' counts 512-byte sectors.
                Optional<String> unit = text(option, "unit_prefix").equals(List.of("s"))
                        ? Optional.of("512-byte sectors")
                        : text(option, "unit").stream().findFirst();
                expected.put(name, List.of(text(option, "default").stream().findFirst(), unit));
            }
        }

        Map<String, List<Optional<String>>> listed = new TreeMap<>();
        DrbdOptionTable.netOptionsListed()
                .forEach((name, option) -> listed.put(
                        name,
                        List.of(option.info().defaultValue(), option.info().unit())));
        assertThat(listed).isEqualTo(expected);
    }

    private static byte[] xmlHelp() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(DRBDSETUP.toString(), "xml-help", "net-options")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return output;
    }

    private static List<String> text(Element option, String tag) {
        List<String> values = new ArrayList<>();
        NodeList nodes = option.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent().trim());
        }
        return values;
    }
}
