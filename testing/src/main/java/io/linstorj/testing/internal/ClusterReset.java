package io.linstorj.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.linstorj.client.ApiCallResponse;
import io.linstorj.client.KeyValueStoreInfo;
import io.linstorj.client.Linstor;
import io.linstorj.client.ResourceDefinitionInfo;
import io.linstorj.client.ResourceGroupInfo;
import io.linstorj.client.ResourceInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Empties a cluster for the next test: snapshots first (a definition with snapshots cannot go),
 * then resources, resource definitions, resource groups but the default, and key-value stores,
 * and brings the controller's properties back to those it had when the cluster was ready (a key
 * set since is deleted, a changed or deleted one set to its value then); then waits until the
 * controller lists none of them and has those properties. Snapshots go over REST, which the Java
 * client does not speak for them yet.
 */
public final class ClusterReset {
    /** The resource group every cluster has and that cannot be deleted. */
    public static final String DEFAULT_RESOURCE_GROUP = "DfltRscGrp";

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofMillis(50);

    private final Linstor lin;
    private final URI rest;
    private final Map<String, String> controllerProps;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();

    /**
     * A reset through {@code lin} and the REST API at {@code restUrl}, back to the controller
     * properties {@code controllerProps}.
     */
    public ClusterReset(Linstor lin, String restUrl, Map<String, String> controllerProps) {
        this.lin = lin;
        this.rest = URI.create(restUrl);
        this.controllerProps = Map.copyOf(controllerProps);
    }

    /**
     * Deletes everything and waits until it is gone.
     *
     * @throws IllegalStateException if a deletion is refused or something is still listed after a minute
     */
    public void run() {
        for (Snapshot snapshot : snapshots()) {
            deleteSnapshot(snapshot);
        }
        for (ResourceInfo resource : lin.resourceList().get(0).resources()) {
            check(
                    "delete resource " + resource.name() + " on " + resource.nodeName(),
                    lin.resourceDelete(resource.name(), resource.nodeName()));
        }
        for (ResourceDefinitionInfo definition : lin.resourceDfnList().get(0).resourceDefinitions()) {
            check("delete resource definition " + definition.name(), lin.resourceDfnDelete(definition.name()));
        }
        for (ResourceGroupInfo group : lin.resourceGroupList().get(0).resourceGroups()) {
            if (!DEFAULT_RESOURCE_GROUP.equals(group.name())) {
                check("delete resource group " + group.name(), lin.resourceGroupDelete(group.name()));
            }
        }
        for (KeyValueStoreInfo store : lin.keyValueStoreList().get(0).keyValueStores()) {
            check("delete key-value store " + store.name(), lin.keyValueStoreDelete(store.name()));
        }
        Map<String, String> props = currentControllerProps();
        for (String key : props.keySet()) {
            if (!controllerProps.containsKey(key)) {
                check("delete controller property " + key, lin.controllerDeleteProp(key));
            }
        }
        controllerProps.forEach((key, value) -> {
            if (!value.equals(props.get(key))) {
                check("set controller property " + key + " back to '" + value + "'", lin.controllerSetProp(key, value));
            }
        });
        awaitEmpty();
    }

    private void awaitEmpty() {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            List<String> left = leftovers();
            if (left.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the cluster still lists after reset(): " + String.join(", ", left));
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the deletions", e);
            }
        }
    }

    private List<String> leftovers() {
        List<String> left = new ArrayList<>();
        snapshots().forEach(s -> left.add("snapshot " + s.resource() + "/" + s.name()));
        lin.resourceList().get(0).resources().forEach(r -> left.add("resource " + r.name() + " on " + r.nodeName()));
        lin.resourceDfnList().get(0).resourceDefinitions().forEach(d -> left.add("resource definition " + d.name()));
        lin.resourceGroupList().get(0).resourceGroups().stream()
                .filter(g -> !DEFAULT_RESOURCE_GROUP.equals(g.name()))
                .forEach(g -> left.add("resource group " + g.name()));
        lin.keyValueStoreList().get(0).keyValueStores().forEach(k -> left.add("key-value store " + k.name()));
        Map<String, String> props = currentControllerProps();
        props.keySet().stream()
                .filter(key -> !controllerProps.containsKey(key))
                .forEach(key -> left.add("controller property " + key));
        controllerProps.forEach((key, value) -> {
            if (!value.equals(props.get(key))) {
                left.add("controller property " + key + " = " + props.get(key) + " instead of " + value);
            }
        });
        return left;
    }

    /** The controller's properties now. */
    public Map<String, String> currentControllerProps() {
        return lin.controllerProps().get(0).props();
    }

    private static void check(String what, List<ApiCallResponse> replies) {
        if (!Linstor.allApiResponsesSuccess(replies)) {
            throw new IllegalStateException("reset(): the controller refused to " + what + ": " + replies);
        }
    }

    /** A snapshot as {@code GET /v1/view/snapshots} lists it. */
    private record Snapshot(String resource, String name) {}

    private List<Snapshot> snapshots() {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(rest.resolve("/v1/view/snapshots")).GET());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "reset(): GET /v1/view/snapshots answered " + response.statusCode() + ": " + response.body());
        }
        List<Snapshot> snapshots = new ArrayList<>();
        try {
            for (JsonNode snapshot : json.readTree(response.body())) {
                snapshots.add(new Snapshot(
                        snapshot.path("resource_name").asText(),
                        snapshot.path("name").asText()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reset(): the snapshot list is no JSON: " + e.getMessage(), e);
        }
        return snapshots;
    }

    private void deleteSnapshot(Snapshot snapshot) {
        String path =
                "/v1/resource-definitions/" + encode(snapshot.resource()) + "/snapshots/" + encode(snapshot.name());
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(rest.resolve(path)).DELETE());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("reset(): the controller refused to delete snapshot " + snapshot.resource()
                    + "/" + snapshot.name() + " (" + response.statusCode() + "): " + response.body());
        }
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "reset(): the REST API at " + rest + " did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while talking to " + rest, e);
        }
    }
}
