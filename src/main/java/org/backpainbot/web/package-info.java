/** HTTP JSON API, the chat WebSocket endpoint and the chat widget's static files. */
package org.backpainbot.web;
