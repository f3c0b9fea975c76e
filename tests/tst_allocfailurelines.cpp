// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// Allocation failures that warn instead of killing (docs/kernel-formats.md §1.11): one row per
// kernel era of warn_alloc() and the slab allocators' report. Rows quote corpus cases 026,
// 027, 054 and 055; the older eras follow the kernel's format strings.

#include "core/parse/kernel/allocfailurelines.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace oom;

class TestAllocFailureLines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pageAllocation_data();
    void pageAllocation();
    void rejectsOtherLines();
    void slabHeader_data();
    void slabHeader();
    void slabLines();
};

void TestAllocFailureLines::pageAllocation_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("comm");
    QTest::addColumn<bool>("vmalloc");
    QTest::addColumn<int>("order"); // -1 = not printed
    QTest::addColumn<QString>("mask");
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<QString>("nodemask");
    QTest::addColumn<QString>("cpuset");
    QTest::addColumn<QString>("mems");

    QTest::newRow("2.6 full stop, no flags")
        << u"swapper: page allocation failure. order:1, mode:0x20"_s << u"swapper"_s << false << 1
        << u"0x20"_s << QStringList{} << QString() << QString() << QString();
    QTest::newRow("3.10 colon, no flags, kworker comm")
        << u"kworker/u8:2: page allocation failure: order:4, mode:0x10c0d0"_s << u"kworker/u8:2"_s
        << false << 4 << u"0x10c0d0"_s << QStringList{} << QString() << QString() << QString();
    QTest::newRow("4.5-4.9 symbolic flags")
        << u"java: page allocation failure: order:2, mode:0x26040c0(GFP_KERNEL|__GFP_COMP|__GFP_NOTRACK)"_s
        << u"java"_s << false << 2 << u"0x26040c0"_s
        << QStringList{u"GFP_KERNEL"_s, u"__GFP_COMP"_s, u"__GFP_NOTRACK"_s} << QString()
        << QString() << QString();
    QTest::newRow("4.12 nodemask (055)")
        << u"gcc: page allocation failure: order:4, mode:0x16040c0(GFP_KERNEL|__GFP_COMP|__GFP_NOTRACK), nodemask=(null)"_s
        << u"gcc"_s << false << 4 << u"0x16040c0"_s
        << QStringList{u"GFP_KERNEL"_s, u"__GFP_COMP"_s, u"__GFP_NOTRACK"_s} << u"(null)"_s
        << QString() << QString();
    QTest::newRow("5.10 cpuset, order 9 (026)")
        << u"clinfo: page allocation failure: order:9, mode:0x194dc2(GFP_HIGHUSER|__GFP_RETRY_MAYFAIL|__GFP_NORETRY|__GFP_ZERO|__GFP_NOMEMALLOC), nodemask=(null),cpuset=user.slice,mems_allowed=0"_s
        << u"clinfo"_s << false << 9 << u"0x194dc2"_s
        << QStringList{u"GFP_HIGHUSER"_s, u"__GFP_RETRY_MAYFAIL"_s, u"__GFP_NORETRY"_s,
                       u"__GFP_ZERO"_s, u"__GFP_NOMEMALLOC"_s}
        << u"(null)"_s << u"user.slice"_s << u"0"_s;
    QTest::newRow("5.13 boot, comm with a slash (027)")
        << u"swapper/0: page allocation failure: order:5, mode:0xcc1(GFP_KERNEL|GFP_DMA), nodemask=(null),cpuset=/,mems_allowed=0"_s
        << u"swapper/0"_s << false << 5 << u"0xcc1"_s << QStringList{u"GFP_KERNEL"_s, u"GFP_DMA"_s}
        << u"(null)"_s << u"/"_s << u"0"_s;
    QTest::newRow("android order 0 (054)")
        << u"ActivityManager: page allocation failure: order:0, mode:0xc00(GFP_NOIO), nodemask=(null),cpuset=foreground,mems_allowed=0"_s
        << u"ActivityManager"_s << false << 0 << u"0xc00"_s << QStringList{u"GFP_NOIO"_s}
        << u"(null)"_s << u"foreground"_s << u"0"_s;
    QTest::newRow("comm with a space, node lists with commas")
        << u"C1 CompilerThre: page allocation failure: order:3, mode:0x40cc0(GFP_KERNEL|__GFP_COMP), nodemask=0-1,3,cpuset=/,mems_allowed=0-1,3"_s
        << u"C1 CompilerThre"_s << false << 3 << u"0x40cc0"_s
        << QStringList{u"GFP_KERNEL"_s, u"__GFP_COMP"_s} << u"0-1,3"_s << u"/"_s << u"0-1,3"_s;
    QTest::newRow("5.13+ vmalloc error")
        << u"modprobe: vmalloc error: size 4194304, page order 0, failed to allocate pages, mode:0xcc2(GFP_KERNEL|__GFP_HIGHMEM), nodemask=(null),cpuset=/,mems_allowed=0"_s
        << u"modprobe"_s << true << 0 << u"0xcc2"_s
        << QStringList{u"GFP_KERNEL"_s, u"__GFP_HIGHMEM"_s} << u"(null)"_s << u"/"_s << u"0"_s;
}

void TestAllocFailureLines::pageAllocation()
{
    QFETCH(QString, line);
    const auto failure = parseAllocFailure(line);
    QVERIFY(failure);
    QTEST(failure->comm, "comm");
    QTEST(failure->vmalloc, "vmalloc");
    QTEST(failure->order.value_or(-1), "order");
    QTEST(failure->gfpMask, "mask");
    QTEST(failure->gfpFlags, "flags");
    QTEST(failure->nodemask, "nodemask");
    QTEST(failure->cpuset, "cpuset");
    QTEST(failure->memsAllowed, "mems");
}

void TestAllocFailureLines::rejectsOtherLines()
{
    QVERIFY(!parseAllocFailure(
        u"DMA: failed to allocate 128 KiB GFP_KERNEL|GFP_DMA pool for atomic allocation"_s)); // 027
    QVERIFY(!parseAllocFailure(
        u"head invoked oom-killer: gfp_mask=0x500cc2(GFP_HIGHUSER|__GFP_ACCOUNT), order=0, oom_score_adj=0"_s));
    QVERIFY(!parseAllocFailure(u": page allocation failure: order:0"_s)); // no comm
    QVERIFY(
        !parseSlabAllocFailure(u"SLUB: HWalign=64, Order=0-3, MinObjects=0, CPUs=4, Nodes=1"_s));
}

void TestAllocFailureLines::slabHeader_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("allocator");
    QTest::addColumn<int>("node");
    QTest::addColumn<QString>("mask");
    QTest::addColumn<QStringList>("flags");
    QTest::newRow("4.5+ android (054)")
        << u"SLUB: Unable to allocate memory on node -1, gfp=0xa20(GFP_ATOMIC)"_s << u"SLUB"_s << -1
        << u"0xa20"_s << QStringList{u"GFP_ATOMIC"_s};
    QTest::newRow("4.12 ppc64 (055)")
        << u"SLUB: Unable to allocate memory on node -1, gfp=0x14000c0(GFP_KERNEL)"_s << u"SLUB"_s
        << -1 << u"0x14000c0"_s << QStringList{u"GFP_KERNEL"_s};
    QTest::newRow("before 4.5, parenthesised")
        << u"SLUB: Unable to allocate memory on node -1 (gfp=0x20)"_s << u"SLUB"_s << -1
        << u"0x20"_s << QStringList{};
    QTest::newRow("SLAB allocator")
        << u"SLAB: Unable to allocate memory on node 0, gfp=0x1080020(GFP_ATOMIC|__GFP_ACCOUNT)"_s
        << u"SLAB"_s << 0 << u"0x1080020"_s << QStringList{u"GFP_ATOMIC"_s, u"__GFP_ACCOUNT"_s};
}

void TestAllocFailureLines::slabHeader()
{
    QFETCH(QString, line);
    const auto failure = parseSlabAllocFailure(line);
    QVERIFY(failure);
    QTEST(failure->allocator, "allocator");
    QTEST(failure->node.value_or(99), "node");
    QTEST(failure->gfpMask, "mask");
    QTEST(failure->gfpFlags, "flags");
}

void TestAllocFailureLines::slabLines()
{
    // 055: SLUB with the debug line and the usual spacing
    SlabAllocFailure ppc;
    QVERIFY(applySlabAllocFailureLine(
        u"  cache: pgtable-2^12, object size: 32768, buffer size: 65536, default order: 4, min order: 4"_s,
        ppc));
    QVERIFY(applySlabAllocFailureLine(
        u"  pgtable-2^12 debugging increased min order, use slub_debug=O to disable."_s, ppc));
    QVERIFY(applySlabAllocFailureLine(u"  node 0: slabs: 209, objs: 209, free: 8"_s, ppc));
    QCOMPARE(ppc.cache, u"pgtable-2^12"_s);
    QCOMPARE(ppc.objectSize.value_or(-1), 32768);
    QCOMPARE(ppc.bufferSize.value_or(-1), 65536);
    QCOMPARE(ppc.defaultOrder.value_or(-1), 4);
    QCOMPARE(ppc.minOrder.value_or(-1), 4);
    QVERIFY(ppc.debugIncreasedMinOrder);
    QCOMPARE(ppc.nodes.size(), 1);
    QCOMPARE(ppc.nodes[0].node, 0);
    QCOMPARE(ppc.nodes[0].slabs.value_or(-1), 209);
    QCOMPARE(ppc.nodes[0].objects.value_or(-1), 209);
    QCOMPARE(ppc.nodes[0].free.value_or(-1), 8);

    // 054: an Android kernel without the space after "53,"
    SlabAllocFailure android;
    QVERIFY(applySlabAllocFailureLine(
        u"cache: ext4_io_end, object size: 64, buffer size: 64, default order: 0, min order: 0"_s,
        android));
    QVERIFY(applySlabAllocFailureLine(u"node 0: slabs: 53,objs: 3392, free: 0"_s, android));
    QCOMPARE(android.cache, u"ext4_io_end"_s);
    QCOMPARE(android.minOrder.value_or(-1), 0);
    QVERIFY(!android.debugIncreasedMinOrder);
    QCOMPARE(android.nodes[0].slabs.value_or(-1), 53);
    QCOMPARE(android.nodes[0].objects.value_or(-1), 3392);
    QCOMPARE(android.nodes[0].free.value_or(-1), 0);

    // SLAB: active/total pairs and a single order
    SlabAllocFailure slab;
    QVERIFY(
        applySlabAllocFailureLine(u"  cache: kmalloc-4096, object size: 4096, order: 1"_s, slab));
    QVERIFY(applySlabAllocFailureLine(u"  node 1: slabs: 3/10, objs: 6/20, free: 14"_s, slab));
    QCOMPARE(slab.defaultOrder.value_or(-1), 1);
    QCOMPARE(slab.nodes[0].node, 1);
    QCOMPARE(slab.nodes[0].slabs.value_or(-1), 3);
    QCOMPARE(slab.nodes[0].totalSlabs.value_or(-1), 10);
    QCOMPARE(slab.nodes[0].totalObjects.value_or(-1), 20);

    SlabAllocFailure none;
    QVERIFY(!applySlabAllocFailureLine(u"CPU: 1 PID: 6225 Comm: gcc Not tainted 4.12.0-rc2 #1"_s,
                                       none)); // 055
    QVERIFY(!applySlabAllocFailureLine(u"Normal: 231*4kB (UMEH) 49*8kB (MEH) 14*16kB (H)"_s,
                                       none)); // 054
    QVERIFY(!applySlabAllocFailureLine(u"node 0 hugepages_total=0"_s, none));
}

QTEST_APPLESS_MAIN(TestAllocFailureLines)
#include "tst_allocfailurelines.moc"
