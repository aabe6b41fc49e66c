package io.linstorj.rest.endpoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * LINSTOR's PropsInfo maps (the properties each kind of object takes, with their type, value
 * rule, default and unit), read once from the resource {@code props-info.json} beside this
 * class. That file is derived from LINSTOR's {@code properties.json} and {@code consts.json}
 * (keys resolved, types and values as LINSTOR's controller answers them) and checked in, so the
 * controller needs nothing outside its jar; {@code PropsInfoResourceTest} derives it again from
 * those files when they lie beside the repository and fails when the two differ. The answers are
 * serialised once: every GET writes the same bytes.
 */
public final class PropsInfoCatalog {
    /** The resource, relative to this class. */
    static final String RESOURCE = "props-info.json";

    private final Map<String, byte[]> byObject;
    private final byte[] all;

    private PropsInfoCatalog(Map<String, byte[]> byObject, byte[] all) {
        this.byObject = byObject;
        this.all = all;
    }

    /**
     * Reads the catalog from the class path.
     *
     * @throws UncheckedIOException if the resource is missing or not a JSON object of objects
     */
    public static PropsInfoCatalog load() {
        ObjectMapper mapper = new ObjectMapper();
        try (InputStream in = PropsInfoCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("resource " + RESOURCE + " is missing");
            }
            JsonNode root = mapper.readTree(in);
            if (root == null || !root.isObject()) {
                throw new IOException("resource " + RESOURCE + " is not a JSON object");
            }
            Map<String, byte[]> byObject = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> entry = it.next();
                byObject.put(entry.getKey(), mapper.writeValueAsBytes(entry.getValue()));
            }
            return new PropsInfoCatalog(Map.copyOf(byObject), mapper.writeValueAsBytes(root));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the PropsInfo catalog", e);
        }
    }

    /**
     * The PropsInfo map of one kind of object ({@code CONTROLLER}, {@code NODE},
     * {@code STORAGEPOOL_DEFINITION}, {@code STORAGEPOOL}, {@code RESOURCE_DEFINITION},
     * {@code RESOURCE}, {@code VOLUME_DEFINITION}, {@code VOLUME}, ...) as JSON.
     *
     * @throws IllegalArgumentException for a kind the catalog lacks (a wiring mistake)
     */
    public byte[] of(String object) {
        byte[] json = byObject.get(object);
        if (json == null) {
            throw new IllegalArgumentException("no PropsInfo for " + object);
        }
        return json.clone();
    }

    /** Every kind's map, by kind, as JSON (controller/properties/info/all). */
    public byte[] all() {
        return all.clone();
    }
}
