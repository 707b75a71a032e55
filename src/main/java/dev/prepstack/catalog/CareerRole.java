package dev.prepstack.catalog;

import java.util.List;

public record CareerRole(
        String slug,
        String name,
        String summary,
        String descriptionHtml,
        List<String> responsibilities,
        List<String> topics) {}
