-- A partitioned night's plan (io.shipscreen.scale): which source rows each partition screens, as a
-- bit set over the rows' ordinals in source order. Kept for the run, so that a restarted night, or a
-- worker that picks up a partition another worker left, screens exactly the same rows.
CREATE TABLE screening_partition_plan (
    run_id        BIGINT   NOT NULL,
    partition_no  INT      NOT NULL,
    row_count     BIGINT   NOT NULL,
    row_bits      LONGBLOB NOT NULL,
    PRIMARY KEY (run_id, partition_no)
);
