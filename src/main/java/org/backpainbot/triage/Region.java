package org.backpainbot.triage;

/** Where the user is, for emergency numbers. */
public enum Region { US, UK, EU }
