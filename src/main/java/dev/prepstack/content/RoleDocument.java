package dev.prepstack.content;

import java.util.List;

public record RoleDocument(
        String slug,
        String name,
        String summary,
        String descriptionHtml,
        List<String> responsibilities,
        List<String> topics) {}
