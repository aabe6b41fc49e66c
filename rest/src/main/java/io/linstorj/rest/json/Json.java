package io.linstorj.rest.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The REST API's JSON mapper: snake_case names as LINSTOR's, absent fields left out of answers,
 * and strict reading: an unknown field, a wrong type (a number for a name, a string for a size),
 * a number out of range, trailing data or a {@code null} body are refused, never guessed at.
 * Thread-safe once built.
 */
public final class Json {
    private final ObjectMapper mapper;

    /** Builds the mapper. */
    public Json() {
        JsonMapper built = JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        // A number or boolean where a string belongs is a client's mistake, not a name.
        built.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            built.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        this.mapper = built;
    }

    /**
     * Reads a request body.
     *
     * @throws JsonInputException if the body is not one JSON value of {@code type}
     * @throws UnsupportedFieldException if it has a field that the spec gives the schema {@code
     *     type} names ({@link SpecSchema}) but {@code type} does not model
     */
    public <T> T read(byte[] body, Class<T> type) {
        if (body.length == 0) {
            throw new JsonInputException("The request has no body; a JSON object is required.");
        }
        T value;
        try {
            value = mapper.readValue(body, type);
        } catch (UnrecognizedPropertyException e) {
            throw UnknownFieldRefusal.of(e, type);
        } catch (JsonProcessingException e) {
            throw new JsonInputException(e.getOriginalMessage());
        } catch (IOException e) {
            throw new JsonInputException(e.getMessage());
        }
        if (value == null) {
            throw new JsonInputException("The body is null; a JSON object is required.");
        }
        return value;
    }

    /** Writes an answer that writes itself to the generator (snake_case names are the writer's job). */
    public byte[] write(JsonWriting body) {
        ByteArrayBuilder bytes = new ByteArrayBuilder(8192);
        try (JsonGenerator generator = mapper.getFactory().createGenerator(bytes, JsonEncoding.UTF8)) {
            body.writeTo(generator);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write an answer as JSON", e);
        }
        return bytes.toByteArray();
    }

    /** Writes an answer. */
    public byte[] write(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
