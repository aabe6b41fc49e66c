/**
 * Properties of the cluster's objects: the rules of the keys the controller interprets
 * ({@link io.linstorj.controller.props.PropertyRules}, {@link io.linstorj.controller.props.DrbdOptionRules}),
 * changes of an object's properties and the controller's own properties.
 */
package io.linstorj.controller.props;
