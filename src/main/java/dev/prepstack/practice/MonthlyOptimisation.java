package dev.prepstack.practice;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a month, once per cluster (ShedLock), refits the parameters of everyone with enough reviews
 * on the optimiser's bounded pool; fits are adopted only when they predict better, as on request.
 */
@Component
class MonthlyOptimisation {

    private static final Logger log = LoggerFactory.getLogger(MonthlyOptimisation.class);

    private final MemoryModel memoryModel;

    MonthlyOptimisation(MemoryModel memoryModel) {
        this.memoryModel = memoryModel;
    }

    // Early on the 2nd of each month, away from the nightly housekeeping at 03:17.
    @Scheduled(cron = "${prepstack.practice.optimise-cron:0 40 4 2 * *}")
    @SchedulerLock(name = "monthly-fsrs-optimisation", lockAtMostFor = "PT12H", lockAtLeastFor = "PT5M")
    void run() {
        int done = memoryModel.optimiseEveryoneDue();
        if (done > 0) {
            log.info("Monthly FSRS optimisation ran for {} account(s)", done);
        }
    }
}
