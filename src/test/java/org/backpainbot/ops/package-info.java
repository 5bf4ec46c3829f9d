/** Operational tests: probes and metrics, hostile input over the wire, graceful shutdown and restart. */
package org.backpainbot.ops;
