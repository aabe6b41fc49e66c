package io.linstorj.satellite.drbd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ResFileRendererTest {
    private final ResFileRenderer renderer = new ResFileRenderer();

    @Test
    void rendersEveryReplicaVolumeAndTheNetSection() {
        DrbdResource resource = DrbdTestResources.resource(
                "rsc1",
                "alpha",
                List.of(
                        DrbdTestResources.replica(0, false),
                        DrbdTestResources.replica(1, false),
                        DrbdTestResources.replica(2, true)),
                1,
                DrbdNetOptions.allowTwoPrimaries(true),
                InitialSync.fromPeer());

        assertThat(renderer.render(resource)).isEqualTo("""
            # DRBD configuration of resource rsc1 on node alpha, written by the LinstorJ satellite; it overwrites any change.
            resource "rsc1" {
                net {
                    protocol C;
                    cram-hmac-alg sha1;
                    shared-secret "s3cret";
                    allow-two-primaries yes;
                }

                on "alpha" {
                    node-id 0;
                    address ipv4 127.0.0.11:7000;
                    volume 0 {
                        device minor 1000;
                        disk "/dev/loop10";
                        meta-disk internal;
                    }
                }

                on "bravo" {
                    node-id 1;
                    address ipv4 127.0.0.12:7000;
                    volume 0 {
                        device minor 1000;
                        disk "/dev/linstorj/backing-disk-of-peer";
                        meta-disk internal;
                    }
                }

                on "charlie" {
                    node-id 2;
                    address ipv4 127.0.0.13:7000;
                    volume 0 {
                        device minor 1000;
                        disk none;
                    }
                }

                connection-mesh {
                    hosts "alpha" "bravo" "charlie";
                }
            }
            """);
    }

    @Test
    void outputDoesNotDependOnInputOrder() {
        List<DrbdReplica> replicas = List.of(
                DrbdTestResources.replica(0, false),
                DrbdTestResources.replica(1, true),
                DrbdTestResources.replica(2, false));
        DrbdResource sorted = DrbdTestResources.resource(
                "rsc1", "charlie", replicas, 2, DrbdNetOptions.defaults(), InitialSync.fromPeer());
        DrbdResource shuffled = new DrbdResource(
                "rsc1",
                7000,
                "s3cret",
                DrbdNetOptions.defaults(),
                "charlie",
                List.of(sorted.volumes().get(1), sorted.volumes().get(0)),
                List.of(replicas.get(2), replicas.get(0), replicas.get(1)));

        assertThat(renderer.render(shuffled)).isEqualTo(renderer.render(sorted));
    }

    @Test
    void netOptionsAreSortedByName() {
        DrbdNetOptions options = new DrbdNetOptions(new TreeMap<>(
                Map.of("max-buffers", "8000", "after-sb-0pri", "discard-zero-changes", "allow-two-primaries", "no")));
        String text = renderer.render(DrbdTestResources.resource(
                "rsc1", "alpha", List.of(DrbdTestResources.replica(0, false)), 1, options, InitialSync.fromPeer()));

        assertThat(text)
                .containsSubsequence(
                        "after-sb-0pri discard-zero-changes;", "allow-two-primaries no;", "max-buffers 8000;");
    }

    @Test
    void quotedStringsAreEscaped() {
        DrbdResource resource = new DrbdResource(
                "rsc1",
                7000,
                "a\\b\"c d{};#x",
                DrbdNetOptions.defaults(),
                "alpha",
                List.of(DrbdVolume.diskful(0, 1000, 1024, "/dev/disk/by-id/my \"disk\"", InitialSync.fromPeer())),
                List.of(DrbdTestResources.replica(0, false)));

        assertThat(renderer.render(resource))
                .contains("shared-secret \"a\\\\b\\\"c d{};#x\";")
                .contains("disk \"/dev/disk/by-id/my \\\"disk\\\"\";");
    }

    @Test
    void aSingleReplicaHasNoConnectionMesh() {
        String text = renderer.render(DrbdTestResources.resource(
                "rsc1",
                "alpha",
                List.of(DrbdTestResources.replica(0, false)),
                1,
                DrbdNetOptions.defaults(),
                InitialSync.fromPeer()));

        assertThat(text).doesNotContain("connection-mesh").contains("on \"alpha\" {");
    }

    @Test
    void ipv6AddressesAreBracketed() {
        DrbdResource resource = new DrbdResource(
                "rsc1",
                7001,
                "s3cret",
                DrbdNetOptions.defaults(),
                "alpha",
                List.of(),
                List.of(DrbdReplica.diskful("alpha", 0, "::1"), DrbdReplica.diskful("bravo", 1, "127.0.0.12")));

        assertThat(renderer.render(resource))
                .contains("address ipv6 [::1]:7001;")
                .contains("address ipv4 127.0.0.12:7001;");
    }

    private static DrbdResource withConnectionOptions(Map<String, DrbdConnectionOptions> options) {
        DrbdResource base = DrbdTestResources.resource(
                "rsc1",
                "alpha",
                List.of(
                        DrbdTestResources.replica(0, false),
                        DrbdTestResources.replica(1, false),
                        DrbdTestResources.replica(2, true)),
                1,
                DrbdNetOptions.defaults(),
                InitialSync.fromPeer());
        return new DrbdResource(
                base.name(),
                base.port(),
                base.sharedSecret(),
                base.netOptions(),
                base.localNodeName(),
                base.volumes(),
                base.replicas(),
                options);
    }

    @Test
    void connectionOptionsReplaceTheMeshWithOneConnectionPerPeer() {
        String text = renderer.render(withConnectionOptions(Map.of(
                "bravo", new DrbdConnectionOptions(new TreeMap<>(Map.of("max-buffers", "8000", "ping-int", "5"))))));

        assertThat(text).doesNotContain("connection-mesh").endsWith("""
                connection {
                    host "alpha";
                    host "bravo";
                    net {
                        max-buffers 8000;
                        ping-int 5;
                    }
                }
                connection {
                    host "alpha";
                    host "charlie";
                }
            }
            """);
    }

    @Test
    void emptyConnectionOptionsKeepTheMesh() {
        DrbdResource resource = withConnectionOptions(Map.of("bravo", DrbdConnectionOptions.NONE));

        assertThat(resource.connectionOptions()).isEmpty();
        assertThat(renderer.render(resource)).contains("connection-mesh");
    }

    @Test
    void connectionOptionsForANodeThatIsNoPeerOrWithABadValueAreRefused() {
        DrbdConnectionOptions options = new DrbdConnectionOptions(new TreeMap<>(Map.of("max-buffers", "8000")));

        assertThatThrownBy(() -> withConnectionOptions(Map.of("alpha", options)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no peer");
        assertThatThrownBy(() -> new DrbdConnectionOptions(new TreeMap<>(Map.of("max-buffers", "1; }"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DrbdConnectionOptions(new TreeMap<>(Map.of("shared-secret", "x"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
