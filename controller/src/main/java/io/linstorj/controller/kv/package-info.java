/** Key-value stores: named sets of properties for clients, with the key syntax of properties. */
package io.linstorj.controller.kv;
