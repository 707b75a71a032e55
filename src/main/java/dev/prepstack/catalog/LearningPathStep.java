package dev.prepstack.catalog;

import java.util.List;

public record LearningPathStep(
        int number, String slug, String title, String summary, String descriptionHtml, List<String> topics) {}
