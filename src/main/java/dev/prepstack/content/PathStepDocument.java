package dev.prepstack.content;

import java.util.List;

public record PathStepDocument(
        String slug, String title, String summary, String descriptionHtml, List<String> topics) {}
