package io.linstorj.controller.placement;

/**
 * How many diskful replicas the filter wants in all, how many exist and how many are to be placed.
 *
 * @param wanted diskful replicas wanted in all
 * @param existing diskful replicas already deployed
 * @param needed new diskful replicas to place (never negative: placement never removes one)
 * @param additional true when the filter asked for additional replicas rather than a total
 */
record ReplicaCount(int wanted, int existing, int needed, boolean additional) {

    static ReplicaCount of(PlacementRules rules, ResourceToPlace resource) {
        int existing = resource.diskfulNodes().size();
        if (rules.additionalPlaceCount() != null) {
            int added = rules.additionalPlaceCount();
            return new ReplicaCount(existing + added, existing, added, true);
        }
        int wanted = rules.placeCount() != null ? rules.placeCount() : AutoSelectFilter.DEFAULT_PLACE_COUNT;
        return new ReplicaCount(wanted, existing, Math.max(0, wanted - existing), false);
    }

    /** The request for people: {@code "2 more replicas requested (3 wanted, 1 already deployed)"}. */
    String describeRequest() {
        String deployed = existing + " already deployed";
        if (additional) {
            return needed + " additional " + noun(needed) + " requested" + (existing == 0 ? "" : " (" + deployed + ")");
        }
        if (existing == 0) {
            return needed + " " + noun(needed) + " requested";
        }
        return needed + " more " + noun(needed) + " requested (" + wanted + " wanted, " + deployed + ")";
    }

    private static String noun(int count) {
        return count == 1 ? "replica" : "replicas";
    }
}
