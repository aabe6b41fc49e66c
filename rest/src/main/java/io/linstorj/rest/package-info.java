/**
 * LINSTOR's REST API v1 for the LinstorJ controller: {@link io.linstorj.rest.RestAdapter} starts it
 * as a {@link io.linstorj.controller.ControllerAdapter}, {@link io.linstorj.rest.RestOptions} gives
 * its command-line options, and {@link io.linstorj.rest.RouteTable} lists every path it answers.
 */
package io.linstorj.rest;
