package io.linstorj.controller.transport;

import com.google.protobuf.ByteString;
import io.linstorj.common.RetCodes;
import io.linstorj.common.trust.ClusterKey;
import io.linstorj.common.trust.LinkRole;
import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.ProtocolMessage;
import io.linstorj.protocol.ProtocolPipeline;
import io.linstorj.protocol.ProtocolVersion;
import io.linstorj.protocol.SatelliteCalls;
import io.linstorj.protocol.proto.MsgApiCallResponse;
import io.linstorj.protocol.proto.MsgApiVersion;
import io.linstorj.protocol.proto.MsgHeader;
import io.linstorj.protocol.proto.MsgNodeDesiredState;
import io.linstorj.protocol.proto.MsgNodeObservedState;
import io.linstorj.protocol.proto.MsgSatelliteAuth;
import io.linstorj.protocol.proto.MsgSatelliteChallenge;
import io.linstorj.protocol.proto.MsgSatelliteInfo;
import io.linstorj.protocol.proto.MsgSatelliteProof;
import io.linstorj.protocol.proto.ResourceObserved;
import io.linstorj.protocol.proto.SnapshotObserved;
import io.linstorj.protocol.proto.SnapshotSpec;
import io.linstorj.protocol.proto.SnapshotStage;
import io.linstorj.protocol.proto.SnapshotVolumeSpec;
import io.linstorj.protocol.proto.StoragePoolObserved;
import io.linstorj.protocol.proto.StoragePoolSpec;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in satellite for tests of the controller over real sockets: it speaks the satellite
 * link on a loopback address and an ephemeral port, lets the first controller adopt it (as a
 * satellite without a cluster does; it checks no proofs), and answers every
 * desired state with a report that gives each diskful pool the same capacity. It has no storage
 * and no DRBD, so it reports no resources; it reports every desired snapshot as taken (a stand-in
 * for the controller's view of snapshots, not a test of taking them).
 */
public final class FakeSatellite implements AutoCloseable {
    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final BlockingQueue<MsgNodeDesiredState> desiredStates = new LinkedBlockingQueue<>();
    private final long freeKib;
    private final long totalKib;
    private final Channel server;
    private volatile ClusterKey adopted;
    private volatile String resourceFailure;
    private volatile boolean reportsHeld;
    private volatile boolean answersPings;
    private volatile Channel controllerLink;
    private final Queue<MsgNodeObservedState> heldReports = new ConcurrentLinkedQueue<>();

    private FakeSatellite(String address, int port, long freeKib, long totalKib) throws InterruptedException {
        this.freeKib = freeKib;
        this.totalKib = totalKib;
        this.server = new ServerBootstrap()
                .group(group)
                .channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ProtocolPipeline.addCodec(ch.pipeline(), ProtocolPipeline.DEFAULT_MAX_FRAME_LENGTH);
                        ch.pipeline().addLast(new LinkHandler());
                    }
                })
                .bind(new InetSocketAddress(address, port))
                .sync()
                .channel();
    }

    /** Starts a stand-in on {@code address} whose pools report {@code freeKib} of {@code totalKib}. */
    public static FakeSatellite start(String address, long freeKib, long totalKib) throws InterruptedException {
        return new FakeSatellite(address, 0, freeKib, totalKib);
    }

    /** Starts a stand-in with pools of 1 GiB, all free, on a given port (a node registered before it listened). */
    public static FakeSatellite startOn(String address, int port) throws InterruptedException {
        return new FakeSatellite(address, port, 1024 * 1024, 1024 * 1024);
    }

    /** The port it listens on. */
    public int port() {
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    /** Every desired state the controller sent, oldest first. */
    public BlockingQueue<MsgNodeDesiredState> desiredStates() {
        return desiredStates;
    }

    /**
     * From now on, answers the controller's pings as a satellite does, so that a link stays up
     * however long a test waits (by default it is silent, and the controller reconnects after its
     * heartbeat timeout).
     */
    public FakeSatellite answeringPings() {
        answersPings = true;
        return this;
    }

    /**
     * From now on, keeps its reports instead of sending them, as a satellite busy with a long
     * reconcile pass does; {@link #releaseReports()} sends them.
     */
    public void holdReports() {
        reportsHeld = true;
    }

    /** Sends the reports held back, oldest first, and from now on reports at once again. */
    public void releaseReports() {
        reportsHeld = false;
        Channel link = controllerLink;
        if (link != null) {
            link.eventLoop().execute(this::flushHeldReports);
        }
    }

    // On the link's event loop.
    private void sendReport(Channel link, MsgNodeObservedState report) {
        heldReports.add(report);
        controllerLink = link;
        if (!reportsHeld) {
            flushHeldReports();
        }
    }

    private void flushHeldReports() {
        Channel link = controllerLink;
        MsgNodeObservedState report;
        while (!reportsHeld && link != null && (report = heldReports.poll()) != null) {
            link.writeAndFlush(ProtocolMessage.of(
                    ProtocolMessage.headerOf(MsgHeader.MsgType.ONEWAY, 0, SatelliteCalls.OBSERVED_STATE), report));
        }
    }

    /**
     * From now on, reports every desired resource as not ready with a problem of this cause, as a
     * satellite whose storage or DRBD refuses it does.
     */
    void failResources(String cause) {
        resourceFailure = cause;
    }

    @Override
    public void close() {
        server.close().syncUninterruptibly();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    private final class LinkHandler extends SimpleChannelInboundHandler<ProtocolMessage> {
        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            ctx.writeAndFlush(ProtocolMessage.of(
                    ProtocolMessage.headerOf(MsgHeader.MsgType.ONEWAY, 0, ApiCalls.VERSION),
                    MsgApiVersion.newBuilder()
                            .setVersion(ProtocolVersion.CURRENT)
                            .setMinVersion(ProtocolVersion.MINIMUM)
                            .setControllerInfo("fake satellite")
                            .build()));
        }

        private MsgSatelliteAuth auth;
        private final byte[] satelliteNonce = new byte[ClusterKey.NONCE_BYTES];

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, ProtocolMessage msg) {
            if (SatelliteCalls.AUTH.equals(msg.content())) {
                challenge(ctx, msg);
            } else if (SatelliteCalls.PROOF.equals(msg.content())) {
                authenticate(ctx, msg);
            } else if (answersPings && ApiCalls.PING.equals(msg.content())) {
                ctx.writeAndFlush(ProtocolMessage.header(MsgHeader.MsgType.ONEWAY, 0, ApiCalls.PONG));
            } else if (SatelliteCalls.DESIRED_STATE.equals(msg.content())) {
                MsgNodeDesiredState state = msg.body(0, MsgNodeDesiredState.parser());
                desiredStates.add(state);
                sendReport(ctx.channel(), report(state));
            }
        }

        /** Like a satellite without a cluster, it lets the first controller adopt it, and keeps that key. */
        private void challenge(ChannelHandlerContext ctx, ProtocolMessage msg) {
            long id = msg.apiCallId();
            auth = msg.body(0, MsgSatelliteAuth.parser());
            new SecureRandom().nextBytes(satelliteNonce);
            ctx.write(ProtocolMessage.of(
                    ProtocolMessage.headerOf(MsgHeader.MsgType.ANSWER, id, SatelliteCalls.CHALLENGE),
                    MsgSatelliteChallenge.newBuilder()
                            .setSatelliteNonce(ByteString.copyFrom(satelliteNonce))
                            .setAdoptable(adopted == null)
                            .build()));
            ctx.writeAndFlush(ProtocolMessage.header(MsgHeader.MsgType.COMPLETE, id, SatelliteCalls.AUTH));
        }

        private void authenticate(ChannelHandlerContext ctx, ProtocolMessage msg) {
            long id = msg.apiCallId();
            MsgSatelliteProof proof = msg.body(0, MsgSatelliteProof.parser());
            if (adopted == null) {
                adopted = new ClusterKey(
                        auth.getClusterId(), proof.getClusterSecret().toByteArray());
            }
            ClusterKey key = adopted;
            byte[] satelliteProof = key.proof(
                    LinkRole.SATELLITE,
                    auth.getNodeName(),
                    auth.getControllerNonce().toByteArray(),
                    satelliteNonce);
            ctx.write(ProtocolMessage.of(
                    ProtocolMessage.headerOf(MsgHeader.MsgType.ANSWER, id, ApiCalls.REPLY),
                    MsgApiCallResponse.newBuilder()
                            .setRetCode(RetCodes.MASK_SUCCESS)
                            .setMessage("authenticated")
                            .build()));
            ctx.write(ProtocolMessage.of(
                    ProtocolMessage.headerOf(MsgHeader.MsgType.ANSWER, id, SatelliteCalls.INFO),
                    MsgSatelliteInfo.newBuilder()
                            .setNodeName(auth.getNodeName())
                            .setVersion(ProtocolVersion.CURRENT)
                            .setDrbdDriver("none (test stand-in)")
                            .setSatelliteProof(ByteString.copyFrom(satelliteProof))
                            .build()));
            ctx.writeAndFlush(ProtocolMessage.header(MsgHeader.MsgType.COMPLETE, id, SatelliteCalls.PROOF));
        }

        private MsgNodeObservedState report(MsgNodeDesiredState state) {
            MsgNodeObservedState.Builder report =
                    MsgNodeObservedState.newBuilder().setAppliedGeneration(state.getGeneration());
            for (StoragePoolSpec pool : state.getStoragePoolsList()) {
                if (!"DISKLESS".equals(pool.getProviderKind())) {
                    report.addStoragePools(StoragePoolObserved.newBuilder()
                            .setName(pool.getName())
                            .setFreeCapacityKib(freeKib)
                            .setTotalCapacityKib(totalKib));
                }
            }
            // Suspends in SUSPEND, takes in TAKE, holds what it took in KEEP (a real satellite takes nothing then).
            for (SnapshotSpec snapshot : state.getSnapshotsList()) {
                SnapshotObserved.Builder observed = SnapshotObserved.newBuilder()
                        .setResourceName(snapshot.getResourceName())
                        .setSnapshotName(snapshot.getSnapshotName())
                        .setIoSuspended(snapshot.getStage() != SnapshotStage.SNAPSHOT_KEEP);
                if (snapshot.getStage() != SnapshotStage.SNAPSHOT_SUSPEND) {
                    observed.addAllTakenVolumes(snapshot.getVolumesList().stream()
                            .map(SnapshotVolumeSpec::getVolumeNumber)
                            .toList());
                }
                report.addSnapshots(observed);
            }
            String failure = resourceFailure;
            if (failure != null) {
                state.getResourcesList()
                        .forEach(resource -> report.addResources(ResourceObserved.newBuilder()
                                .setName(resource.getName())
                                .setReady(false)
                                .addReports(MsgApiCallResponse.newBuilder()
                                        .setRetCode(RetCodes.FAIL_UNKNOWN_ERROR | RetCodes.MASK_RSC)
                                        .setMessage("DRBD could not configure resource '" + resource.getName() + "'.")
                                        .setCause(failure)
                                        .setCorrection("Check the satellite's log."))));
            }
            return report.build();
        }
    }
}
