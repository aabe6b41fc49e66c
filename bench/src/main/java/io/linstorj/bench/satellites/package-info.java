/**
 * The satellites benchmark: deploying many resources at once to several satellites and timing
 * until every one reports them.
 */
package io.linstorj.bench.satellites;
