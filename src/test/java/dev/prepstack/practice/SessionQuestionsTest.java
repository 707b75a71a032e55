package dev.prepstack.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class SessionQuestionsTest {

    final SessionQuestions questions = new SessionQuestions(JsonMapper.builder().build());

    @Test
    void slugsAreStoredAsAJsonArrayAndReadBack() {
        String stored = questions.write(List.of("cap-theorem", "acid"));

        assertThat(stored).isEqualTo("[\"cap-theorem\",\"acid\"]");
        assertThat(questions.read(stored)).containsExactly("cap-theorem", "acid");
        assertThat(questions.read(questions.write(List.of()))).isEmpty();
    }

    @Test
    void rowsAndBackupsFromBeforeJsonStillRead() {
        assertThat(questions.read("cap-theorem\nacid")).containsExactly("cap-theorem", "acid");
        assertThat(questions.read("")).isEmpty();
    }
}
