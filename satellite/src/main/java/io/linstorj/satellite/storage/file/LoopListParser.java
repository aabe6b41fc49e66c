package io.linstorj.satellite.storage.file;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the output of {@code losetup --list --json --output NAME,BACK-FILE}.
 *
 * <pre>{@code
 * {"loopdevices": [ {"name": "/dev/loop0", "back-file": "/pool/web_00000.img"} ]}
 * }</pre>
 * Devices without a backing file are skipped. Some versions print nothing at all when no device
 * is attached; that is an empty list too.
 */
public final class LoopListParser {

    private static final String DELETED_SUFFIX = " (deleted)";

    private final ObjectMapper json = new ObjectMapper();

    /**
     * Returns the attachments in {@code output}.
     *
     * @throws IllegalArgumentException if the output is not losetup's JSON
     */
    public List<LoopAttachment> parse(String output) {
        if (output.isBlank()) {
            return List.of();
        }
        JsonNode devices = readTree(output).path("loopdevices");
        if (!devices.isArray()) {
            throw new IllegalArgumentException("losetup output has no 'loopdevices' list: " + output);
        }
        var attachments = new ArrayList<LoopAttachment>();
        for (JsonNode device : devices) {
            String name = device.path("name").asText("");
            String backFile = device.path("back-file").asText("");
            if (!name.isEmpty() && !backFile.isEmpty()) {
                attachments.add(attachment(name, backFile));
            }
        }
        return List.copyOf(attachments);
    }

    private JsonNode readTree(String output) {
        try {
            return json.readTree(output);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("losetup output is not JSON: " + output.strip(), e);
        }
    }

    private static LoopAttachment attachment(String device, String backFile) {
        boolean deleted = backFile.endsWith(DELETED_SUFFIX);
        String path = deleted ? backFile.substring(0, backFile.length() - DELETED_SUFFIX.length()) : backFile;
        return new LoopAttachment(device, Path.of(path), deleted);
    }
}
