package org.backpainbot.search;

import java.util.regex.Pattern;

/**
 * Tells when a message is about someone else's body, most often the baby's ("lo keeps arching his back", "a ridge
 * down his tummy", "does the carrier hurt baby's hips"): the article is about the mother's, so such a message is
 * declined however many words it shares with it. The same idea as triage's experiencer scope, kept small here.
 * A message that also names her own body ("my back", "i ache") is hers.
 */
final class OtherExperiencer {

    private static final String BODY = "(back|spine|tummy|belly|stomach|abs?|head|neck|hips?|legs?|skin|bones?"
            + "|bottom|bum|muscles?|core|chest|shoulders?|feet|foot|knees?)";
    private static final Pattern SOMEONE_ELSES_BODY = Pattern.compile(
            "\\b(his|(?:baby|babys|baby's|lo's|los|newborn's|son's|sons|daughter's|daughters|ds's|dd's))\\s+"
                    + "(?:\\w+\\s+)?" + BODY + "\\b");
    private static final Pattern HER_OWN = Pattern.compile(
            "\\b(my\\s+(?:\\w+\\s+)?" + BODY + "|i\\s+(?:\\w+\\s+)?(ache|hurt|hurts|am\\s+sore|feel|have)|me\\b)");

    private OtherExperiencer() {
    }

    static boolean isSubject(String text) {
        if (text == null) {
            return false;
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
        return SOMEONE_ELSES_BODY.matcher(lower).find() && !HER_OWN.matcher(lower).find();
    }
}
