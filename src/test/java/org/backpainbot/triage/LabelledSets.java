package org.backpainbot.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads a labelled set of test messages: redflags.tsv (tier TAB message) and benign.txt (one message a line). */
record LabelledSets(List<Labelled> flags, List<String> benign) {

    record Labelled(Urgency expected, String text) {
    }

    /** {@code dir} is "triage" for the checked-in sets, "triage/heldout" for the held-out ones. */
    static LabelledSets read(String dir) {
        return read(dir, "");
    }

    /** A set whose files are named {@code prefix}redflags.tsv and {@code prefix}benign.txt ("round2-"). */
    static LabelledSets read(String dir, String prefix) {
        List<Labelled> flags = new ArrayList<>();
        for (String line : lines(dir + "/" + prefix + "redflags.tsv")) {
            String[] parts = line.split("\t", 2);
            flags.add(new Labelled(Urgency.valueOf(parts[0].toUpperCase(Locale.ROOT)), parts[1]));
        }
        return new LabelledSets(flags, lines(dir + "/" + prefix + "benign.txt"));
    }

    private static List<String> lines(String resource) {
        try (InputStream in = LabelledSets.class.getResourceAsStream("/" + resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
