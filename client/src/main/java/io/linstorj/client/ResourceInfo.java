package io.linstorj.client;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A resource (a resource definition deployed on one node) with its volumes as the controller
 * lists it.
 *
 * @param name the resource's name
 * @param nodeName the node it is on
 * @param nodeId its DRBD node id
 * @param volumes its volumes
 * @param props its properties
 * @param flags its flags: {@link Consts#FLAG_DISKLESS}, {@link Consts#FLAG_DRBD_DISKLESS},
 *     {@link Consts#FLAG_TIE_BREAKER}, {@link Consts#FLAG_DELETE}, ...
 * @param ready whether DRBD is up and connected as it should be; empty until the satellite reported
 * @param inUse whether the resource is open (primary) on this node; empty until reported
 * @param reports why the node's satellite could not realise the resource (its storage or DRBD
 *     refused it), each with message, cause and correction; empty when nothing went wrong or
 *     nothing was reported yet
 */
public record ResourceInfo(
        String name,
        String nodeName,
        int nodeId,
        List<VolumeInfo> volumes,
        Map<String, String> props,
        List<String> flags,
        Optional<Boolean> ready,
        Optional<Boolean> inUse,
        List<ApiCallResponse> reports) {

    /** Creates a view; lists and maps are copied. */
    public ResourceInfo {
        reports = List.copyOf(reports);
        volumes = List.copyOf(volumes);
        props = Map.copyOf(props);
        flags = List.copyOf(flags);
    }

    /** A view without satellite reports. */
    public ResourceInfo(
            String name,
            String nodeName,
            int nodeId,
            List<VolumeInfo> volumes,
            Map<String, String> props,
            List<String> flags,
            Optional<Boolean> ready,
            Optional<Boolean> inUse) {
        this(name, nodeName, nodeId, volumes, props, flags, ready, inUse, List.of());
    }

    /** True when the satellite reported a reason why it could not realise the resource. */
    public boolean hasProblems() {
        return !reports.isEmpty();
    }

    /** True when the resource has no local storage (flag DISKLESS or DRBD_DISKLESS). */
    public boolean isDiskless() {
        return flags.contains(Consts.FLAG_DISKLESS) || flags.contains(Consts.FLAG_DRBD_DISKLESS);
    }
}
