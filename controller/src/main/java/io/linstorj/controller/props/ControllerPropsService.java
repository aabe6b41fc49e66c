package io.linstorj.controller.props;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.api.CallContext;
import io.linstorj.controller.state.GuardedState;
import io.linstorj.controller.state.WriteQueue;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/** Sets, deletes and lists the controller's properties. */
public final class ControllerPropsService {
    private final WriteQueue writes;
    private final GuardedState state;

    /** Creates the service. */
    public ControllerPropsService(WriteQueue writes, GuardedState state) {
        this.writes = writes;
        this.state = state;
    }

    /** Sets property {@code key} to {@code value}. */
    public CompletableFuture<List<ApiCallRc>> set(String key, String value) {
        CallContext ctx = CallContext.of(RetCodes.MASK_MOD, RetCodes.MASK_CTRL_CONF);
        return writes.submit(desired -> {
            PropertyRules.check(key, value, ctx);
            desired.putControllerProp(key, value);
            return List.of(ctx.rc(RetCodes.MODIFIED, "Controller property '" + key + "' set to '" + value + "'."));
        });
    }

    /** Deletes property {@code key}; WARN_NOT_FOUND when it is not set. */
    public CompletableFuture<List<ApiCallRc>> delete(String key) {
        CallContext ctx = CallContext.of(RetCodes.MASK_DEL, RetCodes.MASK_CTRL_CONF);
        return writes.submit(desired -> {
            if (desired.removeControllerProp(key) == null) {
                return List.of(ctx.rc(RetCodes.WARN_NOT_FOUND, "Controller property '" + key + "' is not set."));
            }
            return List.of(ctx.rc(RetCodes.DELETED, "Controller property '" + key + "' deleted."));
        });
    }

    /**
     * Deletes every property under {@code namespace} ("Aux/site" takes "Aux/site/rack" and
     * deeper, not "Aux/site" itself nor "Aux/sites"), in one change; WARN_NOT_FOUND when none is
     * set; FAIL_INVLD_PROP for a namespace that is no property path.
     */
    public CompletableFuture<List<ApiCallRc>> deleteNamespace(String namespace) {
        CallContext ctx = CallContext.of(RetCodes.MASK_DEL, RetCodes.MASK_CTRL_CONF);
        return writes.submit(desired -> {
            String path = namespace.endsWith("/") ? namespace.substring(0, namespace.length() - 1) : namespace;
            PropertyRules.checkKey(path, false, ctx);
            String prefix = path + "/";
            List<String> keys = desired.controllerProps().rows().keySet().stream()
                    .filter(key -> key.startsWith(prefix))
                    .sorted()
                    .toList();
            if (keys.isEmpty()) {
                return List.of(
                        ctx.rc(RetCodes.WARN_NOT_FOUND, "No controller property is set in namespace '" + path + "'."));
            }
            keys.forEach(key -> desired.removeControllerProp(key));
            return List.of(ctx.rc(RetCodes.DELETED, "Controller property namespace '" + path + "' deleted.")
                    .withDetails("Deleted keys: " + String.join(", ", keys)));
        });
    }

    /** All controller properties. */
    public CompletableFuture<Map<String, String>> list() {
        return state.readAsync(
                desired -> new TreeMap<>(desired.controllerProps().rows()));
    }
}
