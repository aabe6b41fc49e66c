package io.linstorj.satellite.drbd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DrbdResourceTest {
    private static final DrbdReplica ALPHA = DrbdReplica.diskful("alpha", 0, "127.0.0.11");
    private static final DrbdReplica BRAVO = DrbdReplica.diskless("bravo", 1, "127.0.0.12");
    private static final DrbdVolume VOLUME = DrbdVolume.diskful(0, 1000, 20480, "/dev/loop3", InitialSync.fromPeer());

    private static DrbdResource resource(String name, int port, List<DrbdVolume> volumes, List<DrbdReplica> replicas) {
        return new DrbdResource(name, port, "s3cret", DrbdNetOptions.defaults(), "alpha", volumes, replicas);
    }

    @Test
    void listsAreSortedAndTheLocalReplicaIsFound() {
        DrbdVolume second = DrbdVolume.diskful(1, 1001, 1024, "/dev/loop4", InitialSync.fromPeer());
        DrbdResource resource = resource("rsc1", 7000, List.of(second, VOLUME), List.of(BRAVO, ALPHA));

        assertThat(resource.volumes()).extracting(DrbdVolume::number).containsExactly(0, 1);
        assertThat(resource.replicas()).extracting(DrbdReplica::nodeName).containsExactly("alpha", "bravo");
        assertThat(resource.localReplica()).isEqualTo(ALPHA);
        assertThat(resource.peers()).containsExactly(BRAVO);
        assertThat(resource.volume(1)).contains(second);
        assertThat(resource.volume(2)).isEmpty();
    }

    @Test
    void toStringHidesTheSharedSecret() {
        assertThat(resource("rsc1", 7000, List.of(VOLUME), List.of(ALPHA)).toString())
                .doesNotContain("s3cret")
                .contains("hidden");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a",
                "1rsc",
                "-rsc",
                "rsc.1",
                "rsc 1",
                "rsc\"1",
                "r\u00e9sum\u00e9",
                "a23456789012345678901234567890123456789012345678x"
            })
    void invalidResourceNamesAreRefused(String name) {
        assertThatThrownBy(() -> resource(name, 7000, List.of(VOLUME), List.of(ALPHA)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid DRBD resource name");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a",
                "-alpha",
                "alpha-",
                "al_pha",
                "alpha..bravo",
                ".alpha",
                "alpha.",
                "al pha",
                "alpha\"",
                "alpha{}"
            })
    void invalidNodeNamesAreRefused(String name) {
        assertThatThrownBy(() -> DrbdReplica.diskful(name, 0, "127.0.0.11"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid node name");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "localhost",
                "127.0.0",
                "127.0.0.256",
                "127.0.0.011x",
                "1.2.3.4.5",
                "::g",
                "alpha.example",
                "127.0.0.1:7000",
                "[::1]",
                "999.1.1.1"
            })
    void invalidAddressesAreRefused(String address) {
        assertThatThrownBy(() -> DrbdReplica.diskful("alpha", 0, address))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid address");
    }

    @Test
    void ipv6LiteralsAreAccepted() {
        assertThat(DrbdReplica.diskful("alpha", 0, "::1").address()).isEqualTo("::1");
        assertThat(DrbdReplica.diskful("alpha", 0, "fd00::11").address()).isEqualTo("fd00::11");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 65536, 100000})
    void invalidPortsAreRefused(int port) {
        assertThatThrownBy(() -> resource("rsc1", port, List.of(VOLUME), List.of(ALPHA)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid DRBD TCP port " + port);
    }

    @Test
    void outOfRangeNumbersAreRefused() {
        assertThatThrownBy(() -> DrbdReplica.diskful("alpha", 32, "127.0.0.11"))
                .hasMessageContaining("invalid DRBD node id 32");
        assertThatThrownBy(() -> DrbdReplica.diskful("alpha", -1, "127.0.0.11"))
                .hasMessageContaining("invalid DRBD node id -1");
        assertThatThrownBy(() -> DrbdVolume.diskless(0, 1 << 20, 1024))
                .hasMessageContaining("invalid DRBD minor number");
        assertThatThrownBy(() -> DrbdVolume.diskless(65536, 1000, 1024))
                .hasMessageContaining("invalid DRBD volume number");
        assertThatThrownBy(() -> DrbdVolume.diskless(0, 1000, 0)).hasMessageContaining("must be positive");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "line\nbreak",
                "tab\there",
                "\u00e4",
                "12345678901234567890123456789012345678901234567890123456789012345"
            })
    void invalidSharedSecretsAreRefused(String secret) {
        assertThatThrownBy(() -> new DrbdResource(
                        "rsc1", 7000, secret, DrbdNetOptions.defaults(), "alpha", List.of(VOLUME), List.of(ALPHA)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid DRBD shared secret");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev/loop3", "none", "/dev/loop\n3", ""})
    void invalidBackingDisksAreRefused(String disk) {
        assertThatThrownBy(() -> DrbdVolume.diskful(0, 1000, 1024, disk, InitialSync.fromPeer()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid backing disk path");
    }

    @Test
    void duplicatesAmongReplicasOrVolumesAreRefused() {
        assertThatThrownBy(() -> resource(
                        "rsc1", 7000, List.of(VOLUME), List.of(ALPHA, DrbdReplica.diskful("bravo", 0, "127.0.0.12"))))
                .hasMessage("resource rsc1 uses the node id 0 twice");
        assertThatThrownBy(() -> resource(
                        "rsc1", 7000, List.of(VOLUME), List.of(ALPHA, DrbdReplica.diskful("bravo", 1, "127.0.0.11"))))
                .hasMessage("resource rsc1 uses the address 127.0.0.11 twice");
        assertThatThrownBy(() -> resource(
                        "rsc1", 7000, List.of(VOLUME), List.of(ALPHA, DrbdReplica.diskful("alpha", 1, "127.0.0.12"))))
                .hasMessage("resource rsc1 uses the node name alpha twice");
        assertThatThrownBy(() -> resource(
                        "rsc1",
                        7000,
                        List.of(VOLUME, DrbdVolume.diskful(1, 1000, 1024, "/dev/loop4", InitialSync.fromPeer())),
                        List.of(ALPHA)))
                .hasMessage("resource rsc1 uses the minor 1000 twice");
        assertThatThrownBy(() -> resource(
                        "rsc1",
                        7000,
                        List.of(VOLUME, DrbdVolume.diskful(0, 1001, 1024, "/dev/loop4", InitialSync.fromPeer())),
                        List.of(ALPHA)))
                .hasMessage("resource rsc1 uses the volume number 0 twice");
    }

    @Test
    void theLocalNodeMustHoldAReplica() {
        assertThatThrownBy(() -> new DrbdResource(
                        "rsc1", 7000, "s3cret", DrbdNetOptions.defaults(), "charlie", List.of(VOLUME), List.of(ALPHA)))
                .hasMessage("resource rsc1 has no replica on the local node charlie");
    }

    @Test
    void backingDisksMustMatchTheLocalReplicasKind() {
        assertThatThrownBy(() -> resource("rsc1", 7000, List.of(DrbdVolume.diskless(0, 1000, 1024)), List.of(ALPHA)))
                .hasMessageContaining("has no backing disk but the local replica on alpha is diskful");
        DrbdReplica disklessAlpha = DrbdReplica.diskless("alpha", 0, "127.0.0.11");
        assertThatThrownBy(() -> resource("rsc1", 7000, List.of(VOLUME), List.of(disklessAlpha)))
                .hasMessageContaining("has a backing disk but the local replica on alpha is diskless");
    }

    @Test
    void netOptionsComeFromTheDrbdOptionsNetNamespace() {
        DrbdNetOptions options = DrbdNetOptions.fromProperties(Map.of(
                "DrbdOptions/Net/allow-two-primaries", "yes",
                "DrbdOptions/Net/max-buffers", "8000",
                "DrbdOptions/Disk/on-io-error", "detach",
                "Aux/foo", "bar"));

        assertThat(options.allowsTwoPrimaries()).isTrue();
        assertThat(options.options())
                .containsExactly(Map.entry("allow-two-primaries", "yes"), Map.entry("max-buffers", "8000"));
        assertThat(DrbdNetOptions.defaults().options()).containsExactly(Map.entry("allow-two-primaries", "no"));
        assertThat(DrbdNetOptions.fromProperties(Map.of("DrbdOptions/Net/allow-two-primaries", "False"))
                        .allowsTwoPrimaries())
                .isFalse();
    }

    @Test
    void invalidOrReservedNetOptionsAreRefused() {
        assertThatThrownBy(() -> DrbdNetOptions.fromProperties(Map.of("DrbdOptions/Net/allow-two-primaries", "maybe")))
                .hasMessage("invalid value 'maybe' of DRBD net option 'allow-two-primaries': use yes or no");
        assertThatThrownBy(() -> DrbdNetOptions.fromProperties(Map.of("DrbdOptions/Net/shared-secret", "x")))
                .hasMessageContaining("is set by LinstorJ itself");
        assertThatThrownBy(() -> DrbdNetOptions.fromProperties(Map.of("DrbdOptions/Net/max-buffers", "8000; }")))
                .hasMessageContaining("invalid value '8000; }'");
        assertThatThrownBy(() -> DrbdNetOptions.fromProperties(Map.of("DrbdOptions/Net/Bad Name", "1")))
                .hasMessageContaining("invalid DRBD net option name");
    }

    @Test
    void newGenerationIdsAreSixteenHexDigitsWithThePrimaryBitClear() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 100; i++) {
            String id = InitialSync.newGenerationId(random);
            assertThat(id).matches("[0-9A-F]{16}");
            assertThat(Long.parseUnsignedLong(id, 16) & 1).isZero();
            assertThat(InitialSync.skip(id)).isEqualTo(new InitialSync.Skip(id));
        }
        assertThatThrownBy(() -> InitialSync.skip("1234abcd1234abcd")).hasMessageContaining("generation id");
        assertThat(DrbdVolume.diskless(0, 1000, 1024).backingDisk()).isEqualTo(Optional.empty());
    }
}
