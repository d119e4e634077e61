-- The lines DIVERSION-VOLUME counted in each run's customer history, written with their chunk,
-- so that a restarted run resumes with exactly the history it had (H2 MODE=MySQL and MySQL/MariaDB).
CREATE TABLE customer_history_line (
    run_id          BIGINT         NOT NULL,
    transaction_id  VARCHAR(64)    NOT NULL,
    customer_key    VARCHAR(600)   NOT NULL,
    line_value      DECIMAL(24, 4) NOT NULL,
    quantity        BIGINT         NOT NULL,
    PRIMARY KEY (run_id, transaction_id)
) DEFAULT CHARSET = utf8mb4;
