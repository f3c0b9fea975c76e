// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// Fragmentation indices, the watermark check and the memory breakdown on constructed zones
// whose answers are known (docs/kernel-formats.md §3.10-§3.11 worked examples), and on real
// reports of the corpus for the breakdown's sum.

#include "core/analysis/fragmentation.h"
#include "core/analysis/memorybreakdown.h"
#include "core/analysis/watermarkcheck.h"
#include "reportfiles.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace oom;

namespace {

ZoneState zone(int node, const QString &name, qint64 freeKb, qint64 minKb, QList<qint64> reserve)
{
    ZoneState z;
    z.node = node;
    z.name = name;
    z.fieldsKb = {{u"free"_s, freeKb},
                  {u"min"_s, minKb},
                  {u"low"_s, minKb * 5 / 4},
                  {u"high"_s, minKb * 3 / 2}};
    for (const qint64 pages : reserve)
        z.lowmemReserve.append(Pages(pages));
    return z;
}

BuddyFreeList buddy(int node, const QString &name, const QList<qint64> &counts)
{
    BuddyFreeList list;
    list.node = node;
    list.zone = name;
    for (qsizetype o = 0; o < counts.size(); ++o)
        list.orders.append(BuddyOrder{counts.at(o), blockSize(KiB(4), int(o)), {}});
    return list;
}

} // namespace

class TestZoneAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fragmentationIndices_data();
    void fragmentationIndices();
    void traits_data();
    void traits();
    void zoneOrder();
    void watermark_data();
    void watermark();
    void breakdownSums_data();
    void breakdownSums();
};

void TestZoneAnalysis::fragmentationIndices_data()
{
    QTest::addColumn<QList<qint64>>("counts");
    QTest::addColumn<int>("order");
    QTest::addColumn<qint64>("freePages");
    QTest::addColumn<int>("unusable");
    QTest::addColumn<int>("fragmentation");
    const QList<qint64> normal{6676, 2120, 595, 188, 50, 1, 0, 0, 0, 0, 0};
    // docs/kernel-formats.md §3.11: 15632 free pages in 9630 blocks, nothing of order 9.
    QTest::newRow("worked example, order 9") << normal << 9 << qint64(15632) << 1000 << 997;
    QTest::newRow("order 0 always succeeds") << normal << 0 << qint64(15632) << 0 << -1000;
    // order 3: suitable = 188 + 50*2 + 1*4 = 292 blocks = 2336 pages usable of 15632
    QTest::newRow("order 3") << normal << 3 << qint64(15632) << (15632 - 2336) * 1000 / 15632
                             << -1000;
    QTest::newRow("nothing free") << QList<qint64>{0, 0, 0} << 1 << qint64(0) << 1000 << 0;
    // 1000 pages in order-0 blocks only, order 2: 1000 - (1000 + 1000*1000/4)/1000 = 749
    QTest::newRow("all order 0, order 2")
        << QList<qint64>{1000, 0, 0} << 2 << qint64(1000) << 1000 << 749;
}

void TestZoneAnalysis::fragmentationIndices()
{
    QFETCH(QList<qint64>, counts);
    QFETCH(int, order);
    const fragmentation::FreeBlocks blocks{counts};
    QTEST(fragmentation::freePages(blocks), "freePages");
    QTEST(fragmentation::unusableIndex(blocks, order), "unusable");
    QTEST(fragmentation::fragmentationIndex(blocks, order), "fragmentation");
}

void TestZoneAnalysis::traits_data()
{
    QTest::addColumn<QString>("mask");
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<QString>("highestZone");
    QTest::addColumn<bool>("high");
    QTest::addColumn<bool>("atomic");
    QTest::newRow("GFP_KERNEL") << u"0xcc0"_s << QStringList{u"GFP_KERNEL"_s} << u"Normal"_s
                                << false << false;
    QTest::newRow("GFP_HIGHUSER_MOVABLE")
        << u"0x140dca"_s << QStringList{u"GFP_HIGHUSER_MOVABLE"_s, u"__GFP_COMP"_s} << u"Movable"_s
        << false << false;
    QTest::newRow("2.6.3x numeric highuser movable")
        << u"0x201da"_s << QStringList{} << u"Movable"_s << false << false;
    QTest::newRow("3.10 numeric GFP_KERNEL")
        << u"0xd0"_s << QStringList{} << u"Normal"_s << false << false;
    QTest::newRow("GFP_DMA") << u"0xcc1"_s << QStringList{u"GFP_KERNEL"_s, u"GFP_DMA"_s} << u"DMA"_s
                             << false << false;
    QTest::newRow("GFP_ATOMIC") << u"0xa20"_s << QStringList{u"GFP_ATOMIC"_s} << u"Normal"_s << true
                                << true;
    QTest::newRow("masked by the author")
        << u"0x62****"_s << QStringList{u"GFP_HIGHUSER_MOVABLE"_s, u"__GFP_ZERO"_s} << u"Movable"_s
        << false << false;
}

void TestZoneAnalysis::traits()
{
    QFETCH(QString, mask);
    QFETCH(QStringList, flags);
    TriggerInfo trigger;
    trigger.gfpMask = mask;
    trigger.gfpFlags = flags;
    const auto traits = watermark::traitsOf(trigger);
    QTEST(traits.highestZone, "highestZone");
    QTEST(traits.highPriority, "high");
    QTEST(traits.atomic, "atomic");
}

void TestZoneAnalysis::zoneOrder()
{
    // x86_64: DMA, DMA32, Normal printed; five reserve entries (Movable and Device empty).
    QCOMPARE(watermark::buildZoneOrder({zone(0, u"DMA"_s, 0, 0, {0, 1, 2, 2, 2}),
                                        zone(0, u"DMA32"_s, 0, 0, {0, 0, 2, 2, 2}),
                                        zone(0, u"Normal"_s, 0, 0, {0, 0, 0, 0, 0})}),
             (QStringList{u"DMA"_s, u"DMA32"_s, u"Normal"_s, u"Movable"_s, u"Device"_s}));
    // x86-32 2.6.24 (corpus 019): DMA, Normal, HighMem and four entries.
    QCOMPARE(watermark::buildZoneOrder({zone(0, u"DMA"_s, 0, 0, {0, 873, 4048, 4048}),
                                        zone(0, u"Normal"_s, 0, 0, {0, 0, 25400, 25400}),
                                        zone(0, u"HighMem"_s, 0, 0, {0, 0, 0, 0})}),
             (QStringList{u"DMA"_s, u"Normal"_s, u"HighMem"_s, u"Movable"_s}));
}

void TestZoneAnalysis::watermark_data()
{
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("zoneName");
    QTest::addColumn<bool>("usable");
    QTest::addColumn<bool>("passes");
    QTest::addColumn<qint64>("requiredKb");
    QTest::addColumn<qint64>("shortKb");
    QTest::addColumn<bool>("lacksBlock");
    const QStringList kernel{u"GFP_KERNEL"_s};
    // Normal: free 61900 kB under min 61948 kB: 48 kB short, plus the one page the check's
    // strict "greater than" needs.
    QTest::newRow("Normal below min")
        << kernel << 0 << u"Normal"_s << true << false << qint64(61948) << qint64(52) << false;
    // DMA32 holds 122208 kB free against min 7180 kB, but keeps 28606 pages (114424 kB) in
    // reserve against Normal allocations: required 121604 kB, still just enough.
    QTest::newRow("DMA32 with lowmem reserve")
        << kernel << 0 << u"DMA32"_s << true << true << qint64(121604) << qint64(0) << false;
    // DMA keeps 32009 pages (128036 kB) against Normal allocations: its 15360 kB free are
    // out of reach, though far above its own min of 28 kB.
    QTest::newRow("DMA reserve") << kernel << 0 << u"DMA"_s << true << false << qint64(28 + 128036)
                                 << qint64(28 + 128036 - 15360 + 4) << false;
    // __GFP_HIGH halves min: 61948/4 = 15487 pages -> 7744 pages = 30976 kB.
    QTest::newRow("GFP_ATOMIC on Normal")
        << QStringList{u"GFP_ATOMIC"_s} << 0 << u"Normal"_s << true << true
        << qint64((15487 - 15487 / 2 - (15487 - 15487 / 2) / 4) * 4) << qint64(0) << false;
    // order 3 on Normal: free blocks end at order 2.
    QTest::newRow("Normal order 3 no block") << kernel << 3 << u"Normal"_s << true << false
                                             << qint64(61948) << qint64(52 + 7 * 4) << true;
    // GFP_DMA may not use DMA32 or Normal.
    QTest::newRow("GFP_DMA leaves DMA32 out")
        << QStringList{u"GFP_KERNEL"_s, u"GFP_DMA"_s} << 0 << u"DMA32"_s << false << true
        << qint64(7180) << qint64(0) << false;
}

void TestZoneAnalysis::watermark()
{
    QFETCH(QStringList, flags);
    QFETCH(int, order);
    QFETCH(QString, zoneName);
    OomEvent event;
    event.pageSizeKb = KiB(4);
    event.trigger.order = order;
    event.trigger.gfpMask = u"0x0"_s;
    event.trigger.gfpFlags = flags;
    // The three zones of corpus 038 (6.1, x86_64), with Normal's free lowered below min.
    event.zones = {zone(0, u"DMA"_s, 15360, 28, {0, 3403, 32009, 32009, 32009}),
                   zone(0, u"DMA32"_s, 122208, 7180, {0, 0, 28606, 28606, 28606}),
                   zone(0, u"Normal"_s, 61900, 61948, {0, 0, 0, 0, 0})};
    event.buddy = {buddy(0, u"DMA"_s, {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 3}),
                   buddy(0, u"DMA32"_s, {15, 304, 772, 598, 416, 258, 72, 18, 0, 0, 0}),
                   buddy(0, u"Normal"_s, {4610, 3311, 2353, 0, 0, 0, 0, 0, 0, 0, 0})};
    const auto result = watermark::checkWatermarks(event);
    QVERIFY(result);
    const auto it = std::find_if(result->zones.cbegin(), result->zones.cend(),
                                 [&zoneName](const watermark::ZoneVerdict &v) {
                                     return v.zone == zoneName;
                                 });
    QVERIFY(it != result->zones.cend());
    QTEST(it->usableByAllocation, "usable");
    QTEST(it->passes, "passes");
    QTEST(it->requiredKb, "requiredKb");
    QTEST(it->shortKb, "shortKb");
    QTEST(it->lacksBlockOfOrder, "lacksBlock");
}

void TestZoneAnalysis::breakdownSums_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<qint64>("totalKb");
    QTest::newRow("038 global, 6.1")
        << u"038-unraid-6.1-sysrq-manual-oom-shmem-slab-heavy-obsidian-quoted.log"_s << u"ram"_s
        << qint64((8373432 - 166529) * 4);
    QTest::newRow("019 2.6.24 x86-32")
        << u"019-ubuntu-2.6.24-x86-32-lowmem-xorg-nvidia-redacted-prefix.log"_s << u"ram"_s
        << qint64((1048576 - 409238) * 4);
    QTest::newRow("056 memcg v1, 6.18")
        << u"056-kernel-6.18-memcg-v1-real-capture-rss-split-columns.log"_s << u"memcg"_s
        << qint64(65536);
    QTest::newRow("034 memcg v2 stat")
        << u"034-memcg-mem_test-journal-f-blockquote-stat-multiline.log"_s << u"memcg"_s
        << qint64(-1); // no "memory:" line: no usage
}

void TestZoneAnalysis::breakdownSums()
{
    QFETCH(QString, file);
    QFETCH(QString, scope);
    QFETCH(qint64, totalKb);
    const auto events = testing::parseWholeFile(testing::reportsDir() + file, file);
    QCOMPARE(events.size(), 1);
    const auto b = scope == u"ram"_s ? breakdown::ramBreakdown(events.first())
                                     : breakdown::memcgBreakdown(events.first());
    if (totalKb < 0) {
        QVERIFY(!b);
        return;
    }
    QVERIFY(b);
    QCOMPARE(b->totalKb, totalKb);
    qint64 sum = 0;
    for (const auto &part : b->parts)
        sum += part.kb;
    QCOMPARE(sum, totalKb); // the parts, "unaccounted" included, always add up
    QVERIFY(b->partKb(u"unaccounted"_s).has_value());
}

QTEST_APPLESS_MAIN(TestZoneAnalysis)
#include "tst_zoneanalysis.moc"
