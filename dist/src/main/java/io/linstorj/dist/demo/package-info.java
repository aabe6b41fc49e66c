/**
 * The demo: a narrated walk through a local cluster (nodes, pools, autoplace, watches, resize,
 * snapshots with restore, rollback and clone checked byte for byte)
 * that a new user runs to see LinstorJ work.
 */
package io.linstorj.dist.demo;
