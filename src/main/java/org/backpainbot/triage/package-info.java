/** Red-flag screening of a message, run before and independently of retrieval: rules from index-data, negation and experiencer scope, urgency tiers. */
package org.backpainbot.triage;
