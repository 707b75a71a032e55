package dev.prepstack.shared;

/** The API's paging rule, the same for every list: pages count from 0 and hold 1 to 100 items. */
public final class Paging {

    public static final int MAX_PAGE_SIZE = 100;

    private Paging() {}

    /** Refuses a page below 0 or a size outside 1 to {@link #MAX_PAGE_SIZE}, naming the parameter. */
    public static void check(int page, int size) {
        if (page < 0) {
            throw new InvalidParameterException("page", "must be 0 or more (pages count from 0)");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidParameterException("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
    }
}
