package io.linstorj.bench.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.linstorj.bench.LatencyRecorder;
import io.linstorj.bench.LatencySummary;
import java.io.IOException;
import java.net.URI;

/**
 * Times one GET from one kept-alive client: request sent to the last byte of the answer received.
 * Parsing is not timed; the last answer is parsed once, untimed, to count what it held.
 *
 * @param base the REST API
 * @param path path and query, e.g. {@code /v1/view/resources}
 * @param warmUps untimed GETs first
 * @param measured timed GETs
 */
record GetTiming(URI base, String path, int warmUps, int measured) {
    /** Untimed GETs before the timed ones, as the bench runs them. */
    static final int WARM_UPS = 3;

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What was measured.
     *
     * @param gets latency of each timed GET
     * @param bytes size of the last answer's body
     * @param items entries of the last answer (a JSON array)
     * @param nestedItems entries of the field {@code nested} of every entry, summed (0 without such a field)
     */
    record Result(LatencySummary gets, long bytes, int items, long nestedItems) {}

    /** Runs the GETs; {@code nested} names an array field of each entry to count, e.g. {@code volume_definitions}. */
    Result run(String nested) throws IOException, InterruptedException {
        LatencyRecorder gets = new LatencyRecorder();
        byte[] body = new byte[0];
        try (RestHttp http = new RestHttp(base)) {
            for (int i = 0; i < warmUps + measured; i++) {
                long start = System.nanoTime();
                body = http.get(path);
                if (i >= warmUps) {
                    gets.recordSince(start);
                }
            }
        }
        JsonNode list = JSON.readTree(body);
        long nestedItems = 0;
        for (JsonNode entry : list) {
            nestedItems += entry.path(nested).size();
        }
        return new Result(gets.summary(), body.length, list.size(), nestedItems);
    }
}
