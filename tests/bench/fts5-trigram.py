#!/usr/bin/python3
"""SQLite FTS5 with the trigram tokenizer as the search behind the search field,
measured on a planner database: the index built from the same texts the planner
searches (SearchTextQuery), then every keystroke of the queries bench_interaction
types, each answered as the filter needs it (the keys of the matching sessions).

    tests/bench/fts5-trigram.py --database PATH --conference KEY [--rounds N]

Run with Debian's /usr/bin/python3: its sqlite3 module uses the system's SQLite,
the one Qt's SQLite driver loads. Prints RESULT lines like the other benchmarks.
A word of fewer than three characters cannot use a trigram index: SQLite answers
it by reading every row (LIKE), which is what such a keystroke would cost. Each
answer is checked against a plain substring search of the same texts (instr() over
an ordinary table) and the keystrokes where the two differ are counted.
"""

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time

QUERIES = ["quantum kernel", "量子網路", "chen"]

TEXTS = """
SELECT s.key, s.code || char(10) || s.title_zh || char(10) || s.title_en || char(10)
    || s.overview_zh || char(10) || s.overview_en || char(10) || s.description_zh
    || char(10) || s.description_en || char(10) || s.room || char(10) || s.subtitle_zh
    || char(10) || s.subtitle_en || char(10) || s.speakers || char(10) || coalesce(n.text, '')
FROM session s JOIN conference c ON c.id = s.conference_id
LEFT JOIN note n ON n.conference_key = c.key AND n.session_key = s.key
WHERE c.key = ? AND s.removed = 0
"""


def keystrokes(query):
    """Every state of the field as the query is typed, then erased."""
    typed = [query[:n] for n in range(1, len(query) + 1)]
    return typed + typed[-2::-1]


def statement(text):
    """The SQL and its parameters for the words of `text`, every word required."""
    words = text.split()
    clauses = []
    parameters = []
    for word in words:
        if len(word) >= 3:
            clauses.append("texts MATCH ?")
            parameters.append('"' + word.replace('"', '""') + '"')
        else:
            # Too short for a trigram: FTS5 reads every row's text.
            clauses.append("content LIKE ?")
            parameters.append("%" + word + "%")
    return "SELECT key FROM texts WHERE " + " AND ".join(clauses), parameters


def reference(text):
    """The same words as plain substrings, every row read."""
    words = text.split()
    sql = "SELECT key FROM plain WHERE " + " AND ".join(
        "instr(lower(content), lower(?)) > 0" for _ in words)
    return sql, words


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--database", required=True)
    parser.add_argument("--conference", required=True)
    parser.add_argument("--rounds", type=int, default=5)
    arguments = parser.parse_args()

    print(f"SQLite {sqlite3.sqlite_version}", file=sys.stderr)
    source = sqlite3.connect(f"file:{arguments.database}?mode=ro", uri=True)
    rows = source.execute(TEXTS, (arguments.conference,)).fetchall()
    source.close()
    if not rows:
        sys.exit(f"{arguments.database}: no session of {arguments.conference}")
    text_bytes = sum(len(content.encode()) for _, content in rows)

    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "fts5.sqlite")
        index = sqlite3.connect(path)
        index.execute("PRAGMA journal_mode=WAL")
        index.execute(
            "CREATE VIRTUAL TABLE texts USING fts5(key UNINDEXED, content,"
            " tokenize='trigram')")
        start = time.perf_counter()
        with index:
            index.executemany("INSERT INTO texts(key, content) VALUES (?, ?)", rows)
        built = (time.perf_counter() - start) * 1000
        with index:
            index.execute("CREATE TABLE plain(key TEXT, content TEXT)")
            index.executemany("INSERT INTO plain(key, content) VALUES (?, ?)", rows)
        index.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = os.path.getsize(path)
        print(f"RESULT fts5_sessions {len(rows)} sessions")
        print(f"RESULT fts5_text {text_bytes / 1e6:.1f} MB")
        print(f"RESULT fts5_build {built:.1f} ms")
        print(f"RESULT fts5_file {size / 1e6:.1f} MB")

        medians = []
        wrong = 0
        for query in QUERIES:
            for text in keystrokes(query):
                sql, parameters = statement(text)
                times = []
                found = 0
                for _ in range(arguments.rounds):
                    start = time.perf_counter()
                    found = len(index.execute(sql, parameters).fetchall())
                    times.append((time.perf_counter() - start) * 1000)
                median = statistics.median(times)
                medians.append(median)
                sql, parameters = reference(text)
                expected = len(index.execute(sql, parameters).fetchall())
                verdict = "" if found == expected else f", a substring search finds {expected}"
                wrong += found != expected
                print(f"RESULT fts5_keystroke[{text}] {median:.2f} ms ({found} sessions{verdict})")
        index.close()
    print(f"RESULT fts5_keystroke_median {statistics.median(medians):.2f} ms")
    print(f"RESULT fts5_keystroke_max {max(medians):.2f} ms")
    print(f"RESULT fts5_keystrokes_over_16 {sum(t > 16 for t in medians)} of {len(medians)}")
    print(f"RESULT fts5_keystrokes_wrong {wrong} of {len(medians)}")


if __name__ == "__main__":
    main()
