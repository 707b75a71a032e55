package dev.prepstack.catalog;

/** How many live technical and scenario questions a topic has at each level. */
public record QuestionCounts(int fresher, int intermediate, int experienced) {

    public static final QuestionCounts NONE = new QuestionCounts(0, 0, 0);

    public int total() {
        return fresher + intermediate + experienced;
    }
}
