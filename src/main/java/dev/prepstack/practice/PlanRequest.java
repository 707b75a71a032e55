package dev.prepstack.practice;

import java.time.LocalDate;
import java.util.List;

/**
 * An interview to plan for, as a person enters it (API body or page form); validated by {@link
 * InterviewPlans}. Scope: {@code role} with {@code seniority} (fresher, intermediate, experienced:
 * levels up to it), or {@code topics} with optional {@code levels}.
 *
 * @param target retrievability aimed for on the day; null: 0.90
 */
public record PlanRequest(
        String title,
        LocalDate interviewOn,
        String role,
        String seniority,
        List<String> topics,
        List<String> levels,
        Integer minutesPerDay,
        Double target) {}
