/**
 * The JSON shapes of the REST API (components/schemas of LINSTOR's rest_v1_openapi.yaml) as
 * records, and the strict Jackson mapper that reads and writes them.
 */
package io.linstorj.rest.json;
