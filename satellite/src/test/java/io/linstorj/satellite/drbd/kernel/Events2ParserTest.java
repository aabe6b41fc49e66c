package io.linstorj.satellite.drbd.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.satellite.drbd.ConnectionState;
import io.linstorj.satellite.drbd.DiskState;
import io.linstorj.satellite.drbd.DrbdRole;
import io.linstorj.satellite.drbd.ReplicationState;
import io.linstorj.satellite.drbd.kernel.Events2Event.Action;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Events2ParserTest {
    private final Events2Parser parser = new Events2Parser();

    private Events2Event parse(String line) {
        return parser.parse(line).orElseThrow();
    }

    @Test
    void resourceLinesCarryTheRole() {
        assertThat(parse("exists resource name:rsc1 role:Secondary suspended:no force-io-failures:no "
                        + "may_promote:no promotion_score:0 write-ordering:flush"))
                .isEqualTo(new Events2Event.Resource(Action.EXISTS, "rsc1", Optional.of(DrbdRole.SECONDARY)));
        assertThat(parse("change resource name:rsc1 may_promote:yes"))
                .isEqualTo(new Events2Event.Resource(Action.CHANGE, "rsc1", Optional.empty()));
    }

    @Test
    void connectionLinesCarryPeerStateAndRole() {
        assertThat(parse("change connection name:rsc1 peer-node-id:2 conn-name:charlie "
                        + "connection:Connected role:Primary congested:no"))
                .isEqualTo(new Events2Event.Connection(
                        Action.CHANGE,
                        "rsc1",
                        2,
                        Optional.of("charlie"),
                        Optional.of(ConnectionState.CONNECTED),
                        Optional.of(DrbdRole.PRIMARY)));
    }

    @Test
    void deviceLinesCarryMinorAndDiskState() {
        assertThat(parse("exists device name:rsc1 volume:0 minor:1000 backing_dev:/dev/loop3 "
                        + "disk:Inconsistent client:no quorum:yes open:no size:20480"))
                .isEqualTo(new Events2Event.Device(
                        Action.EXISTS, "rsc1", 0, OptionalInt.of(1000), Optional.of(DiskState.INCONSISTENT)));
    }

    @Test
    void peerDeviceLinesCarryReplicationPeerDiskAndProgress() {
        assertThat(parse("exists peer-device name:rsc1 peer-node-id:1 conn-name:bravo volume:0 "
                        + "replication:SyncTarget peer-disk:UpToDate peer-client:no resync-suspended:no "
                        + "received:9216 done:45.12 eta:3"))
                .isEqualTo(new Events2Event.PeerDevice(
                        Action.EXISTS,
                        "rsc1",
                        1,
                        Optional.of("bravo"),
                        0,
                        Optional.of(ReplicationState.SYNC_TARGET),
                        Optional.of(DiskState.UP_TO_DATE),
                        OptionalDouble.of(45.12)));
    }

    @Test
    void helperLinesKeepTheirFields() {
        Events2Event event = parse("response helper name:rsc1 peer-node-id:1 conn-name:bravo volume:0 "
                + "helper:after-resync-target status:0");

        assertThat(event).isInstanceOfSatisfying(Events2Event.Helper.class, helper -> {
            assertThat(helper.action()).isEqualTo(Action.RESPONSE);
            assertThat(helper.name()).isEqualTo("rsc1");
            assertThat(helper.helper()).isEqualTo("after-resync-target");
            assertThat(helper.fields()).containsEntry("status", "0").containsEntry("conn-name", "bravo");
        });
        assertThat(parse("call helper name:rsc1 volume:0 helper:before-resync-target")
                        .action())
                .isEqualTo(Action.CALL);
    }

    @Test
    void theEndOfTheInitialDumpAndOtherObjectsAreRecognised() {
        assertThat(parse("exists -")).isInstanceOf(Events2Event.InitialStateDone.class);
        assertThat(parse("exists path name:rsc1 peer-node-id:1 conn-name:bravo "
                        + "local:ipv4:127.0.0.11:7000 peer:ipv4:127.0.0.12:7000 established:yes"))
                .isInstanceOfSatisfying(Events2Event.Other.class, other -> {
                    assertThat(other.objectType()).isEqualTo("path");
                    assertThat(other.fields()).containsEntry("local", "ipv4:127.0.0.11:7000");
                });
    }

    @Test
    void aLeadingTimestampIsIgnored() {
        assertThat(parse("2024-03-05T10:15:42.123456+01:00 destroy resource name:rsc3"))
                .isEqualTo(new Events2Event.Resource(Action.DESTROY, "rsc3", Optional.empty()));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "garbage",
                "exists",
                "chnage resource name:rsc1 role:Primary",
                "change resource role:Primary",
                "change resource name:rsc1 role",
                "change device name:rsc1 volume:zero disk:UpToDate",
                "change device name:rsc1 disk:UpToDate",
                "change peer-device name:rsc1 peer-node-id:one volume:0",
                "change connection name:rsc1",
                "change resource name: role:Primary",
                "change resource :rsc1",
                "2024-03-05T10:15:42.123456+01:00"
            })
    void malformedLinesAreSkipped(String line) {
        assertThat(parser.parse(line)).isEmpty();
    }

    @Test
    void anUnknownStateNameDropsOnlyThatField() {
        assertThat(parse("change device name:rsc1 volume:0 minor:1000 disk:Sideways"))
                .isEqualTo(new Events2Event.Device(Action.CHANGE, "rsc1", 0, OptionalInt.of(1000), Optional.empty()));
        assertThat(parse("change peer-device name:rsc1 peer-node-id:1 volume:0 replication:SyncTarget done:abc"))
                .isEqualTo(new Events2Event.PeerDevice(
                        Action.CHANGE,
                        "rsc1",
                        1,
                        Optional.empty(),
                        0,
                        Optional.of(ReplicationState.SYNC_TARGET),
                        Optional.empty(),
                        OptionalDouble.empty()));
    }

    @Test
    void everyWellFormedLineOfARecordingParses() {
        List<String> lines = Events2Recordings.lines("events2-sync-on-alpha.txt");

        assertThat(lines).hasSize(21);
        assertThat(lines).allSatisfy(line -> assertThat(parser.parse(line)).isPresent());
        assertThat(Events2Recordings.lines("events2-malformed.txt").stream()
                        .map(parser::parse)
                        .filter(Optional::isPresent)
                        .count())
                .isEqualTo(5);
    }
}
