/**
 * Properties of the cluster's objects: the rules for keys and values (syntax, database limits, the
 * values of the keys the controller interprets: {@link io.linstorj.controller.props.PropertyRules},
 * {@link io.linstorj.controller.props.DrbdOptionRules}), the read-only list of those keys built from
 * the same rules ({@link io.linstorj.controller.props.PropertyCatalog}), property changes, and the
 * controller's own properties.
 */
package io.linstorj.controller.props;
