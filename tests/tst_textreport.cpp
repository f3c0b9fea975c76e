// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
// The text and Markdown summaries: causes first, one "what happened" sentence with the
// incident's own numbers, human-readable sizes, inputs and errors at the end.
#include "helpers/reportfixtures.h"
#include "report/markdownreport.h"
#include "report/reportformat.h"
#include "report/textreport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace oom;

class TestTextReport : public QObject
{
    Q_OBJECT

private:
    static ReportContext context()
    {
        ReportContext c;
        c.generator = u"oomlens-cli 0.1.0"_s;
        c.inputs = {{u"/var/log/kern.log"_s, u"text"_s, {}, 123456, 400, 1}};
        c.errors = {{u"/nope"_s, u"No such file or directory"_s}};
        return c;
    }

private Q_SLOTS:
    void sizes_data()
    {
        QTest::addColumn<qint64>("kb");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << u"0 KiB"_s;
        QTest::newRow("kib") << qint64(1023) << u"1023 KiB"_s;
        QTest::newRow("one-mib") << qint64(1024) << u"1.0 MiB"_s;
        QTest::newRow("victim-anon") << qint64(65024) << u"63.5 MiB"_s;
        QTest::newRow("gib") << qint64(25891448) << u"24.7 GiB"_s;
        QTest::newRow("tib") << qint64(2) * 1024 * 1024 * 1024 << u"2.0 TiB"_s;
    }

    void sizes()
    {
        QFETCH(qint64, kb);
        QFETCH(QString, text);
        QCOMPARE(ReportFormat::size(kb), text);
    }

    void unknownSizesSayUnknown()
    {
        QCOMPARE(ReportFormat::size(std::optional<qint64>()), u"unknown"_s);
        QCOMPARE(ReportFormat::pages(12, std::nullopt), u"12 pages"_s);
        QCOMPARE(ReportFormat::pages(256, 4), u"1.0 MiB"_s);
    }

    void whatHappenedForAMemcgOom()
    {
        QCOMPARE(ReportFormat::whatHappened(fixtures::fullMemcgEvent()),
                 u"Memory cgroup OOM in /kubepods/burstable/pod1: killed python3 (pid 18746, "
                 "anon 63.5 MiB) — limit 64.0 MiB reached, failcnt 12"_s);
    }

    void whatHappened_data()
    {
        QTest::addColumn<int>("scenario");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("global-no-swap") << 0 << u"System-wide OOM: killed apache2 (pid 5928) — swap: no swap configured"_s;
        QTest::newRow("header-suppressed") << 1 << u"OOM kill (report suppressed): killed java (pid 7)"_s;
        QTest::newRow("no-killable") << 2 << u"System-wide OOM: no killable process was found"_s;
        QTest::newRow("oomd") << 3 << u"systemd-oomd killed /user.slice/app.scope — memory pressure 72.5% above the limit 60.0% for 20s"_s;
        QTest::newRow("alloc-failure") << 4 << u"clinfo could not allocate an order-9 block (0x194dc2); the kernel did not kill anything for it"_s;
    }

    void whatHappened()
    {
        QFETCH(int, scenario);
        QFETCH(QString, sentence);
        OomEvent e;
        Victim v;
        switch (scenario) {
        case 0:
            e.constraint = u"CONSTRAINT_NONE"_s;
            v.pid = 5928;
            v.comm = u"apache2"_s;
            e.victims = {v};
            e.swap.totalKb = 0;
            e.swap.freeKb = 0;
            break;
        case 1:
            e.headerSuppressed = true;
            v.pid = 7;
            v.comm = u"java"_s;
            e.victims = {v};
            break;
        case 2:
            e.noKillableTask = true;
            break;
        case 3:
            e.kind = EventKind::UserspaceKill;
            e.killer = Killer::SystemdOomd;
            e.userspace.pressurePercent = 72.5;
            e.userspace.limitPercent = 60;
            e.userspace.duration = u"20s"_s;
            v.cgroup = u"/user.slice/app.scope"_s;
            e.victims = {v};
            break;
        case 4:
            e.kind = EventKind::AllocFailure;
            e.trigger.comm = u"clinfo"_s;
            e.trigger.order = 9;
            e.trigger.gfpMask = u"0x194dc2"_s;
            break;
        }
        QCOMPARE(ReportFormat::whatHappened(e), sentence);
    }

    void textPutsCausesFirstAndInputsLast()
    {
        const QString text = TextReport::render({fixtures::fullMemcgEvent()}, context());
        const qsizetype causes = text.indexOf(u"Causes:"_s);
        const qsizetype what = text.indexOf(u"What happened: Memory cgroup OOM"_s);
        const qsizetype trigger = text.indexOf(u"Trigger: python3 (pid 18746)"_s);
        const qsizetype inputs = text.indexOf(u"Inputs:\n  /var/log/kern.log (text, 120 KiB, 400 lines, 1 event)"_s);
        const qsizetype errors = text.indexOf(u"Errors:\n  /nope: No such file or directory"_s);
        QVERIFY(causes > 0);
        QVERIFY(what > causes);
        QVERIFY(trigger > what);
        QVERIFY(inputs > trigger);
        QVERIFY(errors > inputs);
        QVERIFY(text.contains(u"[critical] memcg-limit: "_s));
        QVERIFY(text.contains(u"evidence: lines 119, 150; fix: limits wizard"_s));
        QVERIFY(text.contains(u"Constraint: CONSTRAINT_MEMCG"_s));
        QVERIFY(text.contains(u"memory: usage 64.0 MiB, limit 64.0 MiB, failcnt 12"_s));
        QVERIFY(text.contains(u"swap: usage 0 KiB, limit unlimited, failcnt 0"_s));
        QVERIFY(text.contains(u"Node 0 Normal: free 20.0 MiB < min 30.0 MiB"_s));
        QVERIFY(text.contains(u"Largest tasks by rss (5 of 7):"_s));
        QVERIFY(text.contains(u"kill of python3 line 150"_s));
        // The five largest by rss, largest first: the sixth and seventh are left out.
        QVERIFY(text.indexOf(u"worker-5"_s) < text.indexOf(u"worker-2"_s));
        QVERIFY(!text.contains(u"worker-1"_s));
        QVERIFY(!text.contains(u"\x1b["_s)); // no colours in a string
    }

    void textWithoutEvents()
    {
        const QString text = TextReport::render({}, {});
        QCOMPARE(text, u"No OOM incidents found.\n"_s);
    }

    void markdownHasHeadingsAndTables()
    {
        OomEvent event = fixtures::fullMemcgEvent();
        event.victims.first().comm = u"a|b*c"_s;
        const QString md = MarkdownReport::render({event}, context());
        QVERIFY(md.startsWith(u"# OOM Lens report\n"_s));
        QVERIFY(md.contains(u"\n## Incident 1: Memory cgroup OOM\n"_s));
        QVERIFY(md.indexOf(u"### Causes"_s) < md.indexOf(u"**What happened:**"_s));
        QVERIFY(md.contains(u"| pid | process | uid | cgroup |"_s));
        QVERIFY(md.contains(u"| 18746 | a\\|b\\*c | 1000 |"_s));
        QVERIFY(md.contains(u"| memory | 64.0 MiB | 64.0 MiB | 12 | line 119 |"_s));
        QVERIFY(md.contains(u"| Node 0 Normal | 20.0 MiB | 30.0 MiB |"_s));
        QVERIFY(md.contains(u"**below min**"_s));
        QVERIFY(md.contains(u"## Inputs"_s));
        QVERIFY(md.contains(u"## Errors\n\n- `/nope`: No such file or directory\n"_s));
        QVERIFY(md.endsWith(u"\n"_s) && !md.endsWith(u"\n\n"_s));
    }

    void markdownEscape()
    {
        QCOMPARE(MarkdownReport::escape(u"a_b|c\nd"_s), u"a\\_b\\|c d"_s);
    }
};

QTEST_GUILESS_MAIN(TestTextReport)
#include "tst_textreport.moc"
