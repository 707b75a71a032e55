-- ShedLock: which node runs a scheduled job, and until when, so each job runs once per cluster.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
CREATE INDEX audit_event_occurred ON audit_event (occurred_at);
