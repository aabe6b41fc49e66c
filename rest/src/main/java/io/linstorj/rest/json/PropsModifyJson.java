package io.linstorj.rest.json;

import io.linstorj.controller.props.PropsChange;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * A change of properties (ControllerPropsModify, StoragePoolDefinitionModify, KeyValueStoreModify
 * ...): keys to set, keys to delete, namespaces to delete.
 *
 * @param overrideProps keys to set
 * @param deleteProps keys to delete
 * @param deleteNamespaces namespaces to delete
 */
@SpecSchema({"ControllerPropsModify", "StoragePoolDefinitionModify", "KeyValueStoreModify", "ResourceConnectionModify"})
public record PropsModifyJson(
        Map<String, String> overrideProps, List<String> deleteProps, List<String> deleteNamespaces) {

    /**
     * The change for the services; absent lists are empty.
     *
     * @throws JsonInputException if a value to set or a key to delete is null
     */
    public PropsChange toChange() {
        if (overrideProps != null && overrideProps.containsValue(null)) {
            throw new JsonInputException("override_props has a null value; every value must be a string.");
        }
        if (deleteProps != null && deleteProps.contains(null)
                || deleteNamespaces != null && deleteNamespaces.contains(null)) {
            throw new JsonInputException("delete_props and delete_namespaces must hold strings, not null.");
        }
        return new PropsChange(
                overrideProps == null ? Map.of() : overrideProps,
                deleteProps == null ? new HashSet<>() : new HashSet<>(deleteProps),
                deleteNamespaces == null ? new HashSet<>() : new HashSet<>(deleteNamespaces));
    }
}
