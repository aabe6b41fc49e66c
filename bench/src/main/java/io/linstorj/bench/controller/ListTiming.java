package io.linstorj.bench.controller;

import io.linstorj.bench.LatencyRecorder;
import io.linstorj.bench.LatencySummary;
import io.linstorj.client.Linstor;

/**
 * Times listing every resource definition ({@code LstRscDfn}, with volume definitions) from one
 * client, as a user sees it: request, the controller's snapshot read and encoding, transfer, and
 * the client's typed view of the answer.
 *
 * @param uri the controller
 * @param warmUps untimed lists first
 * @param measured timed lists
 */
record ListTiming(String uri, int warmUps, int measured) {

    /**
     * What was measured.
     *
     * @param lists the latency of each timed list
     * @param definitions how many definitions the last list held
     */
    record Result(LatencySummary lists, int definitions) {}

    Result run() {
        LatencyRecorder lists = new LatencyRecorder();
        int definitions = 0;
        try (Linstor lin = Linstor.connect(uri)) {
            for (int i = 0; i < warmUps + measured; i++) {
                long start = System.nanoTime();
                definitions = lin.resourceDfnList().get(0).resourceDefinitions().size();
                if (i >= warmUps) {
                    lists.recordSince(start);
                }
            }
        }
        return new Result(lists.summary(), definitions);
    }
}
