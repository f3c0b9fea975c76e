// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// `journalctl -o export` and `-o json` dumps become syslog-style lines at the entry's
// original line. Fixtures: tests/data/journal/ (see its README for how they were made).
#include "helpers/sourcefixtures.h"
#include "sources/input/journaldump.h"
#include "sources/input/journalentry.h"
#include "sources/input/linereader.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace oom;
using namespace oom::fixtures;

namespace {

using Expected = QList<std::pair<QByteArray, qint64>>;

Expected recorded(const RecordingConsumer &consumer)
{
    Expected lines;
    for (const auto &line : consumer.lines)
        lines.append({line.text, line.number});
    return lines;
}

const QByteArray KillLine =
    "2024-01-02T03:04:05.123456+00:00 node7 kernel: [   78.124000] Out of memory: Killed "
    "process 123 (foo) total-vm:1000kB, anon-rss:500kB, file-rss:0kB, shmem-rss:0kB";
const QByteArray UnitLine =
    "2024-01-02T03:04:05.200000+00:00 node7 systemd[1]: foo.service: A process of this "
    "unit has been killed by the OOM killer.";

} // namespace

Q_DECLARE_METATYPE(Expected)

class tst_JournalDump : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("json");
        QTest::addColumn<Expected>("expected");
        QTest::addColumn<qint64>("malformed");

        // Export: each entry at its MESSAGE field's line.
        QTest::newRow("export")
            << u"oom-kill.export"_s << false
            << Expected{{KillLine, 13},
                        {UnitLine, 30},
                        {"2024-01-02T03:04:05.300000+00:00 node7 backup.sh[4242]: no identifier: "
                         "the command name stands in",
                         39}}
            << qint64(0);
        // JSON: each entry at its object's line; a multi-line MESSAGE continues indented; a
        // byte-array MESSAGE is taken as bytes; a null MESSAGE (too large) is skipped.
        QTest::newRow("json")
            << u"oom-kill.json"_s << true
            << Expected{{KillLine, 1},
                        {UnitLine, 2},
                        {"2024-01-02T03:04:05.300000+00:00 node7 backup[4242]: first line", 3},
                        {"    second line", 3},
                        {"2024-01-02T03:04:05.400000+00:00 node7 backup[4242]: bin\xff data", 4}}
            << qint64(1);
    }

    void fixtures()
    {
        QFETCH(QString, file);
        QFETCH(bool, json);
        QFETCH(Expected, expected);
        QFETCH(qint64, malformed);
        MemoryStream stream(readFile(QStringLiteral(OOMLENS_TEST_DATA_DIR "/journal/") + file), 97);
        LineReader reader(stream);
        RecordingConsumer consumer;
        const JournalDumpStats stats =
            json ? feedJournalJson(reader, consumer) : feedJournalExport(reader, consumer);
        QCOMPARE(recorded(consumer), expected);
        QCOMPARE(stats.malformed, malformed);
    }

    void exportBinaryField()
    {
        // MESSAGE with a newline and an invalid byte is exported in binary form; the line
        // count runs on through its bytes, so the next entry's MESSAGE line is exact.
        const QByteArray payload("first\n\xfesecond");
        QByteArray size(8, '\0');
        for (int i = 0; i < 8; ++i)
            size[i] = char((quint64(payload.size()) >> (8 * i)) & 0xff);
        const QByteArray dump = QByteArray("__CURSOR=a\n__REALTIME_TIMESTAMP=1704164645000000\n_HOSTNAME=h\n"
                                           "SYSLOG_IDENTIFIER=app\nMESSAGE\n")
            + size + payload + "\n_PID=7\n\n__CURSOR=b\n__REALTIME_TIMESTAMP=1704164646000000\n_HOSTNAME=h\n"
                               "SYSLOG_IDENTIFIER=app\nMESSAGE=after\n";
        MemoryStream stream(dump, 3);
        LineReader reader(stream);
        RecordingConsumer consumer;
        const JournalDumpStats stats = feedJournalExport(reader, consumer);
        QCOMPARE(stats.entries, 2);
        QCOMPARE(stats.malformed, 0);
        // Lines: 1 __CURSOR, 2 __REALTIME, 3 _HOSTNAME, 4 SYSLOG_IDENTIFIER, 5 MESSAGE, 6 the
        // payload's first line, 7 its second line, 8 _PID, 9 empty, 10..13 entry 2, 14 MESSAGE.
        QCOMPARE(recorded(consumer),
                 (Expected{{"2024-01-02T03:04:05.000000+00:00 h app[7]: first", 5},
                           {"    \xfesecond", 5},
                           {"2024-01-02T03:04:06.000000+00:00 h app: after", 14}}));
    }

    void jsonPretty()
    {
        const QByteArray dump =
            "{\n\t\"__REALTIME_TIMESTAMP\" : \"1704164645000000\",\n\t\"_HOSTNAME\" : \"h\",\n"
            "\t\"SYSLOG_IDENTIFIER\" : \"earlyoom\",\n\t\"_PID\" : \"88\",\n"
            "\t\"MESSAGE\" : \"sending SIGTERM to process 123 \\\"foo\\\": badness 900\"\n}\n"
            "{\n\t\"__REALTIME_TIMESTAMP\" : \"1704164646000000\",\n\t\"_HOSTNAME\" : \"h\",\n"
            "\t\"MESSAGE\" : \"{ brace } in [ text\"\n}\n";
        MemoryStream stream(dump);
        LineReader reader(stream);
        RecordingConsumer consumer;
        const JournalDumpStats stats = feedJournalJson(reader, consumer);
        QCOMPARE(stats.entries, 2);
        QCOMPARE(
            recorded(consumer),
            (Expected{{"2024-01-02T03:04:05.000000+00:00 h earlyoom[88]: sending SIGTERM to "
                       "process 123 \"foo\": badness 900",
                       1},
                      {"2024-01-02T03:04:06.000000+00:00 h unknown: { brace } in [ text", 8}}));
    }

    void garbageDoesNotStopTheRest()
    {
        const QByteArray dump =
            "{\"MESSAGE\":\"one\",\"__REALTIME_TIMESTAMP\":\"1704164645000000\",\"_HOSTNAME\":"
            "\"h\"}\n"
            "{\"MESSAGE\": broken\n"
            "{\"MESSAGE\":\"three\",\"__REALTIME_TIMESTAMP\":\"1704164645000000\",\"_HOSTNAME\":"
            "\"h\"}\n";
        MemoryStream stream(dump);
        LineReader reader(stream);
        RecordingConsumer consumer;
        const JournalDumpStats stats = feedJournalJson(reader, consumer);
        // One object a line: the damaged line is counted and skipped, alone.
        QCOMPARE(stats.entries, 2);
        QCOMPARE(stats.malformed, 1);
        QCOMPARE(consumer.lines.size(), 2);
        QCOMPARE(consumer.lines.last().number, 3);
    }
};

QTEST_GUILESS_MAIN(tst_JournalDump)
#include "tst_journaldump.moc"
