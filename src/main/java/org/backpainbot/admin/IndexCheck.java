package org.backpainbot.admin;

import java.util.ArrayList;
import java.util.List;

import org.backpainbot.chat.Knowledge;
import org.backpainbot.content.ContentProblem;
import org.backpainbot.content.InvalidContentException;
import org.backpainbot.content.Section;
import org.backpainbot.search.SearchIndex;
import org.backpainbot.search.SectionHit;

/**
 * Checks a built or reopened version before it may serve: the index holds exactly the content's passages, and each
 * section can be found by its own title or first question. The smoke queries come from the content itself, so they
 * keep working whatever the maintainers write.
 */
final class IndexCheck {

    private IndexCheck() {
    }

    /**
     * @throws VersionException when the index does not hold the content's passages (a build fault)
     * @throws InvalidContentException when a section cannot be found by its title or first question (fix the content)
     */
    static void verify(Knowledge knowledge) {
        SearchIndex index = knowledge.index();
        int expected = knowledge.content().sections().stream().mapToInt(s -> s.passages().size()).sum();
        int indexed = index.passageCount();
        if (indexed == 0 || indexed != expected) {
            throw new VersionException("the index of version " + knowledge.version() + " holds " + indexed
                    + " passages, the content has " + expected);
        }
        List<ContentProblem> problems = new ArrayList<>();
        for (Section section : knowledge.content().sections()) {
            if (section.passages().isEmpty()) {
                continue; // nothing to answer with, so nothing a user could be routed to
            }
            String byTitle = top(index, section.title());
            if (section.id().equals(byTitle)) {
                continue;
            }
            String byQuestion = section.questions().isEmpty() ? null : top(index, section.questions().get(0));
            if (section.id().equals(byQuestion)) {
                continue;
            }
            problems.add(new ContentProblem(section.file(), section.line(), "smoke query: neither the title nor the"
                    + " first question of section '" + section.id() + "' finds it first (they find '"
                    + byTitle + "'" + (section.questions().isEmpty() ? "" : " and '" + byQuestion + "'")
                    + "); make them more specific to the section"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidContentException(problems);
        }
    }

    private static String top(SearchIndex index, String text) {
        SectionHit top = index.rank(text).top();
        return top == null ? null : top.sectionId();
    }
}
