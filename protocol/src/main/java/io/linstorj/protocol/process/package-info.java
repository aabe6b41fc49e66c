/**
 * How a LinstorJ process started by another one (a local or benchmark cluster) ends with its
 * parent, however the parent ended: {@link io.linstorj.protocol.process.ParentWatch}.
 */
package io.linstorj.protocol.process;
