package io.linstorj.client.internal.rest;

import io.linstorj.client.LinstorError;
import io.linstorj.protocol.ApiCalls;
import java.util.Map;
import java.util.Optional;

/**
 * Which REST API version each call needs, and the refusal of a call the controller's version
 * (its {@code rest_api_version}, read at connect) does not have yet. Versions as python-linstor
 * requires them; calls not named here are in every REST API v1. A controller that does not say
 * its version is taken to have everything (a refusal, if any, then comes from it).
 */
final class ApiVersionGate {
    /** The client call of a resource-definition clone (not a client-protocol call). */
    static final String CLONE_RSC_DFN = "CloneRscDfn";

    private static final Map<String, ApiVersion> NEEDED = Map.of(
            ApiCalls.LST_RSC_DFN,
            ApiVersion.of("1.0.10"),
            ApiCalls.CRT_RSC_GRP,
            ApiVersion.of("1.0.8"),
            ApiCalls.MOD_RSC_GRP,
            ApiVersion.of("1.0.8"),
            ApiCalls.LST_RSC_GRP,
            ApiVersion.of("1.0.8"),
            ApiCalls.SPAWN_RSC_DFN,
            ApiVersion.of("1.0.8"),
            CLONE_RSC_DFN,
            ApiVersion.of("1.10.0"));

    private final Optional<ApiVersion> controller;
    private final String controllerText;
    private final String address;

    ApiVersionGate(String restApiVersion, String address) {
        this.controller = ApiVersion.parse(restApiVersion);
        this.controllerText = restApiVersion;
        this.address = address;
    }

    /**
     * Checks that the controller has {@code call}.
     *
     * @throws LinstorError naming the version needed if the controller's is older
     */
    void require(String call, String what) {
        ApiVersion needed = NEEDED.get(call);
        if (needed != null && controller.isPresent() && controller.get().compareTo(needed) < 0) {
            throw new LinstorError(what + " needs LINSTOR REST API " + needed + " or newer; the controller at "
                    + address + " serves REST API " + controllerText + " (upgrade the controller)");
        }
    }
}
