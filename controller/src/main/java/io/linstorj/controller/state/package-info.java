/**
 * The in-memory desired state and its single writer: tables with an undo log, the write queue
 * that applies mutations in batches and commits them (one by one when the database refuses a
 * batch, with a reload when a commit's outcome is unknown), and the schema's column limits
 * that validation checks against. Outside this package the tables are read-only views; the
 * desired state changes only through its typed mutations, which derive keys from names and keep
 * its indexes (resources and snapshots by node, ports and minors in use) in step.
 */
package io.linstorj.controller.state;
