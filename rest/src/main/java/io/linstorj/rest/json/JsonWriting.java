package io.linstorj.rest.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * An answer body written straight to Jackson's generator: for the long lists, where building a
 * value object per item and letting the mapper reflect over it costs more than the writing.
 */
@FunctionalInterface
public interface JsonWriting {
    /** Writes one complete JSON value. */
    void writeTo(JsonGenerator generator) throws IOException;
}
