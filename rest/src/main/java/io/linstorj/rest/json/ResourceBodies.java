package io.linstorj.rest.json;

import io.linstorj.controller.cluster.ResourceDefinition;
import io.linstorj.controller.cluster.VolumeDefinition;
import io.linstorj.controller.resource.ResourceCreateRequest;
import io.linstorj.controller.resource.ResourceDefinitionCreateRequest;
import io.linstorj.controller.resource.ResourceView;
import io.linstorj.controller.resource.VolumeDefinitionRequest;
import io.linstorj.controller.resource.VolumeView;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** The resource shapes of the spec: definitions, volume definitions, resources and volumes. */
public final class ResourceBodies {
    private ResourceBodies() {
    }

    /** A resource definition as answered, with its volume definitions when asked for. */
    public record Definition(String name, Map<String, String> props, List<String> flags, String uuid,
        String resourceGroupName, List<VolumeDefinitionJson> volumeDefinitions) {

        /** The wire form; {@code volumes} null leaves them out. */
        public static Definition of(ResourceDefinition definition, List<VolumeDefinition> volumes) {
            return new Definition(definition.name(), definition.props().isEmpty() ? null : definition.props(),
                definition.flags().isEmpty() ? null : List.copyOf(definition.flags()), definition.uuid().toString(),
                definition.resourceGroupName(),
                volumes == null ? null : volumes.stream().map(VolumeDefinitionJson::of).toList());
        }
    }

    /** The {@code resource_definition} part of a create body. */
    public record DefinitionInput(String name, Map<String, String> props, String resourceGroupName) {
    }

    /** The body of POST /v1/resource-definitions. */
    public record DefinitionCreate(DefinitionInput resourceDefinition, Integer drbdPort) {

        /** The request for the resource definition service. */
        public ResourceDefinitionCreateRequest toRequest() {
            if (resourceDefinition == null) {
                throw new JsonInputException("resource_definition is required.");
            }
            return new ResourceDefinitionCreateRequest(
                resourceDefinition.name() == null ? "" : resourceDefinition.name(), drbdPort,
                resourceDefinition.props() == null ? Map.of() : NodeBodies.nonNullValues(resourceDefinition.props()),
                resourceDefinition.resourceGroupName() == null ? "" : resourceDefinition.resourceGroupName(), List.of());
        }
    }

    /** A volume definition as answered and as created. */
    public record VolumeDefinitionJson(Integer volumeNumber, Long sizeKib, Map<String, String> props,
        List<String> flags, String uuid) {

        static VolumeDefinitionJson of(VolumeDefinition definition) {
            return new VolumeDefinitionJson(definition.volumeNumber(), definition.sizeKib(),
                definition.props().isEmpty() ? null : definition.props(),
                definition.flags().isEmpty() ? null : List.copyOf(definition.flags()), definition.uuid().toString());
        }

        /** The wire form of one volume definition. */
        public static VolumeDefinitionJson single(VolumeDefinition definition) {
            return of(definition);
        }
    }

    /** The {@code volume_definition} part of a create body. */
    public record VolumeDefinitionInput(Integer volumeNumber, Long sizeKib, Map<String, String> props) {
    }

    /** The body of POST /v1/resource-definitions/{resource}/volume-definitions. */
    public record VolumeDefinitionCreate(VolumeDefinitionInput volumeDefinition, Integer drbdMinorNumber) {

        /** The request; a missing size is 0, which the service refuses as LINSTOR does. */
        public VolumeDefinitionRequest toRequest() {
            if (volumeDefinition == null) {
                throw new JsonInputException("volume_definition is required.");
            }
            return new VolumeDefinitionRequest(volumeDefinition.volumeNumber(),
                volumeDefinition.sizeKib() == null ? 0 : volumeDefinition.sizeKib(), drbdMinorNumber,
                volumeDefinition.props() == null ? Map.of() : NodeBodies.nonNullValues(volumeDefinition.props()));
        }
    }

    /** The body of PUT /v1/resource-definitions/{resource}/volume-definitions/{volume_number}. */
    public record VolumeDefinitionModify(Long sizeKib, Map<String, String> overrideProps, List<String> deleteProps,
        List<String> deleteNamespaces) {

        /** The property part of the change. */
        public PropsModifyJson props() {
            return new PropsModifyJson(overrideProps, deleteProps, deleteNamespaces);
        }
    }

    /** The body of PUT /v1/resource-definitions/{resource} (properties only so far). */
    public record DefinitionModify(Map<String, String> overrideProps, List<String> deleteProps,
        List<String> deleteNamespaces) {

        /** The property part of the change. */
        public PropsModifyJson props() {
            return new PropsModifyJson(overrideProps, deleteProps, deleteNamespaces);
        }
    }

    /** A resource as answered; {@code volumes} is there on the view and the volumes' paths. */
    public record ResourceJson(String name, String nodeName, Map<String, String> props, List<String> flags,
        State state, String uuid, List<VolumeJson> volumes) {

        /** The wire form of {@code view}, with its volumes when {@code withVolumes}. */
        public static ResourceJson of(ResourceView view, boolean withVolumes) {
            var resource = view.resource();
            return new ResourceJson(resource.resourceName(), resource.nodeName(),
                resource.props().isEmpty() ? null : resource.props(),
                resource.flags().isEmpty() ? null : List.copyOf(resource.flags()),
                new State(view.observation().map(o -> o.inUse()).orElse(null)), resource.uuid().toString(),
                withVolumes ? view.volumes().stream().map(VolumeJson::of).toList() : null);
        }
    }

    /** ResourceState: whether the resource is in use, once a satellite has said so. */
    public record State(Boolean inUse) {
    }

    /** A volume as answered. */
    public record VolumeJson(Integer volumeNumber, String storagePoolName, String providerKind, String devicePath,
        Long allocatedSizeKib, Map<String, String> props, String uuid, VolumeState state) {

        /** The wire form of {@code view}. */
        public static VolumeJson of(VolumeView view) {
            var volume = view.volume();
            var observed = view.observation();
            return new VolumeJson(volume.volumeNumber(), volume.storagePoolName(), view.providerKind().name(),
                observed.map(o -> o.devicePath()).filter(path -> !path.isEmpty()).orElse(null),
                observed.filter(o -> o.allocatedSizeKib().isPresent()).map(o -> o.allocatedSizeKib().getAsLong())
                    .orElse(null),
                volume.props().isEmpty() ? null : volume.props(), volume.uuid().toString(),
                observed.map(o -> new VolumeState(o.diskState())).orElse(null));
        }
    }

    /** VolumeState: the disk state a satellite reported. */
    public record VolumeState(String diskState) {
    }

    /** The {@code resource} part of a resource create body. */
    public record ResourceInput(String nodeName, Map<String, String> props, List<String> flags) {
    }

    /** One entry of the body of POST /v1/resource-definitions/{resource}/resources. */
    public record ResourceCreate(ResourceInput resource) {

        /** The request for the resource service, of {@code resourceName}; {@code nodeName} overrides the body's. */
        public ResourceCreateRequest toRequest(String resourceName, String nodeName) {
            ResourceInput input = resource == null ? new ResourceInput(null, null, null) : resource;
            Map<String, String> props = input.props() == null ? Map.of() : NodeBodies.nonNullValues(input.props());
            String node = nodeName != null ? nodeName : input.nodeName() == null ? "" : input.nodeName();
            if (input.flags() != null && input.flags().contains(null)) {
                throw new JsonInputException("flags holds a null entry.");
            }
            // The pool travels as the StorPoolName property, which the service's pool chain reads first.
            String pool = "";
            return new ResourceCreateRequest(resourceName, node,
                input.flags() == null ? new HashSet<>() : new HashSet<>(input.flags()), pool, props);
        }
    }
}
