/**
 * The HTTP machinery of the REST API: Netty's HTTP codec with bounded requests, connections and
 * idle time, and one handler that hands each complete request to the router and writes the answer.
 * Nothing here knows LINSTOR's objects.
 */
package io.linstorj.rest.http;
