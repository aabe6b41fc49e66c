package io.linstorj.rest;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import com.atlassian.oai.validator.whitelist.rule.WhitelistRules;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
 * Two deviations where LINSTOR's controller and the spec differ and clients follow the controller:
 * node types in upper case ({@code SATELLITE}) where the spec's enum writes {@code Satellite}, and
 * 200 (not 201) for a created volume definition, which the Proxmox plugin checks; that body is
 * validated as the 201 answer.
 */
final class SpecValidator {
    private final OpenApiInteractionValidator validator;

    SpecValidator(Path spec) {
        try {
            validator = OpenApiInteractionValidator.createForInlineApiSpecification(withoutNullDefaults(spec))
                .withWhitelist(ValidationErrorsWhitelist.create().withRule(
                    "LINSTOR answers node types in upper case",
                    WhitelistRules.allOf(
                        WhitelistRules.messageHasKey("validation.response.body.schema.enum"),
                        WhitelistRules.messageContainsRegexp(".*\"(SATELLITE|CONTROLLER|COMBINED|AUXILIARY)\".*"))))
                .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problems of an answer; empty when it conforms. */
    ValidationReport validate(String method, String path, int status, String body) {
        if (status >= 400) {
            return validator.validateResponse("/v1/nodes", Request.Method.POST, response(201, body));
        }
        int documented = status == 200 && "POST".equals(method) && path.endsWith("/volume-definitions") ? 201 : status;
        ValidationReport direct = validator.validateResponse(path, Request.Method.valueOf(method),
            response(documented, body));
        boolean beyondSpec = direct.getMessages().stream()
            .anyMatch(message -> message.getKey().endsWith(".path.missing") || message.getKey().endsWith(".operation.notAllowed"));
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
        flattenAllOf(root, root.path("components").path("schemas"));
        return yaml.writeValueAsString(root);
    }

    /**
     * Merges each {@code allOf} of object schemas into one object schema. The validator checks
     * every member of an {@code allOf} on its own and refuses, in each, the properties that only
     * the other members declare ({@code ResourceWithVolumes} = {@code Resource} + {@code volumes}
     * would refuse every resource of {@code /v1/view/resources}); the merged schema says what the
     * spec means.
     */
    private static void flattenAllOf(JsonNode node, JsonNode schemas) {
        if (node instanceof ObjectNode object) {
            if (object.get("allOf") instanceof ArrayNode members) {
                ObjectNode properties = object.objectNode();
                ArrayNode required = object.arrayNode();
                for (JsonNode member : members) {
                    JsonNode schema = member.has("$ref")
                        ? schemas.path(member.get("$ref").asText().replace("#/components/schemas/", ""))
                        : member;
                    schema.path("properties").properties().forEach(entry ->
                        properties.set(entry.getKey(), entry.getValue().deepCopy()));
                    schema.path("required").forEach(name -> required.add(name.deepCopy()));
                }
                object.remove("allOf");
                object.put("type", "object");
                object.set("properties", properties);
                if (!required.isEmpty()) {
                    object.set("required", required);
                }
            }
            object.elements().forEachRemaining(child -> flattenAllOf(child, schemas));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> flattenAllOf(child, schemas));
        }
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
        return SimpleResponse.Builder.status(status).withContentType("application/json").withBody(body).build();
    }
}
