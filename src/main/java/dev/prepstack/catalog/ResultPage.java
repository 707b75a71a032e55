package dev.prepstack.catalog;

import java.util.List;

public record ResultPage<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <T> ResultPage<T> of(List<T> items, int page, int size, long totalItems) {
        return new ResultPage<>(items, page, size, totalItems, (int) ((totalItems + size - 1) / size));
    }
}
