package io.linstorj.satellite.drbd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Feeds the rendered files to the real parser of drbd-utils: {@code drbdadm dump} under a
 * private UTS namespace whose host name is the node's, for every node of the resource.
 */
class DrbdadmDumpTest {
    private static Path drbdadm;
    private static List<String> unshare;

    @TempDir
    Path temp;

    @BeforeAll
    static void findDrbdadmAndANamespace() throws IOException, InterruptedException {
        Optional<Path> found = Stream.of("/usr/sbin", "/sbin", "/usr/bin", "/bin", "/usr/local/sbin")
                .map(directory -> Path.of(directory, "drbdadm"))
                .filter(Files::isExecutable)
                .findFirst();
        assumeTrue(found.isPresent(), "drbdadm (drbd-utils) is not installed");
        drbdadm = found.get();
        unshare = run(List.of("unshare", "--uts", "true")).exitCode == 0
                ? List.of("unshare", "--uts")
                : List.of("unshare", "--user", "--map-root-user", "--uts");
    }

    static Stream<Arguments> layouts() {
        List<Arguments> layouts = new ArrayList<>();
        for (int replicas = 1; replicas <= 4; replicas++) {
            for (boolean allowTwoPrimaries : List.of(false, true)) {
                layouts.add(Arguments.of(replicas, allowTwoPrimaries));
            }
        }
        return layouts.stream();
    }

    /**
     * Replicas alpha, bravo, ...: with 2 or more replicas the last one is diskless, with 4 the
     * last two; from 3 replicas on the resource has two volumes.
     */
    private static List<DrbdReplica> replicas(int count) {
        List<DrbdReplica> replicas = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            boolean diskless = count >= 2 && index == count - 1 || count == 4 && index == 2;
            replicas.add(DrbdTestResources.replica(index, diskless));
        }
        return replicas;
    }

    @ParameterizedTest(name = "{0} replicas, allow-two-primaries {1}")
    @MethodSource("layouts")
    void everyNodeOfTheResourcePassesDrbdadmDump(int replicaCount, boolean allowTwoPrimaries)
            throws IOException, InterruptedException {
        List<DrbdReplica> replicas = replicas(replicaCount);
        int volumeCount = replicaCount >= 3 ? 2 : 1;
        String name = "rsc_" + replicaCount + (allowTwoPrimaries ? "_dual" : "");
        for (DrbdReplica local : replicas) {
            DrbdResource resource = DrbdTestResources.resource(
                    name,
                    local.nodeName(),
                    replicas,
                    volumeCount,
                    DrbdNetOptions.allowTwoPrimaries(allowTwoPrimaries),
                    InitialSync.fromPeer());
            ResFileWriter writer = new ResFileWriter(temp.resolve(local.nodeName()), new ResFileRenderer());
            writer.write(resource);

            Result dump = dumpAs(local.nodeName(), writer.mainFile(), name);

            assertThat(dump.exitCode)
                    .as("drbdadm dump on %s: %s", local.nodeName(), dump.stderr)
                    .isZero();
            assertThat(dump.stdout)
                    .contains("# resource " + name + " on " + local.nodeName() + ": not ignored")
                    .containsPattern("allow-two-primaries\\s+" + (allowTwoPrimaries ? "yes" : "no") + ";")
                    .containsPattern("protocol\\s+C;")
                    .containsPattern("minor 100" + (volumeCount - 1) + ";");
            for (DrbdReplica replica : replicas) {
                assertThat(dump.stdout)
                        .contains("on " + replica.nodeName() + " {")
                        .containsPattern("address\\s+ipv4 " + replica.address().replace(".", "\\.") + ":7000;");
            }
            if (local.diskless()) {
                assertThat(dump.stdout).doesNotContain("/dev/loop");
            } else {
                assertThat(dump.stdout).containsPattern("disk\\s+/dev/loop10;");
            }
            assertThat(dump.stdout.matches("(?s).*disk\\s+none;.*"))
                    .isEqualTo(replicas.stream().anyMatch(DrbdReplica::diskless));
            assertThat(dump.stdout.contains("connection-mesh")).isEqualTo(replicaCount > 1);
        }
    }

    @Test
    void aHostThatHoldsNoReplicaIsRefusedByDrbdadm() throws IOException, InterruptedException {
        List<DrbdReplica> replicas = replicas(2);
        ResFileWriter writer = new ResFileWriter(temp, new ResFileRenderer());
        writer.write(DrbdTestResources.resource(
                "rsc1", "alpha", replicas, 1, DrbdNetOptions.defaults(), InitialSync.fromPeer()));

        Result dump = dumpAs("zulu", writer.mainFile(), "rsc1");

        assertThat(dump.exitCode).isNotZero();
        assertThat(dump.stderr).contains("'rsc1' not defined in your config (for this host)");
    }

    @Test
    void connectionOptionsGiveEachPeerOneConnectionAndThatPeerItsOptions() throws IOException, InterruptedException {
        List<DrbdReplica> replicas = replicas(3);
        DrbdResource base = DrbdTestResources.resource(
                "rsc1", "alpha", replicas, 1, DrbdNetOptions.defaults(), InitialSync.fromPeer());
        DrbdResource resource = new DrbdResource(
                base.name(),
                base.port(),
                base.sharedSecret(),
                base.netOptions(),
                base.localNodeName(),
                base.volumes(),
                base.replicas(),
                Map.of(
                        replicas.get(1).nodeName(),
                        new DrbdConnectionOptions(new TreeMap<>(Map.of("max-buffers", "8000")))));
        ResFileWriter writer = new ResFileWriter(temp, new ResFileRenderer());
        writer.write(resource);

        Result dryRun = drbdadmAs("alpha", writer.mainFile(), "-d", "up", "rsc1");

        assertThat(dryRun.exitCode).as("drbdadm -d up: %s", dryRun.stderr).isZero();
        List<String> newPeers =
                dryRun.stdout.lines().filter(line -> line.contains("new-peer")).toList();
        assertThat(newPeers).hasSize(2);
        assertThat(newPeers)
                .filteredOn(line -> line.contains("--max-buffers=8000"))
                .singleElement()
                .satisfies(line ->
                        assertThat(line).contains("--_name=" + replicas.get(1).nodeName()));
    }

    private static Result dumpAs(String hostName, Path mainFile, String resource)
            throws IOException, InterruptedException {
        return drbdadmAs(hostName, mainFile, "dump", resource);
    }

    /** Runs drbdadm with the given arguments after {@code -c mainFile}, as host {@code hostName}. */
    private static Result drbdadmAs(String hostName, Path mainFile, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(unshare);
        command.addAll(List.of(
                "sh",
                "-c",
                "hostname \"$1\" && shift && exec \"$@\"",
                "sh",
                hostName,
                drbdadm.toString(),
                "-c",
                mainFile.toString()));
        command.addAll(List.of(arguments));
        return run(command);
    }

    private static Result run(List<String> command) throws IOException, InterruptedException {
        Path stderr = Files.createTempFile("drbdadm", ".stderr");
        try {
            Process process = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.to(stderr.toFile()))
                    .start();
            process.getOutputStream().close();
            byte[] stdout = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("no end of " + command);
            }
            return new Result(
                    process.exitValue(), new String(stdout, StandardCharsets.UTF_8), Files.readString(stderr));
        } finally {
            Files.delete(stderr);
        }
    }

    private record Result(int exitCode, String stdout, String stderr) {}
}
