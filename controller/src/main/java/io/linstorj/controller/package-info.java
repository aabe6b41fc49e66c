/**
 * The controller process: its configuration and command line, start-up and shutdown, and the
 * {@link io.linstorj.controller.ControllerAdapter} seam behind which the client protocol and the
 * REST server are started. Domain packages below it know nothing of any adapter.
 */
package io.linstorj.controller;
