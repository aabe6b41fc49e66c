-- The last entry of the controller's write-ahead journal that the database holds (written in the
-- same transaction as the entry's rows); a start replays the entries after it. 0: none yet.
CREATE TABLE journal_position (
    id INT PRIMARY KEY,
    applied_sequence BIGINT NOT NULL
);
INSERT INTO journal_position (id, applied_sequence) VALUES (1, 0);
