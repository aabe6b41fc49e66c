package io.linstorj.rest;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import com.atlassian.oai.validator.whitelist.rule.WhitelistRules;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks answers against LINSTOR's rest_v1_openapi.yaml with the Atlassian validator.
 *
 * <ul>
 * <li>An answer the spec documents for its path and status is validated as such.</li>
 * <li>An error answer (status &gt;= 400) must be an ApiCallRc list; the spec documents few error
 *     statuses (and 500 as a single ApiCallRc, which LINSTOR never sends), so its body is validated
 *     as the ApiCallRcList that {@code POST /v1/nodes} answers with 201.</li>
 * <li>A single-object GET LINSTOR serves beyond the spec ({@code /v1/nodes/{node}}) is validated as
 *     a one-item answer of the list path above it.</li>
 * </ul>
 * A volume's layer data ({@code layer_data_list[].data}, VolumeLayer's {@code oneOf} of
 * DrbdVolume, StorageVolume, …) is validated against the schema its {@code type} names: the
 * spec gives no discriminator, and a StorageVolume as LINSTOR answers it (volume number, device
 * path, sizes, disk state) matches LUKSVolume, NVMEVolume and the cache volumes as well, which a
 * strict {@code oneOf} refuses.
 *
 * <p>Two deviations where LINSTOR's controller and the spec differ and clients follow the controller:
 * node types in upper case ({@code SATELLITE}) where the spec's enum writes {@code Satellite}, and
 * 200 (not 201) for a created volume definition, which the Proxmox plugin checks; that body is
 * validated as the 201 answer.
 *
 * <p>The data of server-sent events, which the spec describes only as schemas of its components
 * ({@code EventNode}, {@code EventMayPromoteChange}), is checked with {@link #validateSchema}.
 * Public, with {@link SpecFile}, for dist's tests, which reach the REST API of a real cluster.
 */
public final class SpecValidator {
    private static final String UPPER_CASE_NODE_TYPE = ".*\"(SATELLITE|CONTROLLER|COMBINED|AUXILIARY)\".*";
    private static final Pattern LAYER_DATA = Pattern.compile(".*/layer_data_list/\\d+/data");
    private static final Map<String, String> LAYER_SCHEMAS = Map.of(
            "DRBD", "DrbdVolume",
            "LUKS", "LUKSVolume",
            "STORAGE", "StorageVolume",
            "NVME", "NVMEVolume",
            "WRITECACHE", "WritecacheVolume",
            "CACHE", "CacheVolume",
            "BCACHE", "BCacheVolume");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OpenApiInteractionValidator validator;
    private final OpenAPI api;
    private final SchemaValidator schemas;

    /** Reads the spec at {@code spec} (see {@link SpecFile#locate()}). */
    public SpecValidator(Path spec) {
        try {
            String text = withoutNullDefaults(spec);
            // Combinators resolved: the validator forbids properties a schema does not name, which
            // an allOf (ResourceWithVolumes = Resource + volumes) would otherwise fail on each part.
            validator = OpenApiInteractionValidator.createForInlineApiSpecification(text)
                    .withResolveCombinators(true)
                    .withWhitelist(ValidationErrorsWhitelist.create()
                            .withRule(
                                    "LINSTOR answers node types in upper case",
                                    WhitelistRules.allOf(
                                            WhitelistRules.messageHasKey("validation.response.body.schema.enum"),
                                            WhitelistRules.messageContainsRegexp(UPPER_CASE_NODE_TYPE))))
                    .build();
            ParseOptions options = new ParseOptions();
            options.setResolve(true);
            options.setResolveCombinators(true);
            api = new OpenAPIV3Parser().readContents(text, null, options).getOpenAPI();
            schemas = new SchemaValidator(api, new MessageResolver());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The problems of {@code json} as an instance of the spec's component schema {@code component}
     * (e.g. {@code EventMayPromoteChange}), node types in upper case allowed as above; empty when
     * it conforms.
     */
    public ValidationReport validateSchema(String component, String json) {
        Schema<?> schema = api.getComponents().getSchemas().get(component);
        if (schema == null) {
            throw new IllegalArgumentException("the spec has no schema " + component);
        }
        Pattern upperCaseType = Pattern.compile(UPPER_CASE_NODE_TYPE, Pattern.DOTALL);
        return ValidationReport.from(schemas.validate(json, schema, component).getMessages().stream()
                .filter(message -> !(message.getKey().endsWith("enum")
                        && upperCaseType.matcher(message.getMessage()).matches()))
                .toList());
    }

    /** The problems of an answer; empty when it conforms. */
    public ValidationReport validate(String method, String path, int status, String body) {
        ValidationReport report = validateAnswer(method, path, status, body);
        if (status >= 400 || !body.contains("\"layer_data_list\"")) {
            return report;
        }
        List<ValidationReport.Message> messages = new ArrayList<>(report.getMessages().stream()
                .filter(message -> !isLayerDataOneOf(message))
                .toList());
        try {
            layerData(JSON.readTree(body), messages);
        } catch (IOException e) {
            return report;
        }
        return ValidationReport.from(messages);
    }

    /** True for the {@code oneOf} problem of a volume's layer data, which {@link #layerData} checks instead. */
    private static boolean isLayerDataOneOf(ValidationReport.Message message) {
        return message.getKey().endsWith("schema.oneOf")
                && message.getContext()
                        .flatMap(ValidationReport.MessageContext::getPointers)
                        .map(pointers ->
                                LAYER_DATA.matcher(pointers.getInstance()).matches())
                        .orElse(false);
    }

    /** Validates the data of every layer_data_list entry under {@code json} against its type's schema. */
    private void layerData(JsonNode json, List<ValidationReport.Message> messages) throws IOException {
        if (json.has("layer_data_list")) {
            for (JsonNode layer : json.get("layer_data_list")) {
                String component = LAYER_SCHEMAS.get(layer.path("type").asText());
                if (component != null && layer.has("data")) {
                    messages.addAll(validateSchema(component, JSON.writeValueAsString(layer.get("data")))
                            .getMessages());
                }
            }
        }
        for (JsonNode child : json) {
            layerData(child, messages);
        }
    }

    private ValidationReport validateAnswer(String method, String path, int status, String body) {
        if (status >= 400) {
            return validator.validateResponse("/v1/nodes", Request.Method.POST, response(201, body));
        }
        int documented = status == 200 && "POST".equals(method) && path.endsWith("/volume-definitions") ? 201 : status;
        ValidationReport direct =
                validator.validateResponse(path, Request.Method.valueOf(method), response(documented, body));
        boolean beyondSpec = direct.getMessages().stream()
                .anyMatch(message -> message.getKey().endsWith(".path.missing")
                        || message.getKey().endsWith(".operation.notAllowed"));
        if (beyondSpec && "GET".equals(method) && path.lastIndexOf('/') > 0) {
            String listPath = path.substring(0, path.lastIndexOf('/'));
            return validator.validateResponse(listPath, Request.Method.GET, response(200, "[" + body + "]"));
        }
        return direct;
    }

    /**
     * The spec as text without its {@code default: null} entries: they mean "no default", but the
     * parser refuses them on array schemas. Done in memory; the file stays as it is.
     */
    private static String withoutNullDefaults(Path spec) throws IOException {
        YAMLMapper yaml = new YAMLMapper();
        JsonNode root = yaml.readTree(Files.readString(spec));
        removeNullDefaults(root);
        return yaml.writeValueAsString(root);
    }

    private static void removeNullDefaults(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("default") && object.get("default").isNull()) {
                object.remove("default");
            }
            object.elements().forEachRemaining(SpecValidator::removeNullDefaults);
        } else if (node.isArray()) {
            node.elements().forEachRemaining(SpecValidator::removeNullDefaults);
        }
    }

    private static SimpleResponse response(int status, String body) {
        return SimpleResponse.Builder.status(status)
                .withContentType("application/json")
                .withBody(body)
                .build();
    }
}
