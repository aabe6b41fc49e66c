package io.linstorj.protocol.linstor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumDescriptor;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.linbit.linstor.proto.common.ApiCallResponseOuterClass;
import com.linbit.linstor.proto.eventdata.EventRscStateOuterClass;
import com.linbit.linstor.proto.eventdata.EventVlmDiskStateOuterClass;
import com.linbit.linstor.proto.requests.MsgAutoPlaceRscOuterClass;
import com.linbit.linstor.proto.requests.MsgCrtNetInterfaceOuterClass;
import com.linbit.linstor.proto.requests.MsgCrtNodeOuterClass;
import com.linbit.linstor.proto.requests.MsgCrtRscDfnOuterClass;
import com.linbit.linstor.proto.requests.MsgCrtRscOuterClass;
import com.linbit.linstor.proto.requests.MsgCrtSnapshotOuterClass;
import com.linbit.linstor.proto.requests.MsgCrtStorPoolDfnOuterClass;
import com.linbit.linstor.proto.requests.MsgCrtStorPoolOuterClass;
import com.linbit.linstor.proto.requests.MsgCrtVlmDfnOuterClass;
import com.linbit.linstor.proto.requests.MsgDelKvsOuterClass;
import com.linbit.linstor.proto.requests.MsgDelNetInterfaceOuterClass;
import com.linbit.linstor.proto.requests.MsgDelNodeOuterClass;
import com.linbit.linstor.proto.requests.MsgDelRscDfnOuterClass;
import com.linbit.linstor.proto.requests.MsgDelRscOuterClass;
import com.linbit.linstor.proto.requests.MsgDelSnapshotOuterClass;
import com.linbit.linstor.proto.requests.MsgDelStorPoolDfnOuterClass;
import com.linbit.linstor.proto.requests.MsgDelStorPoolOuterClass;
import com.linbit.linstor.proto.requests.MsgDelVlmDfnOuterClass;
import com.linbit.linstor.proto.requests.MsgModCtrlOuterClass;
import com.linbit.linstor.proto.requests.MsgModKvsOuterClass;
import com.linbit.linstor.proto.requests.MsgModNetInterfaceOuterClass;
import com.linbit.linstor.proto.requests.MsgModNodeOuterClass;
import com.linbit.linstor.proto.requests.MsgModRscDfnOuterClass;
import com.linbit.linstor.proto.requests.MsgModRscOuterClass;
import com.linbit.linstor.proto.requests.MsgModStorPoolDfnOuterClass;
import com.linbit.linstor.proto.requests.MsgModStorPoolOuterClass;
import com.linbit.linstor.proto.requests.MsgModVlmDfnOuterClass;
import com.linbit.linstor.proto.requests.MsgRestoreSnapshotRscOuterClass;
import com.linbit.linstor.proto.requests.MsgRestoreSnapshotVlmDfnOuterClass;
import com.linbit.linstor.proto.requests.MsgRollbackSnapshotOuterClass;
import com.linbit.linstor.proto.requests.MsgToggleDiskOuterClass;
import com.linbit.linstor.proto.responses.MsgApiVersionOuterClass;
import com.linbit.linstor.proto.responses.MsgEventOuterClass;
import com.linbit.linstor.proto.responses.MsgLstCtrlCfgPropsOuterClass;
import com.linbit.linstor.proto.responses.MsgLstNodeOuterClass;
import com.linbit.linstor.proto.responses.MsgLstRscDfnOuterClass;
import com.linbit.linstor.proto.responses.MsgLstRscOuterClass;
import com.linbit.linstor.proto.responses.MsgLstSnapshotDfnOuterClass;
import com.linbit.linstor.proto.responses.MsgLstStorPoolDfnOuterClass;
import com.linbit.linstor.proto.responses.MsgLstStorPoolOuterClass;
import com.linbit.linstor.proto.responses.MsgRspKvsOuterClass;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each message of LinstorJ's LINSTOR-compatible schemas against LINSTOR's own schema of the same
 * message (a test-only copy, src/test/proto/linstor): the same fields under the same numbers,
 * types and labels, and bytes written by either side parse on the other without loss.
 * LinstorJ's additions (numbers from 100 on) reach LINSTOR's side as unknown fields.
 */
class WireCompatibilityTest {
    /** Field numbers from here on are LinstorJ additions that LINSTOR's schemas lack. */
    private static final int FIRST_ADDITION = 100;

    /**
     * Fields LINSTOR's schema requires and ours leaves optional (as LINSTOR's later schemas do):
     * LINSTOR's clients always send them, and LinstorJ omits them only in answers to calls those
     * clients never make.
     */
    private static final Set<String> RELAXED = Set.of("linstorj.wire.AutoSelectFilter.place_count");

    static Stream<Arguments> pairs() {
        return Stream.of(
                pair(MsgApiVersion.getDescriptor(), MsgApiVersionOuterClass.MsgApiVersion.getDescriptor()),
                pair(ApiCallResponse.getDescriptor(), ApiCallResponseOuterClass.ApiCallResponse.getDescriptor()),
                pair(MsgCrtNode.getDescriptor(), MsgCrtNodeOuterClass.MsgCrtNode.getDescriptor()),
                pair(MsgModNode.getDescriptor(), MsgModNodeOuterClass.MsgModNode.getDescriptor()),
                pair(MsgDelNode.getDescriptor(), MsgDelNodeOuterClass.MsgDelNode.getDescriptor()),
                pair(MsgLstNode.getDescriptor(), MsgLstNodeOuterClass.MsgLstNode.getDescriptor()),
                pair(
                        MsgCrtNetInterface.getDescriptor(),
                        MsgCrtNetInterfaceOuterClass.MsgCrtNetInterface.getDescriptor()),
                pair(
                        MsgModNetInterface.getDescriptor(),
                        MsgModNetInterfaceOuterClass.MsgModNetInterface.getDescriptor()),
                pair(
                        MsgDelNetInterface.getDescriptor(),
                        MsgDelNetInterfaceOuterClass.MsgDelNetInterface.getDescriptor()),
                pair(MsgCrtStorPoolDfn.getDescriptor(), MsgCrtStorPoolDfnOuterClass.MsgCrtStorPoolDfn.getDescriptor()),
                pair(MsgModStorPoolDfn.getDescriptor(), MsgModStorPoolDfnOuterClass.MsgModStorPoolDfn.getDescriptor()),
                pair(MsgDelStorPoolDfn.getDescriptor(), MsgDelStorPoolDfnOuterClass.MsgDelStorPoolDfn.getDescriptor()),
                pair(MsgLstStorPoolDfn.getDescriptor(), MsgLstStorPoolDfnOuterClass.MsgLstStorPoolDfn.getDescriptor()),
                pair(MsgCrtStorPool.getDescriptor(), MsgCrtStorPoolOuterClass.MsgCrtStorPool.getDescriptor()),
                pair(MsgModStorPool.getDescriptor(), MsgModStorPoolOuterClass.MsgModStorPool.getDescriptor()),
                pair(MsgDelStorPool.getDescriptor(), MsgDelStorPoolOuterClass.MsgDelStorPool.getDescriptor()),
                pair(MsgLstStorPool.getDescriptor(), MsgLstStorPoolOuterClass.MsgLstStorPool.getDescriptor()),
                pair(MsgCrtRscDfn.getDescriptor(), MsgCrtRscDfnOuterClass.MsgCrtRscDfn.getDescriptor()),
                pair(MsgModRscDfn.getDescriptor(), MsgModRscDfnOuterClass.MsgModRscDfn.getDescriptor()),
                pair(MsgDelRscDfn.getDescriptor(), MsgDelRscDfnOuterClass.MsgDelRscDfn.getDescriptor()),
                pair(MsgLstRscDfn.getDescriptor(), MsgLstRscDfnOuterClass.MsgLstRscDfn.getDescriptor()),
                pair(MsgCrtVlmDfn.getDescriptor(), MsgCrtVlmDfnOuterClass.MsgCrtVlmDfn.getDescriptor()),
                pair(MsgModVlmDfn.getDescriptor(), MsgModVlmDfnOuterClass.MsgModVlmDfn.getDescriptor()),
                pair(MsgDelVlmDfn.getDescriptor(), MsgDelVlmDfnOuterClass.MsgDelVlmDfn.getDescriptor()),
                pair(MsgCrtRsc.getDescriptor(), MsgCrtRscOuterClass.MsgCrtRsc.getDescriptor()),
                pair(MsgModRsc.getDescriptor(), MsgModRscOuterClass.MsgModRsc.getDescriptor()),
                pair(MsgDelRsc.getDescriptor(), MsgDelRscOuterClass.MsgDelRsc.getDescriptor()),
                pair(MsgLstRsc.getDescriptor(), MsgLstRscOuterClass.MsgLstRsc.getDescriptor()),
                pair(MsgAutoPlaceRsc.getDescriptor(), MsgAutoPlaceRscOuterClass.MsgAutoPlaceRsc.getDescriptor()),
                pair(MsgToggleDisk.getDescriptor(), MsgToggleDiskOuterClass.MsgToggleDisk.getDescriptor()),
                pair(MsgModKvs.getDescriptor(), MsgModKvsOuterClass.MsgModKvs.getDescriptor()),
                pair(MsgDelKvs.getDescriptor(), MsgDelKvsOuterClass.MsgDelKvs.getDescriptor()),
                pair(MsgRspKvs.getDescriptor(), MsgRspKvsOuterClass.MsgRspKvs.getDescriptor()),
                pair(MsgModCtrl.getDescriptor(), MsgModCtrlOuterClass.MsgModCtrl.getDescriptor()),
                pair(
                        MsgLstCtrlCfgProps.getDescriptor(),
                        MsgLstCtrlCfgPropsOuterClass.MsgLstCtrlCfgProps.getDescriptor()),
                pair(MsgEvent.getDescriptor(), MsgEventOuterClass.MsgEvent.getDescriptor()),
                pair(EventVlmDiskState.getDescriptor(), EventVlmDiskStateOuterClass.EventVlmDiskState.getDescriptor()),
                pair(EventRscState.getDescriptor(), EventRscStateOuterClass.EventRscState.getDescriptor()),
                pair(MsgCrtSnapshot.getDescriptor(), MsgCrtSnapshotOuterClass.MsgCrtSnapshot.getDescriptor()),
                pair(MsgDelSnapshot.getDescriptor(), MsgDelSnapshotOuterClass.MsgDelSnapshot.getDescriptor()),
                pair(MsgLstSnapshotDfn.getDescriptor(), MsgLstSnapshotDfnOuterClass.MsgLstSnapshotDfn.getDescriptor()),
                pair(
                        MsgRestoreSnapshotRsc.getDescriptor(),
                        MsgRestoreSnapshotRscOuterClass.MsgRestoreSnapshotRsc.getDescriptor()),
                pair(
                        MsgRestoreSnapshotVlmDfn.getDescriptor(),
                        MsgRestoreSnapshotVlmDfnOuterClass.MsgRestoreSnapshotVlmDfn.getDescriptor()),
                pair(
                        MsgRollbackSnapshot.getDescriptor(),
                        MsgRollbackSnapshotOuterClass.MsgRollbackSnapshot.getDescriptor()));
    }

    private static Arguments pair(Descriptor ours, Descriptor linstors) {
        return Arguments.of(ours.getName(), ours, linstors);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void everyFieldOfLinstorsSchemaHasItsNumberTypeAndLabelInOurs(String name, Descriptor ours, Descriptor linstors) {
        assertSameFields(ours, linstors, new HashSet<>());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void bytesLinstorWritesParseOnOurSideWithoutLossAndBack(String name, Descriptor ours, Descriptor linstors)
            throws InvalidProtocolBufferException {
        ByteString written = filled(linstors, 0, false).toByteString();

        DynamicMessage parsed = DynamicMessage.parseFrom(ours, written);

        assertThat(parsed.isInitialized()).isTrue();
        assertNoUnknownFields(parsed);
        assertThat(parsed.toByteString()).isEqualTo(written);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void bytesWeWriteParseOnLinstorsSideWhichSkipsOnlyOurAdditions(String name, Descriptor ours, Descriptor linstors)
            throws InvalidProtocolBufferException {
        ByteString withoutAdditions = filled(ours, 0, false).toByteString();
        ByteString withAdditions = filled(ours, 0, true).toByteString();

        DynamicMessage parsed = DynamicMessage.parseFrom(linstors, withoutAdditions);
        DynamicMessage parsedWithAdditions = DynamicMessage.parseFrom(linstors, withAdditions);

        assertThat(parsed.isInitialized()).isTrue();
        assertNoUnknownFields(parsed);
        assertThat(parsed.toByteString()).isEqualTo(withoutAdditions);
        assertThat(parsedWithAdditions.isInitialized()).isTrue();
        assertThat(DynamicMessage.parseFrom(ours, parsedWithAdditions.toByteString()))
                .isEqualTo(DynamicMessage.parseFrom(ours, withAdditions));
    }

    private static void assertSameFields(Descriptor ours, Descriptor linstors, Set<String> seen) {
        if (!seen.add(ours.getFullName())) {
            return;
        }
        for (FieldDescriptor theirs : linstors.getFields()) {
            FieldDescriptor mine = ours.findFieldByNumber(theirs.getNumber());
            String where = ours.getName() + "." + theirs.getName() + " = " + theirs.getNumber();
            assertThat(mine).as(where).isNotNull();
            assertThat(mine.getName()).as(where).isEqualTo(theirs.getName());
            assertThat(mine.getType()).as(where).isEqualTo(theirs.getType());
            if (RELAXED.contains(mine.getFullName())) {
                assertThat(mine.isRequired()).as(where + " relaxed").isFalse();
            } else {
                assertThat(mine.isRequired()).as(where + " required").isEqualTo(theirs.isRequired());
            }
            assertThat(mine.isRepeated()).as(where + " repeated").isEqualTo(theirs.isRepeated());
            if (theirs.hasDefaultValue()
                    && theirs.getJavaType() != FieldDescriptor.JavaType.MESSAGE
                    && !theirs.isRepeated()) {
                assertThat(String.valueOf(mine.getDefaultValue()))
                        .as(where + " default")
                        .isEqualTo(String.valueOf(theirs.getDefaultValue()));
            }
            if (theirs.getJavaType() == FieldDescriptor.JavaType.ENUM) {
                assertSameValues(mine.getEnumType(), theirs.getEnumType());
            }
            if (theirs.getJavaType() == FieldDescriptor.JavaType.MESSAGE) {
                assertSameFields(mine.getMessageType(), theirs.getMessageType(), seen);
            }
        }
        for (FieldDescriptor mine : ours.getFields()) {
            if (linstors.findFieldByNumber(mine.getNumber()) == null) {
                assertThat(mine.getNumber())
                        .as(ours.getName() + "." + mine.getName() + " is an addition")
                        .isGreaterThanOrEqualTo(FIRST_ADDITION);
                assertThat(mine.isRequired())
                        .as(ours.getName() + "." + mine.getName() + " optional")
                        .isFalse();
            }
        }
    }

    private static void assertSameValues(EnumDescriptor mine, EnumDescriptor theirs) {
        for (EnumValueDescriptor value : theirs.getValues()) {
            assertThat(mine.findValueByNumber(value.getNumber()))
                    .as(theirs.getName() + "." + value.getName())
                    .isNotNull()
                    .extracting(EnumValueDescriptor::getName)
                    .isEqualTo(value.getName());
        }
    }

    private static void assertNoUnknownFields(Message message) {
        assertThat(message.getUnknownFields().asMap())
                .as(message.getDescriptorForType().getName())
                .isEmpty();
        for (var field : message.getAllFields().entrySet()) {
            if (field.getKey().getJavaType() != FieldDescriptor.JavaType.MESSAGE) {
                continue;
            }
            List<?> values = field.getKey().isRepeated() ? (List<?>) field.getValue() : List.of(field.getValue());
            values.forEach(value -> assertNoUnknownFields((Message) value));
        }
    }

    /** A message with every field set (two entries for repeated ones), nested messages to depth 3. */
    private static DynamicMessage filled(Descriptor type, int depth, boolean withAdditions) {
        DynamicMessage.Builder builder = DynamicMessage.newBuilder(type);
        for (FieldDescriptor field : type.getFields()) {
            if (!withAdditions && field.getNumber() >= FIRST_ADDITION) {
                continue;
            }
            boolean nested = field.getJavaType() == FieldDescriptor.JavaType.MESSAGE;
            if (nested && depth >= 3 && !field.isRequired()) {
                continue;
            }
            int count = field.isRepeated() ? 2 : 1;
            for (int i = 0; i < count; i++) {
                Object value = nested ? filled(field.getMessageType(), depth + 1, withAdditions) : value(field, i);
                if (field.isRepeated()) {
                    builder.addRepeatedField(field, value);
                } else {
                    builder.setField(field, value);
                }
            }
        }
        return builder.build();
    }

    private static Object value(FieldDescriptor field, int index) {
        return switch (field.getJavaType()) {
            case INT -> field.getType() == FieldDescriptor.Type.SINT32 ? -7 - index : 7 + index;
            case LONG ->
                field.getType() == FieldDescriptor.Type.UINT64 ? 0xC000_0000_0000_0001L + index : 1L << 40 + index;
            case BOOLEAN -> true;
            case STRING -> field.getName() + "-" + index;
            case BYTE_STRING -> ByteString.copyFromUtf8(field.getName());
            case ENUM ->
                field.getEnumType()
                        .getValues()
                        .get(Math.min(1 + index, field.getEnumType().getValues().size() - 1));
            default -> throw new IllegalArgumentException(field.getFullName());
        };
    }
}
