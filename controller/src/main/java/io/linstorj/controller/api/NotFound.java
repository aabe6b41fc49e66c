package io.linstorj.controller.api;

import io.linstorj.common.RetCodes;

/**
 * LINSTOR's refusals for an object that does not exist, worded as LINSTOR words them, so that every
 * look-up of a kind of object refuses a missing one alike.
 *
 * <pre>{@code
 * Node node = desired.node(name);
 * if (node == null) {
 *     throw NotFound.node(name, ctx);
 * }
 * }</pre>
 */
public final class NotFound {
    private NotFound() {}

    /** FAIL_NOT_FOUND_NODE for {@code nodeName}. */
    public static ApiRcException node(String nodeName, CallContext ctx) {
        return ctx.refuse(
                RetCodes.FAIL_NOT_FOUND_NODE,
                "Node '" + nodeName + "' not found.",
                "The specified node '" + nodeName + "' could not be found in the database",
                "Create a node with the name '" + nodeName + "' first.");
    }

    /** FAIL_NOT_FOUND_RSC_DFN for {@code resourceName}. */
    public static ApiRcException resourceDefinition(String resourceName, CallContext ctx) {
        return ctx.refuse(
                RetCodes.FAIL_NOT_FOUND_RSC_DFN,
                "Resource definition '" + resourceName + "' not found.",
                "The specified resource definition '" + resourceName + "' could not be found in the database",
                "Create a resource definition with the name '" + resourceName + "' first.");
    }

    /** FAIL_NOT_FOUND_RSC_GRP for {@code groupName}. */
    public static ApiRcException resourceGroup(String groupName, CallContext ctx) {
        return ctx.refuse(
                RetCodes.FAIL_NOT_FOUND_RSC_GRP,
                "Resource group '" + groupName + "' not found.",
                "No resource group of that name exists.",
                "Create the resource group first or check the name.");
    }
}
