package io.linstorj.controller.node;

import static io.linstorj.common.RetCodes.*;
import static io.linstorj.controller.ServiceFixture.await;
import static io.linstorj.controller.ServiceFixture.retCodes;
import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.controller.ServiceFixture;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.cluster.NetInterface;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NetInterfaceServiceTest {
    private final ServiceFixture fixture = new ServiceFixture();
    private final NetInterfaceService interfaces = fixture.services().netInterfaces();

    @BeforeEach
    void registerNode() {
        fixture.createNode("alpha", "127.0.0.11");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private List<NetInterface> interfacesOfAlpha() {
        return List.copyOf(await(fixture.services().nodes().list(List.of("alpha")))
                .get(0)
                .node()
                .netInterfaces()
                .values());
    }

    @Test
    void netInterfaceCreateAddsInterfaceWithoutSatelliteConnection() {
        List<ApiCallRc> replies =
                await(interfaces.create("alpha", new NetInterfaceRequest("data", "127.0.0.21", null, "")));

        assertThat(retCodes(replies)).containsExactly(MASK_NET_IF | MASK_CRT | CREATED);
        assertThat(interfacesOfAlpha()).contains(new NetInterface("data", "127.0.0.21", 0, "PLAIN"));
    }

    @Test
    void netInterfaceCreateWithTakenNameIsRefused() {
        List<ApiCallRc> replies =
                await(interfaces.create("alpha", new NetInterfaceRequest("DEFAULT", "127.0.0.21", null, "")));

        assertThat(retCodes(replies)).containsExactly(MASK_NET_IF | MASK_CRT | FAIL_EXISTS_NET_IF);
    }

    @Test
    void netInterfaceCreateWithInvalidNameOrPortIsRefused() {
        assertThat(retCodes(await(interfaces.create("alpha", new NetInterfaceRequest("d", "127.0.0.21", null, "")))))
                .containsExactly(MASK_NET_IF | MASK_CRT | FAIL_INVLD_NET_NAME);
        assertThat(retCodes(
                        await(interfaces.create("alpha", new NetInterfaceRequest("data", "127.0.0.21", 70000, "")))))
                .containsExactly(MASK_NET_IF | MASK_CRT | FAIL_INVLD_NET_PORT);
        assertThat(retCodes(await(interfaces.create("bravo", new NetInterfaceRequest("data", "127.0.0.21", null, "")))))
                .containsExactly(MASK_NET_IF | MASK_CRT | FAIL_NOT_FOUND_NODE);
    }

    @Test
    void netInterfaceModifyChangesAddressAndKeepsPort() {
        List<ApiCallRc> replies =
                await(interfaces.modify("alpha", new NetInterfaceRequest("default", "127.0.0.31", null, "")));

        assertThat(retCodes(replies)).containsExactly(MASK_NET_IF | MASK_MOD | MODIFIED);
        assertThat(interfacesOfAlpha()).containsExactly(new NetInterface("default", "127.0.0.31", 3366, "PLAIN"));
        assertThat(retCodes(await(interfaces.modify("alpha", new NetInterfaceRequest("nope", "127.0.0.31", null, "")))))
                .containsExactly(MASK_NET_IF | MASK_MOD | FAIL_NOT_FOUND_NET_IF);
    }

    @Test
    void netInterfaceDeleteOfLastInterfaceIsRefused() {
        List<ApiCallRc> replies = await(interfaces.delete("alpha", "default"));

        assertThat(retCodes(replies)).containsExactly(MASK_NET_IF | MASK_DEL | FAIL_IN_USE);
        assertThat(replies.get(0).message()).contains("last one");
    }

    @Test
    void netInterfaceDeleteOfSatelliteConnectionIsRefusedWhileNoOtherCarriesIt() {
        await(interfaces.create("alpha", new NetInterfaceRequest("data", "127.0.0.21", null, "")));

        List<ApiCallRc> refused = await(interfaces.delete("alpha", "default"));
        assertThat(retCodes(refused)).containsExactly(MASK_NET_IF | MASK_DEL | FAIL_IN_USE);
        assertThat(refused.get(0).message()).contains("satellite connection");

        await(interfaces.modify("alpha", new NetInterfaceRequest("data", "", 3366, "")));
        assertThat(retCodes(await(interfaces.delete("alpha", "default"))))
                .containsExactly(MASK_NET_IF | MASK_DEL | DELETED);
        assertThat(interfacesOfAlpha()).extracting(NetInterface::name).containsExactly("data");
    }

    @Test
    void netInterfaceDeleteOfMissingInterfaceWarns() {
        assertThat(retCodes(await(interfaces.delete("alpha", "nope"))))
                .containsExactly(MASK_NET_IF | MASK_DEL | WARN_NOT_FOUND);
    }
}
