/**
 * Properties: the rules for keys and values (syntax, database limits, the values of the keys the
 * controller interprets), property changes, and the controller's own properties.
 */
package io.linstorj.controller.props;
