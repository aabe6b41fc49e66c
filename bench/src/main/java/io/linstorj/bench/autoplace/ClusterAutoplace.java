package io.linstorj.bench.autoplace;

import io.linstorj.bench.LatencyRecorder;
import io.linstorj.bench.LatencySummary;
import io.linstorj.bench.Replies;
import io.linstorj.client.ApiCallResponse;
import io.linstorj.client.Linstor;
import io.linstorj.client.ResourceInfo;
import io.linstorj.client.VolumeInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Places resources through the controller's autoplacer on a running cluster, one call at a time,
 * and waits until every placed volume is UpToDate (polling the volume list).
 *
 * @param uri the controller
 * @param resources how many resources
 * @param placeCount diskful replicas of each
 * @param sizeKib each volume's size
 * @param readyTimeout how long all may take to get UpToDate
 */
record ClusterAutoplace(String uri, int resources, int placeCount, long sizeKib, Duration readyTimeout) {
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final String PREFIX = "auto";

    /**
     * What was measured.
     *
     * @param calls latency of each acknowledged AutoPlaceRsc
     * @param callsNanos first call to last acknowledgement
     * @param untilUpToDateNanos first call to every placed volume UpToDate, empty on timeout
     * @param refused calls answered with an error
     * @param diskfulPerNode diskful replicas of the placed resources per node, as the controller lists them
     */
    record Result(
            LatencySummary calls,
            long callsNanos,
            OptionalLong untilUpToDateNanos,
            int refused,
            Map<String, Long> diskfulPerNode) {}

    Result run() throws InterruptedException {
        List<String> names = new ArrayList<>();
        try (Linstor lin = Linstor.connect(uri)) {
            for (int i = 0; i < resources; i++) {
                String name = String.format(Locale.ROOT, PREFIX + "%05d", i);
                Replies.requireNoError("creating resource definition " + name, lin.resourceDfnCreate(name));
                Replies.requireNoError("creating volume definition of " + name, lin.volumeDfnCreate(name, sizeKib));
                names.add(name);
            }
            LatencyRecorder calls = new LatencyRecorder();
            int refused = 0;
            long start = System.nanoTime();
            for (String name : names) {
                long begin = System.nanoTime();
                List<ApiCallResponse> replies = lin.resourceAutoPlace(name, placeCount);
                calls.recordSince(begin);
                refused += Linstor.allApiResponsesNoError(replies) ? 0 : 1;
            }
            long placed = System.nanoTime();
            OptionalLong upToDate = awaitUpToDate(lin, start);
            return new Result(calls.summary(), placed - start, upToDate, refused, diskfulPerNode(lin));
        }
    }

    private static Map<String, Long> diskfulPerNode(Linstor lin) {
        return lin.resourceList().get(0).resources().stream()
                .filter(resource -> resource.name().startsWith(PREFIX) && !resource.isDiskless())
                .collect(Collectors.groupingBy(ResourceInfo::nodeName, TreeMap::new, Collectors.counting()));
    }

    private OptionalLong awaitUpToDate(Linstor lin, long start) throws InterruptedException {
        long deadline = System.nanoTime() + readyTimeout.toNanos();
        int wanted = resources * placeCount;
        while (System.nanoTime() < deadline) {
            long upToDate = lin.volumeList().get(0).volumes().stream()
                    .filter(volume -> volume.resourceName().startsWith(PREFIX))
                    .map(VolumeInfo::diskState)
                    .filter("UpToDate"::equals)
                    .count();
            if (upToDate >= wanted) {
                return OptionalLong.of(System.nanoTime() - start);
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
        return OptionalLong.empty();
    }
}
