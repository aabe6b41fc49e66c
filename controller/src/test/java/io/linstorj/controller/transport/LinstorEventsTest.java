package io.linstorj.controller.transport;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.MessageLite;
import io.linstorj.controller.event.EventAction;
import io.linstorj.controller.event.EventValue;
import io.linstorj.controller.event.StreamKey;
import io.linstorj.controller.event.WatchEvent;
import io.linstorj.protocol.linstor.EventVlmDiskState;
import io.linstorj.protocol.linstor.MsgEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Events in LINSTOR's shapes: the header names only what the stream has. */
class LinstorEventsTest {
    @Test
    void diskStateNamesNodeResourceAndVolume() throws Exception {
        WatchEvent event = new WatchEvent(
                1,
                EventAction.VALUE,
                StreamKey.volumeDiskState("alpha", "rsc1", 0),
                new EventValue.DiskState("UpToDate"));

        List<MessageLite> messages = LinstorEvents.INSTANCE.event(event);

        MsgEvent header = MsgEvent.parseFrom(messages.get(0).toByteString());
        assertThat(header.getNodeName()).isEqualTo("alpha");
        assertThat(header.getVolumeNumber()).isZero();
        assertThat(header.hasSnapshotName()).isFalse();
        assertThat(EventVlmDiskState.parseFrom(messages.get(1).toByteString()).getDiskState())
                .isEqualTo("UpToDate");
    }
}
