package io.linstorj.rest.json;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import java.util.Optional;

/**
 * The answer to a body field its record does not know. A field the spec gives the body's schema
 * (found by walking the field's JSON path through {@link SpecBodyFields} from the schema the root
 * record names with {@link SpecSchema}) is a feature LinstorJ lacks: refused with 501, as the
 * fields records model and refuse are ({@link SpecFields#notSupported}). Any other field is the
 * client's mistake: 400 "Unable to parse input json." naming it. Either way nothing was read, so
 * nothing is stored.
 */
final class UnknownFieldRefusal {
    private UnknownFieldRefusal() {}

    /** The exception to throw for {@code e}, met while reading a body of {@code bodyType}. */
    static RuntimeException of(UnrecognizedPropertyException e, Class<?> bodyType) {
        List<JsonMappingException.Reference> path = e.getPath();
        if (bodyType.isArray() && !path.isEmpty() && path.get(0).getIndex() >= 0) {
            // The body is a list of objects (ResourceCreate); a field is named within its entry.
            path = path.subList(1, path.size());
        }
        Class<?> root = bodyType.isArray() ? bodyType.getComponentType() : bodyType;
        SpecSchema schema = root.getAnnotation(SpecSchema.class);
        if (schema != null) {
            for (String name : schema.value()) {
                Optional<String> field = specField(name, path);
                if (field.isPresent()) {
                    // A record read for several schemas of the same fields cannot tell which one this path reads.
                    return notSupported(field.get(), String.join(" / ", schema.value()));
                }
            }
        }
        String field = jsonPath(path).orElse(e.getPropertyName());
        return new JsonInputException("Unknown field '" + field
                + "': LINSTOR's REST API (rest_v1_openapi.yaml) gives this body no such field.");
    }

    /** The JSON path of the field {@code path} ends in, when {@code schema} has it there. */
    private static Optional<String> specField(String schema, List<JsonMappingException.Reference> path) {
        StringBuilder name = new StringBuilder();
        String current = schema;
        for (int i = 0; i < path.size(); i++) {
            String field = path.get(i).getFieldName();
            if (field == null) {
                name.append("[]");
                continue;
            }
            if (!name.isEmpty()) {
                name.append('.');
            }
            name.append(field);
            if (i == path.size() - 1) {
                return SpecBodyFields.has(current, field) ? Optional.of(name.toString()) : Optional.empty();
            }
            Optional<String> nested = SpecBodyFields.nested(current, field);
            if (nested.isEmpty()) {
                return Optional.empty();
            }
            current = nested.get();
        }
        return Optional.empty();
    }

    /** {@code path} as {@code resource_definition.layer_data[].data}; empty when it names no field. */
    private static Optional<String> jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder name = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() == null) {
                name.append("[]");
            } else {
                name.append(name.isEmpty() ? "" : ".").append(reference.getFieldName());
            }
        }
        return name.isEmpty() ? Optional.empty() : Optional.of(name.toString());
    }

    private static UnsupportedFieldException notSupported(String field, String schema) {
        return SpecFields.unsupported(
                field,
                "LinstorJ does not implement " + field + " of LINSTOR's " + schema
                        + "; a value for it would go unused, so it is refused.",
                "Leave " + field + " out.");
    }
}
