package io.linstorj.controller.transport;

import io.linstorj.controller.cluster.StoragePool;
import io.linstorj.controller.observed.StoragePoolObservation;
import io.linstorj.controller.storage.StoragePoolCreateRequest;
import io.linstorj.controller.storage.StoragePoolView;
import io.linstorj.protocol.proto.MsgLstStorPool;
import io.linstorj.protocol.proto.MsgLstStorPoolDfn;
import io.linstorj.protocol.proto.StoragePoolDefinition;
import java.util.List;

/** Translates storage pools and their definitions between protobuf and service records. */
final class StorageMessages {
    private StorageMessages() {}

    static StoragePoolCreateRequest createRequest(io.linstorj.protocol.proto.StoragePool proto) {
        return new StoragePoolCreateRequest(
                proto.getNodeName(), proto.getStoragePoolName(), proto.getProviderKind(), proto.getPropsMap());
    }

    static MsgLstStorPoolDfn definitionList(List<io.linstorj.controller.cluster.StoragePoolDefinition> definitions) {
        MsgLstStorPoolDfn.Builder list = MsgLstStorPoolDfn.newBuilder();
        for (var definition : definitions) {
            list.addStoragePoolDefinitions(StoragePoolDefinition.newBuilder()
                    .setName(definition.name())
                    .putAllProps(definition.props()));
        }
        return list.build();
    }

    static MsgLstStorPool poolList(List<StoragePoolView> views) {
        MsgLstStorPool.Builder list = MsgLstStorPool.newBuilder();
        for (StoragePoolView view : views) {
            StoragePool pool = view.pool();
            io.linstorj.protocol.proto.StoragePool.Builder proto = io.linstorj.protocol.proto.StoragePool.newBuilder()
                    .setNodeName(pool.nodeName())
                    .setStoragePoolName(pool.name())
                    .setProviderKind(pool.providerKind().name())
                    .putAllProps(pool.props())
                    .setUuid(pool.uuid().toString());
            view.observation().ifPresent(observation -> addObservation(proto, observation));
            list.addStoragePools(proto);
        }
        return list.build();
    }

    private static void addObservation(
            io.linstorj.protocol.proto.StoragePool.Builder proto, StoragePoolObservation observation) {
        observation.freeCapacityKib().ifPresent(proto::setFreeCapacity);
        observation.totalCapacityKib().ifPresent(proto::setTotalCapacity);
        observation.reports().forEach(report -> proto.addReports(ReplyMessages.toProto(report)));
    }
}
