// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// Mem-Info lines wrapped by a mail client or a narrow terminal (kernel/wrappedlines.h): the
// page counters of show_free_areas() (4.x-6.x layout), the buddy lines ("Node %d %s: " then
// "%lu*%lukB (%s) " per order and "= %lukB"), the hugepage line of hugetlb_show_meminfo_node()
// ("Node %d hugepages_total=%u hugepages_free=%u hugepages_surp=%u hugepages_size=%lukB").
// A wrapped line is read like the whole one and the notes say lines were re-joined; a line
// the kernel completed is never joined with the next.

#include "reportfiles.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace oom;

namespace {

const QByteArray header =
    "[  112.503101] cc1plus invoked oom-killer: gfp_mask=0x100cca(GFP_HIGHUSER_MOVABLE), "
    "order=0, oom_score_adj=0\n"
    "[  112.503110] CPU: 3 PID: 811 Comm: cc1plus Not tainted 5.15.0-91-generic #101-Ubuntu\n"
    "[  112.503200] Mem-Info:\n";
const QByteArray kill =
    "[  112.503410] Out of memory: Killed process 811 (cc1plus) total-vm:8400000kB, "
    "anon-rss:7600000kB, file-rss:0kB, shmem-rss:0kB, UID:1000 pgtables:15040kB oom_score_adj:0\n";

OomEvent parseOne(const QByteArray &body)
{
    const QList<OomEvent> events = testing::parseText(header + body + kill, u"wrap.log"_s);
    return events.size() == 1 ? events.first() : OomEvent{};
}

const BuddyFreeList *buddyOf(const OomEvent &e, const QString &zone)
{
    for (const BuddyFreeList &list : e.buddy) {
        if (list.zone == zone)
            return &list;
    }
    return nullptr;
}

} // namespace

class TestPastedMemInfo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wrappedCounterLines();
    void wrappedBuddyLines_data();
    void wrappedBuddyLines();
    void wrappedHugepagesLine();
    void wholeLinesAreNotJoined();
};

void TestPastedMemInfo::wrappedCounterLines()
{
    const OomEvent e = parseOne(
        "[  112.503201] active_anon:1900000 inactive_anon:12000\n"
        "isolated_anon:0\n"
        "[  112.503202]  active_file:120 inactive_file:98 isolated_file:0\n"
        "[  112.503205]  mapped:300 shmem:1200 pagetables:15400\n"
        "bounce:0\n"
        "[  112.503207]  free:25000 free_pcp:40\n"
        "free_cma:0\n");
    QCOMPARE(e.meminfo.counter(u"isolated_anon"_s), Pages(0));
    QCOMPARE(e.meminfo.counter(u"inactive_anon"_s), Pages(12000));
    QCOMPARE(e.meminfo.counter(u"bounce"_s), Pages(0));
    QCOMPARE(e.meminfo.counter(u"free_cma"_s), Pages(0));
    QCOMPARE(e.meminfo.counter(u"free"_s), Pages(25000));
    QVERIFY2(e.notes.contains(u"lines-rejoined"_s), qPrintable(e.notes.join(u", ")));
}

void TestPastedMemInfo::wrappedBuddyLines_data()
{
    QTest::addColumn<QByteArray>("lines");
    // Wrapped between two orders, before a migrate type, and before the total.
    QTest::newRow("between orders") << QByteArray(
        "[  112.503211] Node 0 Normal: 3110*4kB (UME) 1020*8kB (UME) 300*16kB (UME) "
        "80*32kB (UM)\n"
        "20*64kB (UM) 2*128kB (M) 0*256kB 0*512kB 0*1024kB 0*2048kB 0*4096kB = "
        "29480kB\n");
    QTest::newRow("before a migrate type") << QByteArray(
        "[  112.503211] Node 0 Normal: 3110*4kB (UME) 1020*8kB (UME) 300*16kB\n"
        "(UME) 80*32kB (UM) 20*64kB (UM) 2*128kB (M) 0*256kB 0*512kB 0*1024kB "
        "0*2048kB 0*4096kB = 29480kB\n");
    QTest::newRow("before the total") << QByteArray(
        "[  112.503211] Node 0 Normal: 3110*4kB (UME) 1020*8kB (UME) 300*16kB (UME) "
        "80*32kB (UM) 20*64kB (UM) 2*128kB (M) 0*256kB 0*512kB 0*1024kB 0*2048kB "
        "0*4096kB\n"
        "= 29480kB\n");
}

void TestPastedMemInfo::wrappedBuddyLines()
{
    QFETCH(QByteArray, lines);
    const OomEvent e = parseOne(lines);
    const BuddyFreeList *normal = buddyOf(e, u"Normal"_s);
    QVERIFY(normal);
    QCOMPARE(normal->orders.size(), 11);
    QCOMPARE(normal->orders.at(2).migrateTypes, u"UME"_s);
    QCOMPARE(normal->totalKb, KiB(29480));
    QCOMPARE(normal->line, (LineSpan{4, 5}));
    QVERIFY2(e.notes.contains(u"lines-rejoined"_s), qPrintable(e.notes.join(u", ")));
}

void TestPastedMemInfo::wrappedHugepagesLine()
{
    const OomEvent e = parseOne(
        "[  112.503300] Node 0 hugepages_total=512 hugepages_free=0\n"
        "hugepages_surp=0 hugepages_size=2048kB\n");
    QCOMPARE(e.hugepages.size(), 1);
    QCOMPARE(e.hugepages.first().total, qint64(512));
    QCOMPARE(e.hugepages.first().sizeKb, KiB(2048));
    QVERIFY(e.notes.contains(u"lines-rejoined"_s));
}

// Lines the kernel ended (a counter line ending with its last key, a buddy line with its
// total) stay as they are; the next line is read on its own.
void TestPastedMemInfo::wholeLinesAreNotJoined()
{
    const OomEvent e = parseOne(
        "[  112.503201] active_anon:1900000 inactive_anon:12000 isolated_anon:0\n"
        "[  112.503202]  active_file:120 inactive_file:98 isolated_file:0\n"
        "[  112.503210] Node 0 DMA32: 1*4kB (U) 2*8kB (UM) 3*16kB (UME) 1*32kB (M) 0*64kB "
        "0*128kB 1*256kB (U) 0*512kB 1*1024kB (M) 0*2048kB 12*4096kB (M) = 50788kB\n"
        "[  112.503300] Node 0 hugepages_total=0 hugepages_free=0 hugepages_surp=0 "
        "hugepages_size=2048kB\n");
    QVERIFY2(!e.notes.contains(u"lines-rejoined"_s), qPrintable(e.notes.join(u", ")));
    QCOMPARE(e.meminfo.counter(u"isolated_file"_s), Pages(0));
    QVERIFY(buddyOf(e, u"DMA32"_s));
    QCOMPARE(buddyOf(e, u"DMA32"_s)->totalKb, KiB(50788));
}

QTEST_GUILESS_MAIN(TestPastedMemInfo)
#include "tst_pastedmeminfo.moc"
