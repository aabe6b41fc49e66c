package io.linstorj.client.internal;

import io.linstorj.client.Consts;
import io.linstorj.client.Linstor;
import io.linstorj.client.ResourceDefinitionInfo;
import io.linstorj.client.ResourceInfo;
import io.linstorj.client.VolumeDefinitionInfo;
import io.linstorj.client.VolumeInfo;
import io.linstorj.client.internal.ReplicaChange.Replica;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads one resource's state for the high-level API: its definition, its replicas (those not
 * being deleted, by node name) and their volumes. Every read asks the controller.
 */
public final class ResourceReader {
    private final Linstor lin;
    private final String name;

    /** A reader of resource {@code name} through {@code lin}. */
    public ResourceReader(Linstor lin, String name) {
        this.lin = lin;
        this.name = name;
    }

    /** The resource definition with its volume definitions; empty when it does not exist. */
    public Optional<ResourceDefinitionInfo> definition() {
        return lin.resourceDfnList(List.of(name)).stream()
                .flatMap(answer -> answer.resourceDefinitions().stream())
                .filter(definition -> definition.name().equals(name))
                .findFirst();
    }

    /** Volume definition {@code volumeNumber}; empty when it (or the resource) does not exist. */
    public Optional<VolumeDefinitionInfo> volumeDefinition(int volumeNumber) {
        return definition()
                .flatMap(definition -> definition.volumeDefinitions().stream()
                        .filter(volume -> volume.volumeNumber() == volumeNumber)
                        .findFirst());
    }

    /** The replicas with their volumes, by node name; those flagged for deletion left out. */
    public List<ResourceInfo> replicas() {
        return lin.volumeList(List.of(), List.of(name)).stream()
                .flatMap(answer -> answer.resources().stream())
                .filter(replica ->
                        replica.name().equals(name) && !replica.flags().contains(Consts.FLAG_DELETE))
                .sorted(Comparator.comparing(ResourceInfo::nodeName))
                .toList();
    }

    /** What node {@code nodeName} holds of the resource. */
    public Replica replicaOn(String nodeName) {
        return lin.resourceList(List.of(nodeName), List.of(name)).stream()
                .flatMap(answer -> answer.resources().stream())
                .filter(replica -> replica.name().equals(name)
                        && replica.nodeName().equals(nodeName)
                        && !replica.flags().contains(Consts.FLAG_DELETE))
                .findFirst()
                .map(replica -> replica.isDiskless() ? Replica.DISKLESS : Replica.DISKFUL)
                .orElse(Replica.NONE);
    }

    /** Volume {@code volumeNumber} of the replica {@code replica}, if it lists one. */
    public static Optional<VolumeInfo> volumeOf(ResourceInfo replica, int volumeNumber) {
        return replica.volumes().stream()
                .filter(volume -> volume.volumeNumber() == volumeNumber)
                .findFirst();
    }
}
