// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// /dev/kmsg records: the header, the escaped text and the dictionary of one read(), and
// how KmsgLineAssembler turns a reader's records into the engine's lines (continuation
// fragments joined, lost records marked). The record layout is the kernel's
// (Documentation/ABI/testing/dev-kmsg); the 'c'/'+' fragments are what 3.5-4.x print for
// pr_cont(), and "caller=" what 5.1+ adds with CONFIG_PRINTK_CALLER.

#include "sources/follow/kmsgrecord.h"
#include "sources/input/linesink.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace oom;

namespace {

// What the assembler handed on: lines with their numbers, and "<gap>" for each gap.
class Recorder : public LineSink
{
public:
    void addLine(QByteArrayView line, qint64 lineNumber) override
    {
        lines.append(line.toByteArray());
        numbers.append(lineNumber);
    }
    void addGap() override { lines.append("<gap>"); }

    QList<QByteArray> lines;
    QList<qint64> numbers;
};

KmsgRecord record(const QByteArray &bytes)
{
    const auto parsed = parseKmsgRecord(bytes);
    if (!parsed)
        qFatal("not a record: %s", bytes.constData());
    return *parsed;
}

} // namespace

class TestKmsgRecord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void rejects_data();
    void rejects();
    void decodesEscapes();
    void joinsContinuations();
    void numbersLinesAcrossBursts();
    void marksLostRecords();
};

void TestKmsgRecord::parse_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("facility");
    QTest::addColumn<int>("level");
    QTest::addColumn<quint64>("sequence");
    QTest::addColumn<qint64>("usec");
    QTest::addColumn<int>("continuation");
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("dictionary");

    const int none = int(KmsgRecord::Continuation::None);
    QTest::newRow("kill-line")
        << QByteArray("3,438,5291779182,-;Memory cgroup out of memory: Killed process 5683\n") << 0
        << 3 << quint64(438) << qint64(5291779182) << none
        << QByteArray("3,438,5291779182,-;Memory cgroup out of memory: Killed process 5683")
        << QByteArray("Memory cgroup out of memory: Killed process 5683") << QByteArray();
    // A driver's message: its dictionary follows, one " KEY=value" per line.
    const QByteArray withDictionary =
        "6,1807,3513741,-;e1000e 0000:00:1f.6 eth0: NIC Link is Up\n"
        " SUBSYSTEM=pci\n DEVICE=+pci:0000:00:1f.6\n";
    QTest::newRow("dictionary") << withDictionary << 0 << 6 << quint64(1807) << qint64(3513741)
                                << none << withDictionary.first(withDictionary.indexOf('\n'))
                                << QByteArray("e1000e 0000:00:1f.6 eth0: NIC Link is Up")
                                << QByteArray(" SUBSYSTEM=pci\n DEVICE=+pci:0000:00:1f.6");
    // Facility 1 (user) from a `logger -k`-style write to /dev/kmsg.
    QTest::newRow("user-facility")
        << QByteArray("14,5,100,-;hello\n") << 1 << 6 << quint64(5) << qint64(100) << none
        << QByteArray("14,5,100,-;hello") << QByteArray("hello") << QByteArray();
    QTest::newRow("caller-field")
        << QByteArray("4,77,1000,-,caller=T123;oom_reaper: reaped process 1\n") << 0 << 4
        << quint64(77) << qint64(1000) << none
        << QByteArray("4,77,1000,-,caller=T123;oom_reaper: reaped process 1")
        << QByteArray("oom_reaper: reaped process 1") << QByteArray();
    QTest::newRow("continuation-begins")
        << QByteArray("6,9,10,c;Node 0 DMA: ") << 0 << 6 << quint64(9) << qint64(10)
        << int(KmsgRecord::Continuation::Begins) << QByteArray("6,9,10,c;Node 0 DMA: ")
        << QByteArray("Node 0 DMA: ") << QByteArray();
    QTest::newRow("continuation-continues")
        << QByteArray("6,10,11,+;1*4kB (U) \n") << 0 << 6 << quint64(10) << qint64(11)
        << int(KmsgRecord::Continuation::Continues) << QByteArray("6,10,11,+;1*4kB (U) ")
        << QByteArray("1*4kB (U) ") << QByteArray();
    QTest::newRow("empty-text") << QByteArray("6,1,2,-;\n") << 0 << 6 << quint64(1) << qint64(2)
                                << none << QByteArray("6,1,2,-;") << QByteArray() << QByteArray();
    // The text keeps its escapes: the engine decodes them (see decodesEscapes).
    QTest::newRow("escaped-newline")
        << QByteArray("4,20,30,-;anon 1\\x0afile 2\n") << 0 << 4 << quint64(20) << qint64(30)
        << none << QByteArray("4,20,30,-;anon 1\\x0afile 2") << QByteArray("anon 1\\x0afile 2")
        << QByteArray();
}

void TestKmsgRecord::parse()
{
    QFETCH(QByteArray, bytes);
    const auto parsed = parseKmsgRecord(bytes);
    QVERIFY(parsed);
    QTEST(parsed->facility, "facility");
    QTEST(parsed->level, "level");
    QTEST(parsed->sequence, "sequence");
    QTEST(parsed->timestampUsec, "usec");
    QTEST(int(parsed->continuation), "continuation");
    QTEST(parsed->line.toByteArray(), "line");
    QTEST(parsed->text.toByteArray(), "text");
    QTEST(parsed->dictionary.toByteArray(), "dictionary");
}

void TestKmsgRecord::rejects_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("plain-text") << QByteArray("hello world\n");
    QTest::newRow("dmesg-line") << QByteArray("[  123.456789] Out of memory\n");
    QTest::newRow("two-fields") << QByteArray("6,12;x\n");
    QTest::newRow("unknown-flag") << QByteArray("6,1,2,x;text\n");
    QTest::newRow("no-semicolon") << QByteArray("6,1,2,-\n");
    QTest::newRow("semicolon-after-newline") << QByteArray("6,1,2,-\n;text\n");
    QTest::newRow("letters") << QByteArray("a,1,2,-;text\n");
    QTest::newRow("empty") << QByteArray();
}

void TestKmsgRecord::rejects()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(!parseKmsgRecord(bytes));
}

void TestKmsgRecord::decodesEscapes()
{
    QCOMPARE(decodeKmsgText("anon 1\\x0afile 2"), QByteArray("anon 1\nfile 2"));
    QCOMPARE(decodeKmsgText("back\\x5cslash tab\\x09end"), QByteArray("back\\slash tab\tend"));
    QCOMPARE(decodeKmsgText("no escapes"), QByteArray("no escapes"));
    QCOMPARE(decodeKmsgText("not \\xzz an escape"), QByteArray("not \\xzz an escape"));
}

void TestKmsgRecord::joinsContinuations()
{
    Recorder sink;
    KmsgLineAssembler assembler;
    assembler.add(record("6,9,10,c;Node 0 DMA: "), sink);
    assembler.add(record("6,10,11,+;1*4kB (U) "), sink);
    assembler.add(record("6,11,12,+;= 4kB\n"), sink);
    QVERIFY(sink.lines.isEmpty()); // a '+' may still follow
    assembler.add(record("6,12,13,-;Node 0 Normal: 0*4kB\n"), sink);
    assembler.flush(sink);
    QCOMPARE(sink.lines,
             (QList<QByteArray>{"6,9,10,c;Node 0 DMA: 1*4kB (U) = 4kB",
                                "6,12,13,-;Node 0 Normal: 0*4kB"}));
    QCOMPARE(sink.numbers, (QList<qint64>{1, 2}));
}

void TestKmsgRecord::numbersLinesAcrossBursts()
{
    Recorder sink;
    KmsgLineAssembler assembler;
    assembler.add(record("6,1,1,-;first\n"), sink);
    assembler.flush(sink); // a burst ends: the line goes out at once
    QCOMPARE(sink.lines, QList<QByteArray>{"6,1,1,-;first"});
    assembler.flush(sink); // nothing pending: nothing happens
    assembler.add(record("6,2,2,-;second\n"), sink);
    assembler.flush(sink);
    QCOMPARE(sink.numbers, (QList<qint64>{1, 2}));
    QCOMPARE(assembler.linesFed(), 2);
    QCOMPARE(assembler.recordsLost(), 0u);
}

void TestKmsgRecord::marksLostRecords()
{
    Recorder sink;
    KmsgLineAssembler assembler;
    assembler.add(record("6,10,1,-;before\n"), sink);
    // read() said EPIPE; the next record it returns is the oldest one left (seq 15).
    assembler.overrun();
    assembler.add(record("6,15,2,-;after\n"), sink);
    // A jump without EPIPE is a loss too; consecutive numbers are not.
    assembler.add(record("6,20,3,-;later\n"), sink);
    assembler.add(record("6,21,4,-;next\n"), sink);
    assembler.flush(sink);
    QCOMPARE(sink.lines,
             (QList<QByteArray>{"6,10,1,-;before", "<gap>", "6,15,2,-;after", "<gap>",
                                "6,20,3,-;later", "6,21,4,-;next"}));
    QCOMPARE(assembler.recordsLost(), 4u + 4u);
    // A '+' after a gap does not join what came before the gap.
    assembler.overrun();
    assembler.add(record("6,30,5,+;fragment\n"), sink);
    assembler.flush(sink);
    QCOMPARE(sink.lines.last(), QByteArray("6,30,5,+;fragment"));
}

QTEST_GUILESS_MAIN(TestKmsgRecord)
#include "tst_kmsgrecord.moc"
