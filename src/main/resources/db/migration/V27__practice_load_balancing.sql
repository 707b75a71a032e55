-- Optional load balancing of due dates within FSRS's fuzz range (LoadBalancer); off by default, so
-- scheduling stays exactly FSRS-6's unless the person turns it on.
ALTER TABLE practice_setting ADD COLUMN load_balancing BOOLEAN DEFAULT FALSE NOT NULL;
