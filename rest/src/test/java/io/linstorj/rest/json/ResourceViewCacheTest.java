package io.linstorj.rest.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.controller.cluster.ProviderKind;
import io.linstorj.controller.cluster.Resource;
import io.linstorj.controller.cluster.Volume;
import io.linstorj.controller.observed.VolumeObservation;
import io.linstorj.controller.resource.ResourceView;
import io.linstorj.controller.resource.VolumeView;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ResourceViewCacheTest {
    private final Json json = new Json();

    @Test
    void writesTheSameBytesAsTheGeneratorForTheWholeList() {
        ResourceViewCache cache = new ResourceViewCache(json);
        List<ResourceView> views = List.of(view("alpha", "n1", Map.of()), view("bravo", "n2", Map.of("k", "v")));

        byte[] first = cache.resources(views, true);
        byte[] again = cache.resources(views, true);

        byte[] expected = json.write(ResourceAnswers.resources(views, true));
        assertThat(new String(first, StandardCharsets.UTF_8)).isEqualTo(new String(expected, StandardCharsets.UTF_8));
        assertThat(again).isEqualTo(expected);
    }

    @Test
    void answersAnEmptyListAsAnEmptyArray() {
        assertThat(new String(new ResourceViewCache(json).resources(List.of(), true), StandardCharsets.UTF_8))
                .isEqualTo("[]");
    }

    @Test
    void writesAResourceAgainOnceItsViewChanged() {
        ResourceViewCache cache = new ResourceViewCache(json);
        ResourceView before = view("alpha", "n1", Map.of());
        cache.resources(List.of(before), true);
        ResourceView after = new ResourceView(
                before.resource(),
                List.of(new VolumeView(
                        before.volumes().get(0).volume(),
                        1000,
                        ProviderKind.DISKLESS,
                        Optional.of(new VolumeObservation("none", "/dev/drbd1000", "Diskless", OptionalLong.empty())))),
                Optional.empty());

        String answered = new String(cache.resources(List.of(after), true), StandardCharsets.UTF_8);

        assertThat(answered).contains("/dev/drbd1000").contains("Diskless");
        assertThat(answered.getBytes(StandardCharsets.UTF_8))
                .isEqualTo(json.write(ResourceAnswers.resources(List.of(after), true)));
    }

    @Test
    void aFilteredAnswerLeavesTheCompleteOnesCacheAsItWas() {
        ResourceViewCache cache = new ResourceViewCache(json);
        ResourceView alpha = view("alpha", "n1", Map.of());
        ResourceView bravo = view("bravo", "n1", Map.of());
        cache.resources(List.of(alpha, bravo), true);

        byte[] filtered = cache.resources(List.of(bravo), false);
        byte[] complete = cache.resources(List.of(alpha, bravo), true);

        assertThat(filtered).isEqualTo(json.write(ResourceAnswers.resources(List.of(bravo), true)));
        assertThat(complete).isEqualTo(json.write(ResourceAnswers.resources(List.of(alpha, bravo), true)));
    }

    private static ResourceView view(String name, String node, Map<String, String> props) {
        Resource resource = new Resource(name, node, 0, props, Set.of(Resource.FLAG_DISKLESS), UUID.randomUUID());
        Volume volume = new Volume(name, node, 0, "DfltDisklessStorPool", Map.of(), UUID.randomUUID());
        return new ResourceView(
                resource,
                List.of(new VolumeView(volume, 1000, ProviderKind.DISKLESS, Optional.empty())),
                Optional.empty());
    }
}
