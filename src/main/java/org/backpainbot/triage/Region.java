package org.backpainbot.triage;

/** Where the mother is, which decides the emergency and crisis numbers the advice names. */
public enum Region {
    US, UK, EU
}
