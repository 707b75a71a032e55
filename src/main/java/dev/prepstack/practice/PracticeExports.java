package dev.prepstack.practice;

import dev.prepstack.catalog.Catalog;
import dev.prepstack.catalog.Question;
import dev.prepstack.catalog.QuestionFilters;
import dev.prepstack.catalog.QuestionRef;
import dev.prepstack.content.Kind;
import dev.prepstack.content.Level;
import dev.prepstack.shared.NotFoundException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/** Progress as CSV, and any selection of the bank as a text file Anki imports (tab-separated, HTML). */
@Service
public class PracticeExports {

    private static final Pattern PRE = Pattern.compile("<pre>.*?</pre>", Pattern.DOTALL);

    private final JdbcClient jdbc;
    private final Catalog catalog;

    PracticeExports(JdbcClient jdbc, Catalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    @Transactional(readOnly = true)
    public String progressCsv(long accountId) {
        var out = new StringBuilder(
                "question,title,topic,level,kind,state,stability_days,difficulty,due,last_review,reviews,lapses\n");
        // Rows are keyed by slug, so they come out in slug order as they did when the database sorted them.
        java.util.TreeMap<String, String> rows = new java.util.TreeMap<>();
        jdbc.sql("""
                        SELECT question_id, state, stability, difficulty, due, last_review, reps, lapses
                        FROM practice_card WHERE account_id = ?""").param(accountId).query(rs -> {
            Question q = catalog.question(rs.getLong(1)).orElseThrow();
            OffsetDateTime last = rs.getObject(6, OffsetDateTime.class);
            rows.put(
                    q.slug(),
                    String.join(
                            ",",
                            csv(q.slug()),
                            csv(q.title()),
                            csv(q.topic()),
                            csv(q.level().slug()),
                            csv(q.kind().slug()),
                            csv(rs.getString(2)),
                            csv(rs.getObject(3) == null ? "" : String.format(Locale.ROOT, "%.4f", rs.getDouble(3))),
                            csv(rs.getObject(4) == null ? "" : String.format(Locale.ROOT, "%.4f", rs.getDouble(4))),
                            csv(rs.getObject(5, OffsetDateTime.class)
                                    .toInstant()
                                    .toString()),
                            csv(last == null ? "" : last.toInstant().toString()),
                            String.valueOf(rs.getInt(7)),
                            String.valueOf(rs.getInt(8))));
        });
        rows.values().forEach(row -> out.append(row).append('\n'));
        return out.toString();
    }

    /** As {@link #anki(String, Level, Kind)} from a request's text: an unknown topic is a 404, a bad level or kind a 400. */
    public String anki(String topic, String level, String kind) {
        if (topic != null && catalog.topic(topic).isEmpty()) {
            throw new NotFoundException("No topic '" + topic + "'");
        }
        return anki(topic, QuestionFilters.level(level), QuestionFilters.kind(kind));
    }

    /** An Anki text import: one note per question, front the question, back the answer and key points. */
    @Transactional(readOnly = true)
    public String anki(String topic, Level level, Kind kind) {
        var out = new StringBuilder("#separator:tab\n#html:true\n#tags column:3\n");
        List<QuestionRef> refs = catalog.questionRefs().stream()
                .filter(q -> topic == null || topic.equals(q.topic()))
                .filter(q -> level == null || level == q.level())
                .filter(q -> kind == null || kind == q.kind())
                .toList();
        for (QuestionRef ref : refs) {
            if (!(catalog.lookup(ref.slug()) instanceof dev.prepstack.catalog.QuestionLookup.Found found)) {
                continue;
            }
            Question q = found.question();
            String front = "<b>" + HtmlUtils.htmlEscape(q.title()) + "</b><br><i>" + HtmlUtils.htmlEscape(q.summary())
                    + "</i>";
            var back = new StringBuilder(q.answerHtml()).append("<h4>What interviewers look for</h4><ul>");
            q.keyPoints()
                    .forEach(k ->
                            back.append("<li>").append(HtmlUtils.htmlEscape(k)).append("</li>"));
            back.append("</ul>");
            String tags = "prepstack " + (q.topic() == null ? q.kind().slug() : q.topic()) + " "
                    + q.level().slug() + " " + q.kind().slug() + " "
                    + String.join(
                            " ", q.tags().stream().map(t -> t.replace(' ', '-')).toList());
            out.append(field(front))
                    .append('\t')
                    .append(field(back.toString()))
                    .append('\t')
                    .append(tags.strip())
                    .append('\n');
        }
        return out.toString();
    }

    /** One line per note: newlines become breaks inside code blocks and spaces elsewhere. */
    static String field(String html) {
        Matcher m = PRE.matcher(html.replace("\t", "    ").replace("\r", ""));
        var out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(html, last, m.start()).append(m.group().replace("\n", "<br>"));
            last = m.end();
        }
        out.append(html.substring(last));
        return out.toString().replace("\n", " ").replace("\t", "    ");
    }

    private static String csv(String value) {
        if (value == null) {
            return "";
        }
        // Cells starting with = + - @ are formulas in spreadsheets; a leading quote keeps them text.
        String v = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
