package io.linstorj.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request and LINBIT's controller's answer as recorded in {@code shared/reference/rest-examples/}
 * (beside the repository; not copied into it).
 *
 * @param name the file's name without {@code .json}
 * @param method the request's method
 * @param path the request's path with its query
 * @param requestBody the request's JSON body; a missing node when it had none
 * @param status the answer's status
 * @param headers the answer's headers, without those the server sets itself (length, connection)
 * @param responseBody the answer's body as bytes
 */
public record RestExample(
        String name,
        String method,
        String path,
        JsonNode requestBody,
        int status,
        Map<String, String> headers,
        byte[] responseBody) {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path REFERENCE = Path.of("shared", "reference");

    /** Reads {@code rest-examples/<name>.json}: a controller whose nodes never had a satellite. */
    public static RestExample of(String name) {
        return read(directory("rest-examples").resolve(name + ".json"), name);
    }

    /** Reads {@code rest-examples-live/<name>.json}: the same controller with three live satellites. */
    public static RestExample live(String name) {
        return read(directory("rest-examples-live").resolve(name + ".json"), name);
    }

    private static RestExample read(Path file, String name) {
        try {
            JsonNode json = MAPPER.readTree(file.toFile());
            JsonNode request = json.path("request");
            JsonNode response = json.path("response");
            Map<String, String> headers = new LinkedHashMap<>();
            response.path("headers").fields().forEachRemaining(header -> {
                String key = header.getKey();
                if (!key.equalsIgnoreCase("Content-Length") && !key.equalsIgnoreCase("Connection")) {
                    headers.put(key, header.getValue().asText());
                }
            });
            JsonNode body = response.path("body");
            byte[] bytes = body.isMissingNode()
                    ? response.path("body_text").asText("").getBytes()
                    : MAPPER.writeValueAsBytes(body);
            return new RestExample(
                    name,
                    request.path("method").asText(),
                    request.path("path").asText(),
                    request.path("body"),
                    response.path("status").asInt(),
                    headers,
                    bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the REST example " + file, e);
        }
    }

    /** The same answer, served at another path (for a refusal LINSTOR gave on a neighbouring call). */
    public RestExample at(String method, String path) {
        return new RestExample(name, method, path, requestBody, status, headers, responseBody);
    }

    private static Path directory(String examples) {
        Path relative = REFERENCE.resolve(examples);
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(relative);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(examples + " not found: expected " + relative
                + " beside the repository, searched upwards from " + System.getProperty("user.dir"));
    }
}
