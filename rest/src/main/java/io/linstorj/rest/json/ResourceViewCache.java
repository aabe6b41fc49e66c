package io.linstorj.rest.json;

import io.linstorj.controller.resource.ResourceView;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The JSON of {@code GET /v1/view/resources}, each resource with its volumes kept as written
 * last time: a resource whose view (desired state and what its satellite last reported, all
 * immutable records) equals the one its bytes were written from is not written again. The bytes
 * of the list are the cached objects joined by commas, exactly what one generator writes for the
 * array; only changed or new resources go through {@link ResourceAnswers}.
 *
 * <p>Bounded by the last complete view: an answer for every resource replaces the cache with the
 * resources it held (the deleted ones go), a filtered or paged answer only reads it. Thread-safe:
 * readers list concurrently, and the map they find is never changed after it was published.
 */
public final class ResourceViewCache {
    private final Json json;
    private volatile Map<UUID, Written> written = Map.of();

    /** A resource's view and its JSON object written from it. */
    private record Written(ResourceView view, byte[] json) {}

    /** Creates an empty cache writing with {@code json}. */
    public ResourceViewCache(Json json) {
        this.json = json;
    }

    /**
     * The JSON array of {@code views}, each resource with its volumes.
     *
     * @param complete true when {@code views} is every resource (no filter, no page): the cache
     *     then keeps exactly these
     */
    public byte[] resources(List<ResourceView> views, boolean complete) {
        Map<UUID, Written> known = written;
        Map<UUID, Written> next = complete ? new HashMap<>(views.size() * 4 / 3 + 1) : null;
        byte[][] parts = new byte[views.size()][];
        long length = 2 + Math.max(0, views.size() - 1);
        for (int i = 0; i < parts.length; i++) {
            ResourceView view = views.get(i);
            UUID id = view.resource().uuid();
            Written entry = known.get(id);
            if (entry == null || !entry.view().equals(view)) {
                entry = new Written(view, json.write(ResourceAnswers.resourceWithVolumes(view)));
            }
            if (next != null) {
                next.put(id, entry);
            }
            parts[i] = entry.json();
            length += parts[i].length;
        }
        if (next != null) {
            written = next;
        }
        if (length > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("the resource view of " + views.size() + " resources exceeds 2 GiB");
        }
        byte[] array = new byte[(int) length];
        int at = 0;
        array[at++] = '[';
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                array[at++] = ',';
            }
            System.arraycopy(parts[i], 0, array, at, parts[i].length);
            at += parts[i].length;
        }
        array[at] = ']';
        return array;
    }
}
