/** Over-the-wire load generators (standalone mains, not tests): WebSocket and HTTP, closed loop. */
package org.backpainbot.bench;
