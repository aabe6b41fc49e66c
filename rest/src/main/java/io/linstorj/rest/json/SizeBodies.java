package io.linstorj.rest.json;

import io.linstorj.controller.capacity.MaxVolumeSizeCandidate;
import io.linstorj.controller.capacity.MaxVolumeSizes;
import io.linstorj.controller.capacity.SizeInfo;
import io.linstorj.controller.capacity.SpaceInfo;
import io.linstorj.controller.capacity.SpawnTarget;
import io.linstorj.controller.placement.AutoSelectFilter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shapes of the size queries: MaxVolumeSizes, QuerySizeInfoRequest/Response and
 * QueryAllSizeInfoRequest/Response. The over-subscription ratios LinstorJ does not model apart
 * from {@code MaxOversubscriptionRatio} (free- and total-capacity ratios) are left out, as
 * LINSTOR's own answers leave them out.
 */
public final class SizeBodies {
    private SizeBodies() {}

    /** MaxVolumeSizes. */
    public record MaxVolumeSizesJson(List<CandidateJson> candidates, double defaultMaxOversubscriptionRatio) {

        /** The wire form of {@code sizes}. */
        public static MaxVolumeSizesJson of(MaxVolumeSizes sizes) {
            return new MaxVolumeSizesJson(
                    sizes.candidates().stream().map(CandidateJson::of).toList(),
                    sizes.defaultMaxOversubscriptionRatio());
        }
    }

    /** Candidate: one storage pool definition's pools on distinct nodes. */
    public record CandidateJson(String storagePool, long maxVolumeSizeKib, List<String> nodeNames, boolean allThin) {

        static CandidateJson of(MaxVolumeSizeCandidate candidate) {
            return new CandidateJson(
                    candidate.storagePoolName(),
                    candidate.maxVolumeSizeKib(),
                    candidate.nodeNames(),
                    candidate.allThin());
        }
    }

    /**
     * The body of query-size-info and query-all-size-info. {@code ignore_cache_older_than_sec} is
     * taken and has nothing to do: LinstorJ keeps no cache, every answer is computed afresh.
     */
    @SpecSchema({"QuerySizeInfoRequest", "QueryAllSizeInfoRequest"})
    public record SizeInfoRequest(SelectFilterJson selectFilter, Integer ignoreCacheOlderThanSec) {

        /** The filter that overrides the group's; none is an empty filter. */
        public AutoSelectFilter toFilter() {
            return selectFilter == null ? AutoSelectFilter.builder().build() : selectFilter.toFilter();
        }
    }

    /** QuerySizeInfoResponse. */
    public record SizeInfoJson(SpaceInfoJson spaceInfo, List<ApiCallRcJson> reports) {

        /** The wire form of {@code info}; no reports are left out. */
        public static SizeInfoJson of(SizeInfo info, Instant now) {
            return new SizeInfoJson(
                    info.spaceInfo().map(SpaceInfoJson::of).orElse(null),
                    info.reports().isEmpty()
                            ? null
                            : info.reports().stream()
                                    .map(rc -> ApiCallRcJson.of(rc, now))
                                    .toList());
        }
    }

    /** QuerySizeInfoResponseSpaceInfo. */
    public record SpaceInfoJson(
            long maxVlmSizeInKib,
            long availableSizeInKib,
            long capacityInKib,
            double defaultMaxOversubscriptionRatio,
            List<SpawnResultJson> nextSpawnResult) {

        static SpaceInfoJson of(SpaceInfo info) {
            return new SpaceInfoJson(
                    info.maxVolumeSizeKib(),
                    info.availableKib(),
                    info.capacityKib(),
                    info.defaultMaxOversubscriptionRatio(),
                    info.nextSpawn().stream().map(SpawnResultJson::of).toList());
        }
    }

    /** QuerySizeInfoSpawnResult. */
    public record SpawnResultJson(String nodeName, String storPoolName, double storPoolOversubscriptionRatio) {

        static SpawnResultJson of(SpawnTarget target) {
            return new SpawnResultJson(target.nodeName(), target.storagePoolName(), target.oversubscriptionRatio());
        }
    }

    /** QueryAllSizeInfoResponse: the answer of every resource group, by name. */
    public record AllSizeInfoJson(Map<String, SizeInfoJson> result) {

        /** The wire form of {@code answers}, in their order. */
        public static AllSizeInfoJson of(Map<String, SizeInfo> answers, Instant now) {
            Map<String, SizeInfoJson> result = new LinkedHashMap<>();
            answers.forEach((group, info) -> result.put(group, SizeInfoJson.of(info, now)));
            return new AllSizeInfoJson(result);
        }
    }
}
