/**
 * The in-memory desired state and its single writer: tables with an undo log, the write queue
 * that applies mutations in batches and commits them (one by one when the database refuses a
 * batch, with a reload when a commit's outcome is unknown), and the schema's column limits
 * that validation checks against.
 */
package io.linstorj.controller.state;
