/**
 * Error reports: every exception nothing expected (a bug in a mutation, a failed client call, a
 * REST fault) is written down once with an id, which the reply names in {@code error_report_ids},
 * so that an operator can look up the stack trace without searching the log. Reports are files
 * under the data directory, bounded in count and bytes, the oldest pruned first.
 */
package io.linstorj.controller.errorreport;
