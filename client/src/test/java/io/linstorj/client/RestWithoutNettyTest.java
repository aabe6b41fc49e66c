package io.linstorj.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The REST path needs no Netty at run time: the client, loaded from a class path without any
 * Netty jar, connects over REST, lists and mutates; Netty is an optional dependency of the
 * client, needed only by {@code linstor://}, which says so when it is missing.
 */
class RestWithoutNettyTest {

    @Test
    void restCallsRunWithoutNettyOnTheClassPath() throws Exception {
        try (RecordedController controller =
                        new RecordedController().serve("014-nodes-list").serve("034-spd-create-sp1");
                URLClassLoader withoutNetty =
                        new URLClassLoader(classPathWithout("netty"), ClassLoader.getPlatformClassLoader())) {
            assertThatThrownBy(() -> withoutNetty.loadClass("io.netty.channel.Channel"))
                    .isInstanceOf(ClassNotFoundException.class);

            Class<?> linstor = withoutNetty.loadClass(Linstor.class.getName());
            Object lin = linstor.getMethod("connect", String.class).invoke(null, controller.uri());
            try {
                List<?> nodes = (List<?>) linstor.getMethod("nodeList").invoke(lin);
                List<?> replies = (List<?>)
                        linstor.getMethod("storagePoolDfnCreate", String.class).invoke(lin, "sp1");

                assertThat(nodes).hasSize(1);
                assertThat(nodes.get(0).toString()).contains("n1", "n2", "n3");
                assertThat(replies).singleElement().asString().contains("New storage pool definition 'sp1' created.");
            } finally {
                linstor.getMethod("close").invoke(lin);
            }
        }
    }

    @Test
    void watchesOverRestRunWithoutNettyOnTheClassPath() throws Exception {
        RestExample unknown = RestExample.of("169-unknown-path");
        try (RecordedController controller = new RecordedController()
                        .serve(new RestExample(
                                "404 stream",
                                "GET",
                                "/v1/events/linstorj/resource-state",
                                MissingNode.getInstance(),
                                404,
                                unknown.headers(),
                                unknown.responseBody()))
                        .serve(RestExample.live("068-view-resources"));
                URLClassLoader withoutNetty =
                        new URLClassLoader(classPathWithout("netty"), ClassLoader.getPlatformClassLoader())) {
            Class<?> linstor = withoutNetty.loadClass(Linstor.class.getName());
            Class<?> replyHandler = withoutNetty.loadClass(ReplyHandler.class.getName());
            Class<?> eventHandler = withoutNetty.loadClass(EventHandler.class.getName());
            Class<?> identifier = withoutNetty.loadClass(ObjectIdentifier.class.getName());
            Object goOn =
                    Proxy.newProxyInstance(withoutNetty, new Class<?>[] {replyHandler}, (proxy, method, args) -> null);
            Object firstAction = Proxy.newProxyInstance(
                    withoutNetty,
                    new Class<?>[] {eventHandler},
                    (proxy, method, args) -> method.getName().equals("handle")
                            ? args[0].getClass().getMethod("eventAction").invoke(args[0])
                            : null);
            Object lin = linstor.getMethod("connect", String.class).invoke(null, controller.uri());
            try {
                Object result = linstor.getMethod("watchEvents", replyHandler, eventHandler, identifier, Duration.class)
                        .invoke(
                                lin,
                                goOn,
                                firstAction,
                                identifier.getMethod("all").invoke(null),
                                Duration.ofSeconds(20));

                assertThat(result).isEqualTo("Open");
            } finally {
                linstor.getMethod("close").invoke(lin);
            }
        }
    }

    @Test
    void theClientProtocolWithoutNettyFailsWithANetworkErrorNamingWhatToAdd() throws Exception {
        try (URLClassLoader withoutNetty =
                new URLClassLoader(classPathWithout("netty"), ClassLoader.getPlatformClassLoader())) {
            Class<?> linstor = withoutNetty.loadClass(Linstor.class.getName());

            assertThatThrownBy(() -> linstor.getMethod("connect", String.class).invoke(null, "linstor://127.0.0.1:1"))
                    .isInstanceOf(InvocationTargetException.class)
                    .cause()
                    .satisfies(e -> assertThat(e.getClass().getName()).isEqualTo(LinstorNetworkError.class.getName()))
                    .hasMessageContaining("linstor://127.0.0.1:1")
                    .hasMessageContaining("needs Netty")
                    .hasMessageContaining("io.netty:netty-handler")
                    .hasMessageContaining("http://");
        }
    }

    private static URL[] classPathWithout(String excluded) throws MalformedURLException {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.contains(excluded)) {
                urls.add(new File(entry).toURI().toURL());
            }
        }
        return urls.toArray(URL[]::new);
    }
}
