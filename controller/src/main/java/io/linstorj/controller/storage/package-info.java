/**
 * Storage pools and their definitions: create, modify, delete and list, with the rules for the
 * storage a pool names checked before anything is stored ({@link
 * io.linstorj.controller.storage.ProviderPoolRules}: the tools' own name rules, absolute normalised
 * directories; {@link io.linstorj.controller.storage.PoolConflicts}: no two FILE pools of a node in
 * equal or nested directories, no change of a pool's storage under live volumes).
 */
package io.linstorj.controller.storage;
