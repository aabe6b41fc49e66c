package io.linstorj.controller.transport;

import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.props.PropsChange;
import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.ProtocolMessage;
import io.linstorj.protocol.proto.MsgApiCallResponse;
import io.linstorj.protocol.proto.MsgListFilter;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Translates reply entries, property changes and list filters between protobuf and service records. */
final class ReplyMessages {
    private ReplyMessages() {}

    static MsgApiCallResponse toProto(ApiCallRc rc) {
        return MsgApiCallResponse.newBuilder()
                .setRetCode(rc.retCode())
                .setMessage(rc.message())
                .setCause(rc.cause())
                .setCorrection(rc.correction())
                .setDetails(rc.details())
                .putAllObjRefs(rc.objRefs())
                .addAllErrorReportIds(rc.errorReportIds())
                .build();
    }

    static CallAnswer reply(List<ApiCallRc> replies) {
        return new CallAnswer(
                ApiCalls.REPLY, replies.stream().map(ReplyMessages::toProto).toList());
    }

    static CompletableFuture<CallAnswer> reply(CompletableFuture<List<ApiCallRc>> replies) {
        return replies.thenApply(ReplyMessages::reply);
    }

    static PropsChange propsChange(io.linstorj.protocol.proto.PropsChange proto) {
        return new PropsChange(
                proto.getOverridePropsMap(),
                new HashSet<>(proto.getDeletePropsList()),
                new HashSet<>(proto.getDeleteNamespacesList()));
    }

    /** The optional filter body of a list call: absent means "all". */
    static MsgListFilter filter(ProtocolMessage request) {
        return request.bodies().isEmpty()
                ? MsgListFilter.getDefaultInstance()
                : request.body(0, MsgListFilter.parser());
    }
}
