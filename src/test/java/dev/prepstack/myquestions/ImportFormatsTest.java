package dev.prepstack.myquestions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The import formats on their own, without Spring: how cells, fields and entry names are read. */
class ImportFormatsTest {

    @Test
    void semicolonDelimitedCsvFromAEuropeanSpreadsheetReadsLikeCommas() {
        var file = CsvQuestions.read(
                "title;answer;key_points\r\nWhat is DNS?;Names to addresses, cached by TTL.;Names to addresses|TTL caching\r\n"
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(file.problems()).isEmpty();
        assertThat(file.entries()).hasSize(1);
        assertThat(file.entries().getFirst().draft().keyPoints()).containsExactly("Names to addresses", "TTL caching");
        assertThat(file.entries().getFirst().draft().answer()).isEqualTo("Names to addresses, cached by TTL.");
    }

    @Test
    void keyPointsInACellMaySitOnLinesOfTheirOwn() {
        assertThat(CsvQuestions.split("First\r\nSecond | Third\n\n")).containsExactly("First", "Second", "Third");
        assertThat(CsvQuestions.split("  ")).isEmpty();
    }

    @Test
    void keyPointsDerivedFromAnAnswerAreItsLinesOrItsSentencesAtMostEight() {
        assertThat(DerivedKeyPoints.from("- One\n- Two\n\n## Heading\n3. Three"))
                .containsExactly("One", "Two", "Three");
        assertThat(DerivedKeyPoints.from("First sentence. Second one! Third?"))
                .containsExactly("First sentence.", "Second one!", "Third?");
        assertThat(DerivedKeyPoints.from("a\nb\nc\nd\ne\nf\ng\nh\ni\nj")).hasSize(8);
        assertThat(DerivedKeyPoints.from("word ".repeat(300)).getFirst()).hasSizeLessThanOrEqualTo(500);
    }

    @Test
    void ankiFieldHtmlBecomesTextWithoutMedia() {
        assertThat(AnkiQuestions.text("<div>One&nbsp;&amp; two</div><div>Three<img src=\"a.png\"></div>[sound:b.mp3]"))
                .isEqualTo("One & two\nThree");
    }

    @Test
    void zipEntryNamesThatLeaveTheArchiveAreRefused() {
        for (String name : new String[] {"../x.md", "a/../../x.md", "/etc/passwd", "C:\\x.md", "a\\..\\x.md", ".."}) {
            assertThatThrownBy(() -> SafeZip.checkName(name)).as(name).hasMessageContaining("path traversal");
        }
        for (String name : new String[] {"a/b.md", "..hidden.md", "a/..b/c.md"}) {
            org.assertj.core.api.Assertions.assertThatCode(() -> SafeZip.checkName(name))
                    .as(name)
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void aFileOverFiveMegabytesIsRefusedBeforeItIsRead() {
        boolean[] read = {false};
        assertThatThrownBy(() -> OwnQuestionImports.read(
                        "big.csv", new byte[OwnQuestionImports.MAX_FILE_BYTES + 1], () -> read[0] = true))
                .isInstanceOf(dev.prepstack.shared.InvalidParameterException.class)
                .hasMessageContaining("must be at most 5 MB");
        assertThat(read[0]).as("not even the rate limit is counted").isFalse();
        assertThat(OwnQuestionImports.read(
                                "ok.csv",
                                "title,answer\r\nA question,An answer.\r\n".getBytes(StandardCharsets.UTF_8),
                                () -> read[0] = true)
                        .entries())
                .hasSize(1);
    }

    @Test
    void aZipOfSmallEntriesThatTogetherExpandPastTwentyMegabytesIsRefusedThere() throws java.io.IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        byte[] zeros = new byte[900 * 1024];
        try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
            for (int i = 0; i < 30; i++) {
                zip.putNextEntry(new java.util.zip.ZipEntry("filler-" + i + ".txt"));
                zip.write(zeros);
                zip.closeEntry();
            }
        }
        assertThat(bytes.size()).as("small on the wire").isLessThan(200_000);

        ParsedFile file = MarkdownQuestions.readZip(bytes.toByteArray());

        assertThat(file.problems())
                .singleElement()
                .asString()
                .contains("the archive expands past 20 MB (a zip bomb?), refused at entry 'filler-22.txt'");
    }

    @Test
    void invalidFrontMatterInASingleFileIsNamedWithTheFile() {
        ParsedFile file = MarkdownQuestions.readFile(
                "notes.md", "---\ntitle: [never closed\n---\nAnswer.\n".getBytes(StandardCharsets.UTF_8));
        assertThat(file.entries()).isEmpty();
        assertThat(file.problems()).singleElement().asString().startsWith("entry 'notes.md': front matter");
    }

    @Test
    void titlesDifferingOnlyInCaseSpacingOrTheClosingQuestionMarkAreOneQuestion() {
        assertThat(OwnQuestions.fingerprint("What is  a B-tree?"))
                .isEqualTo(OwnQuestions.fingerprint("what is a b-tree"));
        assertThat(OwnQuestions.fingerprint("What is a B-tree?"))
                .isNotEqualTo(OwnQuestions.fingerprint("What is a B+tree?"));
    }
}
