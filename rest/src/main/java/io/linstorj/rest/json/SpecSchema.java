package io.linstorj.rest.json;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the schema (components/schemas of rest_v1_openapi.yaml) a request body record reads, so
 * that a field the spec gives that schema but the record lacks is told from a field outside the
 * spec ({@link UnknownFieldRefusal}). A record read for several schemas of the same fields (the
 * property changes) names them all.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SpecSchema {
    /** The schema names, as the spec spells them ({@code ResourceGroup}, {@code AutoSelectFilter}). */
    String[] value();
}
