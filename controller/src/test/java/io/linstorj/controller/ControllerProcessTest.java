package io.linstorj.controller;

import static io.linstorj.common.RetCodes.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.controller.transport.RawProtocolClient;
import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.linstor.ApiCallResponse;
import io.linstorj.protocol.linstor.MsgCrtRscDfn;
import io.linstorj.protocol.linstor.MsgCrtVlmDfn;
import io.linstorj.protocol.linstor.MsgLstRscDfn;
import io.linstorj.protocol.linstor.RscDfn;
import io.linstorj.protocol.linstor.VlmDfn;
import io.linstorj.protocol.linstor.VlmDfnWithPayload;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@link ControllerCommand} as a child JVM and kills it with SIGKILL. */
class ControllerProcessTest {
    private static final int THREADS = 4;
    private static final int DEFINITIONS_PER_THREAD = 50;

    @TempDir
    Path dataDirectory;

    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void destroyChildren() throws InterruptedException {
        for (Process process : processes) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Starts the command and returns the address from its LISTENING line. */
    private InetSocketAddress startController(String logName) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        ControllerCommand.class.getName(),
                        "--data-dir",
                        dataDirectory.toString(),
                        "--listen",
                        "127.0.0.1",
                        "--port",
                        "0")
                .redirectError(dataDirectory
                        .resolveSibling(dataDirectory.getFileName() + "-" + logName + ".log")
                        .toFile())
                .start();
        processes.add(process);
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader out = new BufferedReader(
                            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                        for (String line; (line = out.readLine()) != null; ) {
                            lines.add(line);
                        }
                    } catch (IOException e) {
                        lines.add("READ FAILED " + e);
                    }
                },
                "controller-stdout");
        reader.setDaemon(true);
        reader.start();
        String line = lines.poll(60, TimeUnit.SECONDS);
        assertThat(line).as("first stdout line of the controller").startsWith("LISTENING linstor://");
        URI uri = URI.create(line.substring("LISTENING ".length()));
        return new InetSocketAddress(uri.getHost(), uri.getPort());
    }

    private static Map<String, Long> createDefinitions(InetSocketAddress address, int thread) throws Exception {
        Map<String, Long> acknowledged = new ConcurrentHashMap<>();
        try (RawProtocolClient client = RawProtocolClient.connect(address)) {
            for (int i = 0; i < DEFINITIONS_PER_THREAD; i++) {
                String name = "rsc_" + thread + "_" + i;
                long size = 1024L + thread * 1000 + i;
                List<ApiCallResponse> created = client.callForReplies(
                        ApiCalls.CRT_RSC_DFN,
                        MsgCrtRscDfn.newBuilder()
                                .setRscDfn(RscDfn.newBuilder().setRscName(name))
                                .build());
                assertThat(created)
                        .extracting(ApiCallResponse::getRetCode)
                        .containsExactly(MASK_RSC_DFN | MASK_CRT | CREATED);
                List<ApiCallResponse> volume = client.callForReplies(
                        ApiCalls.CRT_VLM_DFN,
                        MsgCrtVlmDfn.newBuilder()
                                .setRscName(name)
                                .addVlmDfns(VlmDfnWithPayload.newBuilder()
                                        .setVlmDfn(
                                                VlmDfn.newBuilder().setVlmNr(0).setVlmSize(size)))
                                .build());
                assertThat(volume)
                        .extracting(ApiCallResponse::getRetCode)
                        .containsExactly(MASK_VLM_DFN | MASK_CRT | CREATED);
                acknowledged.put(name, size);
            }
        }
        return acknowledged;
    }

    /**
     * Creates definitions until interrupted, recording each definition once its creation is
     * acknowledged (size -1) and again once its volume definition is.
     */
    private static void createUntilInterrupted(InetSocketAddress address, int thread, Map<String, Long> acknowledged)
            throws InterruptedException {
        try (RawProtocolClient client = RawProtocolClient.connect(address)) {
            for (int i = 0; ; i++) {
                String name = "load_" + thread + "_" + i;
                long size = 4096L + i;
                List<ApiCallResponse> created = client.callForReplies(
                        ApiCalls.CRT_RSC_DFN,
                        MsgCrtRscDfn.newBuilder()
                                .setRscDfn(RscDfn.newBuilder().setRscName(name))
                                .build());
                assertThat(created)
                        .extracting(ApiCallResponse::getRetCode)
                        .containsExactly(MASK_RSC_DFN | MASK_CRT | CREATED);
                acknowledged.put(name, -1L);
                List<ApiCallResponse> volume = client.callForReplies(
                        ApiCalls.CRT_VLM_DFN,
                        MsgCrtVlmDfn.newBuilder()
                                .setRscName(name)
                                .addVlmDfns(VlmDfnWithPayload.newBuilder()
                                        .setVlmDfn(
                                                VlmDfn.newBuilder().setVlmNr(0).setVlmSize(size)))
                                .build());
                assertThat(volume)
                        .extracting(ApiCallResponse::getRetCode)
                        .containsExactly(MASK_VLM_DFN | MASK_CRT | CREATED);
                acknowledged.put(name, size);
            }
        }
    }

    private static Map<String, Long> storedDefinitions(InetSocketAddress address) throws InterruptedException {
        try (RawProtocolClient client = RawProtocolClient.connect(address)) {
            MsgLstRscDfn list = client.call(ApiCalls.LST_RSC_DFN).get(0).body(0, MsgLstRscDfn.parser());
            return list.getRscDfnsList().stream()
                    .collect(Collectors.toMap(
                            RscDfn::getRscName,
                            definition -> definition.getVlmDfnsCount() == 0
                                    ? -1L
                                    : definition.getVlmDfns(0).getVlmSize()));
        }
    }

    @Test
    void everyChangeAcknowledgedBeforeASigkillInTheMiddleOfWritesIsThereAfterTheRestart() throws Exception {
        InetSocketAddress first = startController("under-load");
        Map<String, Long> acknowledged = new ConcurrentHashMap<>();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> writers = new ArrayList<>();
        for (int thread = 0; thread < THREADS; thread++) {
            int number = thread;
            writers.add(threads.submit(() -> {
                createUntilInterrupted(first, number, acknowledged);
                return null;
            }));
        }
        while (acknowledged.size() < 300 && writers.stream().noneMatch(Future::isDone)) {
            Thread.sleep(5);
        }
        assertThat(writers).noneMatch(Future::isDone);
        Process killed = processes.get(0);
        killed.destroyForcibly();
        assertThat(killed.waitFor(30, TimeUnit.SECONDS)).isTrue();
        threads.shutdownNow();
        assertThat(threads.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        Map<String, Long> acknowledgedBeforeTheKill = Map.copyOf(acknowledged);

        Map<String, Long> stored = storedDefinitions(startController("after-kill"));

        assertThat(acknowledgedBeforeTheKill).hasSizeGreaterThanOrEqualTo(300);
        acknowledgedBeforeTheKill.forEach((name, size) -> {
            assertThat(stored)
                    .as("definition %s, acknowledged before the kill", name)
                    .containsKey(name);
            if (size != -1L) {
                assertThat(stored.get(name)).as("volume size of %s", name).isEqualTo(size);
            }
        });
    }

    @Test
    void everyAcknowledgedChangeSurvivesSigkill() throws Exception {
        InetSocketAddress first = startController("first");
        Map<String, Long> acknowledged = new ConcurrentHashMap<>();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Map<String, Long>>> results = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                int number = thread;
                Callable<Map<String, Long>> burst = () -> createDefinitions(first, number);
                results.add(threads.submit(burst));
            }
            for (Future<Map<String, Long>> result : results) {
                acknowledged.putAll(result.get(5, TimeUnit.MINUTES));
            }
        } finally {
            threads.shutdownNow();
        }
        Process killed = processes.get(0);
        killed.destroyForcibly();
        assertThat(killed.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(killed.exitValue()).isEqualTo(137);

        InetSocketAddress second = startController("second");
        try (RawProtocolClient client = RawProtocolClient.connect(second)) {
            MsgLstRscDfn list = client.call(ApiCalls.LST_RSC_DFN).get(0).body(0, MsgLstRscDfn.parser());
            Map<String, Long> stored = list.getRscDfnsList().stream()
                    .collect(Collectors.toMap(
                            RscDfn::getRscName,
                            definition -> definition.getVlmDfnsCount() == 0
                                    ? -1L
                                    : definition.getVlmDfns(0).getVlmSize()));
            assertThat(acknowledged).hasSize(THREADS * DEFINITIONS_PER_THREAD);
            assertThat(stored).containsExactlyInAnyOrderEntriesOf(acknowledged);
        }
    }
}
