// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// The /proc, /sys and cgroup file parsers (docs/kernel-formats.md §3). Rows name the kernel
// or the case they come from; files are under tests/data/proc/ with a README saying
// where each was taken from.

#include "core/parse/proc/cgroupfiles.h"
#include "core/parse/proc/cgroupmounts.h"
#include "core/parse/proc/cgroupowner.h"
#include "core/parse/proc/procfreelists.h"
#include "core/parse/proc/procpid.h"
#include "core/parse/proc/procsystem.h"
#include "core/parse/proc/proczoneinfo.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace oom;

namespace {

QByteArray fixture(const QString &relative)
{
    QFile file(QStringLiteral(OOMLENS_TEST_DATA_DIR "/proc/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(relative));
    return file.readAll();
}

qint64 orMinus1(std::optional<qint64> v)
{
    return v.value_or(-1);
}

template<typename Tag>
qint64 orMinus1(std::optional<Quantity<Tag>> v)
{
    return v ? v->value : -1;
}

} // namespace

class TestProcParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void meminfo_data();
    void meminfo();
    void vmstat();
    void swaps_data();
    void swaps();
    void pressure_data();
    void pressure();
    void uptimeAndSingleInts();
    void zoneinfo_data();
    void zoneinfo();
    void zoneinfoPagesetsAndTail();
    void protection_data();
    void protection();
    void buddyinfo_data();
    void buddyinfo();
    void pagetypeinfo_data();
    void pagetypeinfo();
    void freeListsJoinZones();
    void pidStat_data();
    void pidStat();
    void pidStatus_data();
    void pidStatus();
    void smapsRollup();
    void cmdline_data();
    void cmdline();
    void pidCgroup_data();
    void pidCgroup();
    void limit_data();
    void limit();
    void flatKeyed_data();
    void flatKeyed();
    void oomControl_data();
    void oomControl();
    void nodeList_data();
    void nodeList();
    void choice_data();
    void choice();
    void owner_data();
    void owner();
    void mounts();
};

void TestProcParsers::meminfo_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("key");
    QTest::addColumn<qint64>("kb"); // -1 = not a kB line
    QTest::addColumn<qint64>("count"); // -1 = not a count line
    QTest::addColumn<int>("kbLines");

    const QByteArray real = fixture(u"hybrid/proc/meminfo"_s);
    const int realKb = int(real.count("kB\n"));
    QTest::newRow("6.18 MemTotal (hybrid)")
        << real << u"MemTotal"_s << qint64(24683656) << qint64(-1) << realKb;
    QTest::newRow("6.18 key with parentheses")
        << real << u"Active(anon)"_s << qint64(1848) << qint64(-1) << realKb;
    QTest::newRow("6.18 HugePages_Total is a count")
        << real << u"HugePages_Total"_s << qint64(-1) << qint64(0) << realKb;
    QTest::newRow("3.10 MemAvailable (v1)")
        << fixture(u"v1/proc/meminfo"_s) << u"MemAvailable"_s << qint64(98012) << qint64(-1) << 40;
    QTest::newRow("node meminfo drops the Node prefix")
        << QByteArray("Node 1 MemTotal:       16515072 kB\nNode 1 HugePages_Free:      3\n")
        << u"MemTotal"_s << qint64(16515072) << qint64(-1) << 1;
    QTest::newRow("node meminfo count") << QByteArray("Node 1 HugePages_Free:      3\n")
                                        << u"HugePages_Free"_s << qint64(-1) << qint64(3) << 0;
    QTest::newRow("garbage and a cut last line are skipped")
        << QByteArray("MemFree: 10 kB\nnonsense\nWeird: 3 MB\n: 4 kB\nSwapTotal:   12")
        << u"SwapTotal"_s << qint64(-1) << qint64(12) << 1;
}

void TestProcParsers::meminfo()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, key);
    const MemInfoTable table = procparse::parseMemInfo(text);
    QTEST(orMinus1(table.kib(key)), "kb");
    QTEST(orMinus1(table.count(key)), "count");
    QTEST(int(table.kb.size()), "kbLines");
}

void TestProcParsers::vmstat()
{
    const KeyedCounters real = procparse::parseVmstat(fixture(u"hybrid/proc/vmstat"_s));
    QVERIFY(real.size() > 100);
    QCOMPARE(real.entries.first().first, u"nr_free_pages"_s);
    QCOMPARE(real.value(u"oom_kill"), std::optional<qint64>(0));
    const KeyedCounters damaged = procparse::parseVmstat("a 1\nb\nc x\nd 2 3\ne -4\n");
    QCOMPARE(damaged.size(), 2);
    QCOMPARE(damaged.value(u"e"), std::optional<qint64>(-4));
}

void TestProcParsers::swaps_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("lastName");
    QTest::addColumn<qint64>("lastSizeKb");
    QTest::addColumn<int>("lastPriority");

    QTest::newRow("no swap: header only (hybrid)")
        << fixture(u"hybrid/proc/swaps"_s) << 0 << QString() << qint64(0) << 0;
    QTest::newRow("partition and an escaped file name (v2)")
        << fixture(u"v2/proc/swaps"_s) << 2 << u"/var/swap file"_s << qint64(2097148) << -3;
    QTest::newRow("damaged row skipped") << QByteArray(
        "Filename Type Size Used Priority\n/dev/sda2 partition 100 x -2\n/dev/sdb1 partition 200 "
        "10 5\n") << 1 << u"/dev/sdb1"_s << qint64(200)
                                         << 5;
}

void TestProcParsers::swaps()
{
    QFETCH(QByteArray, text);
    const QList<SwapDevice> devices = procparse::parseSwaps(text);
    QTEST(int(devices.size()), "count");
    if (devices.isEmpty())
        return;
    QTEST(devices.last().filename, "lastName");
    QTEST(devices.last().size.value, "lastSizeKb");
    QTEST(devices.last().priority, "lastPriority");
}

void TestProcParsers::pressure_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("hasFull");
    QTest::addColumn<double>("someAvg10");
    QTest::addColumn<qint64>("fullTotal");

    QTest::newRow("memory (v2)") << fixture(u"v2/proc/pressure/memory"_s) << true << true << 1.53
                                 << qint64(2345678);
    QTest::newRow("idle (hybrid)")
        << fixture(u"hybrid/proc/pressure/memory"_s) << true << true << 0.0 << qint64(0);
    QTest::newRow("cpu before 5.13: no full line")
        << QByteArray("some avg10=3.10 avg60=2.05 avg300=1.90 total=123456789\n") << true << false
        << 3.10 << qint64(-1);
    QTest::newRow("not PSI") << QByteArray("oom_kill 0\n") << false << false << 0.0 << qint64(-1);
    QTest::newRow("line missing total") << QByteArray("some avg10=1.00 avg60=1.00 avg300=1.00\n")
                                        << false << false << 0.0 << qint64(-1);
}

void TestProcParsers::pressure()
{
    QFETCH(QByteArray, text);
    const auto p = procparse::parsePressure(text);
    QTEST(p.has_value(), "valid");
    if (!p)
        return;
    QTEST(p->full.has_value(), "hasFull");
    QVERIFY(p->some);
    QTEST(p->some->avg10, "someAvg10");
    QTEST(p->full ? p->full->totalUs : qint64(-1), "fullTotal");
}

void TestProcParsers::uptimeAndSingleInts()
{
    QCOMPARE(procparse::parseUptime("864123.45 1702233.10\n"), std::optional<double>(864123.45));
    QCOMPARE(procparse::parseUptime("garbage"), std::nullopt);
    QCOMPARE(procparse::parseSingleInt("-1000\n"), std::optional<qint64>(-1000));
    QCOMPARE(procparse::parseSingleInt("  42 \n"), std::optional<qint64>(42));
    QCOMPARE(procparse::parseSingleInt("42 43\n"), std::nullopt);
    QCOMPARE(procparse::parseSingleInt(""), std::nullopt);
    QCOMPARE(procparse::parseIntList("10 21 21 10\n"), QList<int>({10, 21, 21, 10}));
}

void TestProcParsers::zoneinfo_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("zones");
    QTest::addColumn<int>("index"); // the zone checked below
    QTest::addColumn<int>("node");
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("free");
    QTest::addColumn<qint64>("min");
    QTest::addColumn<qint64>("high");
    QTest::addColumn<qint64>("promo"); // -1 = not printed
    QTest::addColumn<qint64>("managed"); // -1 = not printed
    QTest::addColumn<QList<qint64>>("protection");
    QTest::addColumn<qint64>("nrFreePages"); // from the zone counters
    QTest::addColumn<int>("pagesets");
    QTest::addColumn<int>("unreclaimable"); // -1 unknown, 0, 1
    QTest::addColumn<int>("nodeStats"); // "per-node stats" sections

    // The DMA zone of the development machine, copied from /proc/zoneinfo (6.18).
    QTest::newRow("6.18 real DMA (hybrid)")
        << fixture(u"hybrid/proc/zoneinfo"_s) << 5 << 0 << 0 << u"DMA"_s << qint64(3840)
        << qint64(15) << qint64(21) << qint64(24) << qint64(3840)
        << QList<qint64>({0, 3018, 16586, 16586, 16586}) << qint64(3840) << 2 << 0 << 1;
    QTest::newRow("6.18 empty Movable zone: header only (hybrid)")
        << fixture(u"hybrid/proc/zoneinfo"_s) << 5 << 3 << 0 << u"Movable"_s << qint64(0)
        << qint64(32) << qint64(32) << qint64(32) << qint64(0) << QList<qint64>({0, 0, 0, 0, 0})
        << qint64(-1) << 0 << -1 << 1;
    QTest::newRow("6.8 two nodes, node 1 Normal (v2)")
        << fixture(u"v2/proc/zoneinfo"_s) << 5 << 4 << 1 << u"Normal"_s << qint64(2048000)
        << qint64(16893) << qint64(25339) << qint64(29562) << qint64(4128765)
        << QList<qint64>({0, 0, 0, 0, 0}) << qint64(2048000) << 2 << 0 << 2;
    QTest::newRow("3.10 layout: counters before protection (v1)")
        << fixture(u"v1/proc/zoneinfo"_s) << 3 << 0 << 0 << u"DMA"_s << qint64(3975) << qint64(33)
        << qint64(49) << qint64(-1) << qint64(3975) << QList<qint64>({0, 2815, 7805, 7805})
        << qint64(3975) << 2 << 1 << 0;
    QTest::newRow("2.6.32 layout: no managed line")
        << fixture(u"files/zoneinfo-2.6.32"_s) << 2 << 1 << 0 << u"Normal"_s << qint64(13516)
        << qint64(11339) << qint64(17008) << qint64(-1) << qint64(-1) << QList<qint64>({0, 0, 0, 0})
        << qint64(13516) << 1 << 0 << 0;
}

void TestProcParsers::zoneinfo()
{
    QFETCH(QByteArray, text);
    QFETCH(int, index);
    const procparse::ZoneInfoFile file = procparse::parseZoneInfo(text);
    QTEST(int(file.zones.size()), "zones");
    const ZoneInfo &zone = file.zones.at(index);
    QTEST(zone.node, "node");
    QTEST(zone.name, "name");
    QTEST(orMinus1(zone.free), "free");
    QTEST(orMinus1(zone.min), "min");
    QTEST(orMinus1(zone.high), "high");
    QTEST(orMinus1(zone.promo), "promo");
    QTEST(orMinus1(zone.managed), "managed");
    QList<qint64> protection;
    for (const Pages p : zone.protection)
        protection.append(p.value);
    QTEST(protection, "protection");
    QTEST(orMinus1(zone.counters.value(u"nr_free_pages")), "nrFreePages");
    QTEST(int(zone.pagesets.size()), "pagesets");
    QTEST(zone.unreclaimable ? int(*zone.unreclaimable) : -1, "unreclaimable");
    QTEST(int(file.nodeStats.size()), "nodeStats");
}

void TestProcParsers::zoneinfoPagesetsAndTail()
{
    // 6.18: per-CPU "vm stats threshold", high_min/high_max (6.7+); the per-node stats
    // are not zone counters, and "high:" of a pageset is not the high watermark.
    const procparse::ZoneInfoFile real =
        procparse::parseZoneInfo(fixture(u"hybrid/proc/zoneinfo"_s));
    const ZoneInfo &dma32 = real.zones.at(1);
    QCOMPARE(dma32.name, u"DMA32"_s);
    QCOMPARE(orMinus1(dma32.high), 4616);
    QCOMPARE(dma32.pagesets.size(), 2);
    QCOMPARE(dma32.pagesets[1].cpu, 1);
    QCOMPARE(dma32.pagesets[1].high, std::optional<qint64>(1922));
    QCOMPARE(dma32.pagesets[1].highMax, std::optional<qint64>(48300));
    QCOMPARE(dma32.pagesets[1].statThreshold, std::optional<qint64>(24));
    QCOMPARE(dma32.startPfn, std::optional<qint64>(4096));
    QVERIFY(!dma32.counters.contains(u"nr_inactive_anon"));
    QCOMPARE(real.nodeStats.first().first, 0);
    QCOMPARE(real.nodeStats.first().second.value(u"nr_inactive_anon"),
             std::optional<qint64>(590141));

    // 2.6.32: prev_priority and inactive_ratio land in the tail
    const procparse::ZoneInfoFile old =
        procparse::parseZoneInfo(fixture(u"files/zoneinfo-2.6.32"_s));
    QCOMPARE(old.zones[0].tail.value(u"prev_priority"), std::optional<qint64>(12));
    QCOMPARE(old.zones[0].scanned, std::optional<Pages>(Pages(0)));
    QCOMPARE(old.zones[0].unreclaimable, std::optional<bool>(true));

    // A file cut in the middle of a zone keeps what was there
    const QByteArray cut = fixture(u"hybrid/proc/zoneinfo"_s).left(1700);
    const procparse::ZoneInfoFile partial = procparse::parseZoneInfo(cut);
    QCOMPARE(partial.zones.size(), 1);
    QCOMPARE(orMinus1(partial.zones[0].free), 3840);
}

void TestProcParsers::protection_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QList<qint64>>("values"); // empty = malformed
    QTest::newRow("6.x") << QByteArray("        protection: (0, 2935, 15913, 15913, 15913)")
                         << QList<qint64>({0, 2935, 15913, 15913, 15913});
    QTest::newRow("one zone") << QByteArray("protection: (0)") << QList<qint64>({0});
    QTest::newRow("cut") << QByteArray("protection: (0, 2935, 15") << QList<qint64>();
    QTest::newRow("not a number") << QByteArray("protection: (0, x)") << QList<qint64>();
}

void TestProcParsers::protection()
{
    QFETCH(QByteArray, line);
    const auto values = procparse::parseProtection(line);
    QList<qint64> got;
    for (const Pages p : values.value_or(QList<Pages>()))
        got.append(p.value);
    QTEST(got, "values");
}

void TestProcParsers::buddyinfo_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("orders");
    QTest::addColumn<qint64>("lastRowOrder0");

    QTest::newRow("6.18 x86: 11 orders (hybrid)")
        << fixture(u"hybrid/proc/buddyinfo"_s) << 3 << 11 << qint64(-2);
    QTest::newRow("arm64 64 KiB pages: 14 orders")
        << fixture(u"files/buddyinfo-arm64-64k"_s) << 1 << 14 << qint64(120);
    QTest::newRow("damaged row skipped")
        << QByteArray("Node 0, zone   Normal 1 2 x\nNode 0, zone DMA 4 5\n") << 1 << 2 << qint64(4);
}

void TestProcParsers::buddyinfo()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, lastRowOrder0);
    const auto rows = procparse::parseBuddyInfo(text);
    QTEST(int(rows.size()), "rows");
    QTEST(int(rows.last().freeBlocks.size()), "orders");
    if (lastRowOrder0 >= 0)
        QCOMPARE(rows.last().freeBlocks.first(), lastRowOrder0);
}

void TestProcParsers::pagetypeinfo_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("freeRows");
    QTest::addColumn<QString>("secondType"); // migrate type order changed in 4.4
    QTest::addColumn<int>("blockRows");
    QTest::addColumn<qint64>("lastZoneMovableBlocks");
    QTest::addColumn<quint32>("cappedOfNode1Movable");

    QTest::newRow("6.18 real (hybrid)") << fixture(u"hybrid/proc/pagetypeinfo"_s) << 15
                                        << u"Movable"_s << 3 << qint64(6029) << quint32(0);
    QTest::newRow("6.8 capped at 100000 (v2)") << fixture(u"v2/proc/pagetypeinfo"_s) << 20
                                               << u"Movable"_s << 4 << qint64(7800) << quint32(1);
    QTest::newRow("3.10: Reclaimable before Movable, Reserve (v1)")
        << fixture(u"v1/proc/pagetypeinfo"_s) << 15 << u"Reclaimable"_s << 3 << qint64(2250)
        << quint32(0);
}

void TestProcParsers::pagetypeinfo()
{
    QFETCH(QByteArray, text);
    const procparse::PageTypeInfo info = procparse::parsePageTypeInfo(text);
    QCOMPARE(info.pageblockOrder, std::optional<int>(9));
    QCOMPARE(info.pagesPerBlock, std::optional<qint64>(512));
    QTEST(int(info.free.size()), "freeRows");
    QTEST(info.free.at(1).free.type, "secondType");
    QCOMPARE(info.free.first().free.blocksPerOrder.size(), 11);
    QTEST(int(info.blocks.size()), "blockRows");
    QTEST(orMinus1(info.blocks.last().blocks.value(u"Movable")), "lastZoneMovableBlocks");
    quint32 capped = 0;
    for (const auto &row : info.free) {
        if (row.node == 1 && row.free.type == u"Movable")
            capped = row.free.cappedOrders;
    }
    QTEST(capped, "cappedOfNode1Movable");
}

void TestProcParsers::freeListsJoinZones()
{
    QList<ZoneInfo> zones = procparse::parseZoneInfo(fixture(u"v2/proc/zoneinfo"_s)).zones;
    procparse::applyBuddyInfo(zones, procparse::parseBuddyInfo(fixture(u"v2/proc/buddyinfo"_s)));
    procparse::applyPageTypeInfo(zones,
                                 procparse::parsePageTypeInfo(fixture(u"v2/proc/pagetypeinfo"_s)));
    QCOMPARE(zones.size(), 5); // no zone invented: every list names a zoneinfo zone
    const ZoneInfo &normal0 = zones.at(2);
    QCOMPARE(normal0.name, u"Normal"_s);
    QCOMPARE(normal0.freeBlocksPerOrder.first(), 6676);
    // Σ count·2^order of "6676 2120 595 188 50 1" (docs/kernel-formats.md §3.11 example)
    QCOMPARE(normal0.freeFromBuddy(), std::optional<Pages>(Pages(15632)));
    QCOMPARE(normal0.freeByMigrateType.size(), 5);
    QCOMPARE(normal0.pageblocksByMigrateType.value(u"Unmovable"), std::optional<qint64>(900));
    QVERIFY(zones.at(3).freeBlocksPerOrder.isEmpty()); // the empty Movable zone is not listed

    // Without zoneinfo (unreadable), the lists still make zones.
    QList<ZoneInfo> bare;
    procparse::applyBuddyInfo(bare, procparse::parseBuddyInfo(fixture(u"v2/proc/buddyinfo"_s)));
    QCOMPARE(bare.size(), 4);
    QCOMPARE(bare.last().node, 1);
    QVERIFY(!bare.last().free);
}

void TestProcParsers::pidStat_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("pid");
    QTest::addColumn<QString>("comm");
    QTest::addColumn<QString>("state");
    QTest::addColumn<qint64>("ppid");
    QTest::addColumn<bool>("kthread");
    QTest::addColumn<qint64>("threads");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("rssPages");

    QTest::newRow("real process_api init (hybrid)")
        << fixture(u"hybrid/proc/1/stat"_s) << true << qint64(1) << u"process_api"_s << u"S"_s
        << qint64(0) << false << qint64(13) << qint64(8) << qint64(4369);
    QTest::newRow("real kthreadd: PF_KTHREAD (hybrid)")
        << fixture(u"hybrid/proc/2/stat"_s) << true << qint64(2) << u"kthreadd"_s << u"S"_s
        << qint64(0) << true << qint64(1) << qint64(8) << qint64(0);
    QTest::newRow("comm with parentheses: (sd-pam)")
        << fixture(u"v2/proc/1500/stat"_s) << true << qint64(1500) << u"(sd-pam)"_s << u"S"_s
        << qint64(1499) << false << qint64(1) << qint64(5000) << qint64(1200);
    QTest::newRow("comm with blanks and ') ('")
        << fixture(u"v2/proc/2001/stat"_s) << true << qint64(2001) << u"a) b (c"_s << u"R"_s
        << qint64(1) << false << qint64(2) << qint64(6000) << qint64(300);
    QTest::newRow("2.6-era: fewer trailing fields")
        << QByteArray("77 (old) D 1 77 77 0 -1 4202752 1 0 0 0 1 1 0 0 20 0 3 0 500 1000 20")
        << true << qint64(77) << u"old"_s << u"D"_s << qint64(1) << false << qint64(3)
        << qint64(500) << qint64(20);
    QTest::newRow("cut after ppid")
        << QByteArray("88 (cut) S 1") << true << qint64(88) << u"cut"_s << u"S"_s << qint64(1)
        << false << qint64(-1) << qint64(-1) << qint64(-1);
    QTest::newRow("empty: reaped between open and read")
        << QByteArray() << false << qint64(0) << QString() << QString() << qint64(-1) << false
        << qint64(-1) << qint64(-1) << qint64(-1);
    QTest::newRow("not a stat line")
        << QByteArray("Name:\tbash\n") << false << qint64(0) << QString() << QString() << qint64(-1)
        << false << qint64(-1) << qint64(-1) << qint64(-1);
}

void TestProcParsers::pidStat()
{
    QFETCH(QByteArray, text);
    ProcessInfo info;
    QTEST(procparse::parsePidStat(text, info), "valid");
    QTEST(info.pid, "pid");
    QTEST(info.comm, "comm");
    QTEST(info.state ? QString(QLatin1Char(info.state)) : QString(), "state");
    QTEST(orMinus1(info.ppid), "ppid");
    QTEST(info.kernelThread, "kthread");
    QTEST(orMinus1(info.threads), "threads");
    QTEST(orMinus1(info.startTimeTicks), "start");
    QTEST(orMinus1(info.rssPages), "rssPages");
}

void TestProcParsers::pidStatus_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("comm");
    QTest::addColumn<qint64>("uid");
    QTest::addColumn<qint64>("vmRss");
    QTest::addColumn<qint64>("rssAnon");
    QTest::addColumn<qint64>("rssShmem");
    QTest::addColumn<qint64>("vmSwap");
    QTest::addColumn<qint64>("vmPte");
    QTest::addColumn<qint64>("threads");
    QTest::addColumn<bool>("kthread");

    QTest::newRow("6.18 real sleep (hybrid)")
        << fixture(u"hybrid/proc/4242/status"_s) << u"sleep"_s << qint64(0) << qint64(1752)
        << qint64(108) << qint64(0) << qint64(0) << qint64(48) << qint64(1) << false;
    QTest::newRow("6.18 real kthreadd: no mm, Kthread: 1 (hybrid)")
        << fixture(u"hybrid/proc/2/status"_s) << u"kthreadd"_s << qint64(0) << qint64(-1)
        << qint64(-1) << qint64(-1) << qint64(-1) << qint64(-1) << qint64(1) << true;
    QTest::newRow("3.10: no RssAnon/RssShmem (v1)")
        << fixture(u"v1/proc/1234/status"_s) << u"mysqld"_s << qint64(27) << qint64(2096000)
        << qint64(-1) << qint64(-1) << qint64(0) << qint64(4400) << qint64(37) << false;
    QTest::newRow("real uid is the first of four")
        << QByteArray("Name:\tx\nUid:\t1000\t0\t0\t0\n") << u"x"_s << qint64(1000) << qint64(-1)
        << qint64(-1) << qint64(-1) << qint64(-1) << qint64(-1) << qint64(-1) << false;
}

void TestProcParsers::pidStatus()
{
    QFETCH(QByteArray, text);
    ProcessInfo info;
    QVERIFY(procparse::parsePidStatus(text, info));
    QTEST(info.comm, "comm");
    QTEST(orMinus1(info.uid), "uid");
    QTEST(orMinus1(info.vmRss), "vmRss");
    QTEST(orMinus1(info.rssAnon), "rssAnon");
    QTEST(orMinus1(info.rssShmem), "rssShmem");
    QTEST(orMinus1(info.vmSwap), "vmSwap");
    QTEST(orMinus1(info.vmPte), "vmPte");
    QTEST(orMinus1(info.threads), "threads");
    QTEST(info.kernelThread, "kthread");
}

void TestProcParsers::smapsRollup()
{
    ProcessInfo info;
    QVERIFY(procparse::parseSmapsRollup(fixture(u"v2/proc/812/smaps_rollup"_s), info));
    QCOMPARE(orMinus1(info.pss), 510000);
    QCOMPARE(orMinus1(info.pssAnon), 495000);
    QCOMPARE(orMinus1(info.pssFile), 14000);
    QCOMPARE(orMinus1(info.pssShmem), 1000);
    QCOMPARE(orMinus1(info.swapPss), 4000);
    // 4.14-5.6: no Pss_Anon/File/Shmem yet
    ProcessInfo older;
    QVERIFY(procparse::parseSmapsRollup(
        "00400000-7fff [rollup]\nRss: 10 kB\nPss: 8 kB\nSwapPss: 0 kB\n", older));
    QCOMPARE(orMinus1(older.pss), 8);
    QVERIFY(!older.pssAnon);
    // a kernel thread's is empty
    ProcessInfo kthread;
    QVERIFY(!procparse::parseSmapsRollup("", kthread));
}

void TestProcParsers::cmdline_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("args");
    QTest::newRow("arguments") << QByteArray("java\0-Xmx1g\0-jar\0/app/app.jar\0", 30)
                               << QStringList(
                                      {u"java"_s, u"-Xmx1g"_s, u"-jar"_s, u"/app/app.jar"_s});
    QTest::newRow("setproctitle padding (nginx)")
        << fixture(u"v2/proc/812/cmdline"_s) << QStringList({u"nginx: worker process"_s});
    QTest::newRow("empty argument in the middle")
        << QByteArray("a\0\0b\0", 5) << QStringList({u"a"_s, QString(), u"b"_s});
    QTest::newRow("kernel thread: empty") << QByteArray() << QStringList();
    QTest::newRow("no final NUL") << QByteArray("sh\0-c", 5) << QStringList({u"sh"_s, u"-c"_s});
}

void TestProcParsers::cmdline()
{
    QFETCH(QByteArray, text);
    QTEST(procparse::parseCmdline(text), "args");
}

void TestProcParsers::pidCgroup_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("kept"); // "id:controllers:path"

    QTest::newRow("hybrid: memory, cpuset and unified kept (hybrid)")
        << fixture(u"hybrid/proc/4242/cgroup"_s)
        << QStringList({u"4:memory:/process_api/5d85b60779ea2c56ea8892ff60190908"_s,
                        u"3:cpuset:/"_s, u"0::/"_s});
    QTest::newRow("v1 RHEL 7 (v1)")
        << fixture(u"v1/proc/1234/cgroup"_s)
        << QStringList({u"10:cpuset:/"_s, u"9:memory:/system.slice/mysqld.service"_s});
    QTest::newRow("v2 only (v2)") << fixture(u"v2/proc/812/cgroup"_s)
                                  << QStringList({u"0::/system.slice/nginx.service"_s});
    QTest::newRow("co-mounted controllers and a colon in the path")
        << QByteArray("3:cpuset,memory:/a:b\n2:cpu:/x\nbroken\n0::/a:b\n")
        << QStringList({u"3:cpuset,memory:/a:b"_s, u"0::/a:b"_s});
}

void TestProcParsers::pidCgroup()
{
    QFETCH(QByteArray, text);
    QStringList kept;
    for (const ProcessCgroup &cg : procparse::parsePidCgroup(text))
        kept.append(QString::number(cg.hierarchyId) + u':' + cg.controllers + u':' + cg.path);
    QTEST(kept, "kept");
}

void TestProcParsers::limit_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("expect"); // 0 malformed, 1 unlimited, 2 bytes
    QTest::addColumn<qint64>("bytes");
    QTest::newRow("v2 max") << QByteArray("max\n") << 1 << qint64(0);
    QTest::newRow("v2 bytes") << QByteArray("536870912\n") << 2 << qint64(536870912);
    QTest::newRow("v1 3.19+ sentinel (PAGE_COUNTER_MAX*4096)")
        << QByteArray("9223372036854771712\n") << 1 << qint64(0);
    QTest::newRow("v1 2.6.3x sentinel (LLONG_MAX)")
        << QByteArray("9223372036854775807\n") << 1 << qint64(0);
    QTest::newRow("v1 3.1x sentinel (ULLONG_MAX)")
        << QByteArray("18446744073709551615\n") << 1 << qint64(0);
    QTest::newRow("arm64 64K pages sentinel")
        << QByteArray("9223372036854710272\n") << 1 << qint64(0);
    QTest::newRow("zero (memory.low)") << QByteArray("0\n") << 2 << qint64(0);
    QTest::newRow("negative") << QByteArray("-1\n") << 0 << qint64(0);
    QTest::newRow("garbage") << QByteArray("unlimited\n") << 0 << qint64(0);
    QTest::newRow("empty") << QByteArray() << 0 << qint64(0);
}

void TestProcParsers::limit()
{
    QFETCH(QByteArray, text);
    QFETCH(int, expect);
    const auto limit = cgroupparse::parseLimit(text);
    QCOMPARE(limit.has_value(), expect != 0);
    if (!limit)
        return;
    QCOMPARE(limit->unlimited, expect == 1);
    if (expect == 2)
        QTEST(limit->bytes.value, "bytes");
}

void TestProcParsers::flatKeyed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("key");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<int>("size");
    QTest::newRow("v2 memory.events with oom_group_kill (v2)")
        << fixture(u"v2/sys/fs/cgroup/system.slice/nginx.service/memory.events"_s) << u"oom_kill"_s
        << qint64(2) << 7;
    QTest::newRow("v2 memory.stat (v2)")
        << fixture(u"v2/sys/fs/cgroup/system.slice/nginx.service/memory.stat"_s) << u"anon"_s
        << qint64(397500000) << 39;
    QTest::newRow("v1 memory.stat: hierarchical limit sentinel (hybrid)")
        << fixture(u"hybrid/sys/fs/cgroup/memory/memory.stat"_s) << u"hierarchical_memory_limit"_s
        << qint64(9223372036854771712)
        << int(fixture(u"hybrid/sys/fs/cgroup/memory/memory.stat"_s).count('\n'));
    QTest::newRow("v1 memory.stat total_ keys (v1)")
        << fixture(u"v1/sys/fs/cgroup/memory/system.slice/mysqld.service/memory.stat"_s)
        << u"total_rss"_s << qint64(2147426304) << 30;
}

void TestProcParsers::flatKeyed()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, key);
    const KeyedCounters values = cgroupparse::parseFlatKeyed(text);
    QTEST(orMinus1(values.value(key)), "value");
    QTEST(int(values.size()), "size");
}

void TestProcParsers::oomControl_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("disable");
    QTest::addColumn<int>("underOom");
    QTest::addColumn<qint64>("oomKill");
    QTest::newRow("4.13+ with oom_kill (hybrid)")
        << fixture(u"hybrid/sys/fs/cgroup/memory/memory.oom_control"_s) << 0 << 0 << qint64(0);
    QTest::newRow("3.10 under OOM, no oom_kill (v1)")
        << fixture(u"v1/sys/fs/cgroup/memory/system.slice/mysqld.service/memory.oom_control"_s) << 0
        << 1 << qint64(-1);
    QTest::newRow("OOM killer disabled")
        << QByteArray("oom_kill_disable 1\nunder_oom 0\noom_kill 4\n") << 1 << 0 << qint64(4);
}

void TestProcParsers::oomControl()
{
    QFETCH(QByteArray, text);
    const CgroupV1OomControl control = cgroupparse::parseOomControl(text);
    QTEST(int(control.oomKillDisable.value_or(false)), "disable");
    QTEST(int(control.underOom.value_or(false)), "underOom");
    QTEST(orMinus1(control.oomKill), "oomKill");
}

void TestProcParsers::nodeList_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QList<int>>("nodes");
    QTest::newRow("ranges") << QByteArray("0-3,5\n") << true << QList<int>({0, 1, 2, 3, 5});
    QTest::newRow("single") << QByteArray("1") << true << QList<int>({1});
    QTest::newRow("empty v2 cpuset.mems = the parent's")
        << QByteArray("\n") << true << QList<int>();
    QTest::newRow("open range") << QByteArray("0-") << false << QList<int>();
    QTest::newRow("reversed") << QByteArray("5-3") << false << QList<int>();
    QTest::newRow("trailing comma") << QByteArray("0,") << false << QList<int>();
    QTest::newRow("absurd range") << QByteArray("0-99999999") << false << QList<int>();
}

void TestProcParsers::nodeList()
{
    QFETCH(QByteArray, text);
    const auto nodes = procparse::parseNodeList(text);
    QTEST(nodes.has_value(), "valid");
    QTEST(nodes.value_or(QList<int>()), "nodes");
}

void TestProcParsers::choice_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("selected");
    QTest::addColumn<int>("choices");
    QTest::newRow("enabled (hybrid)")
        << fixture(u"hybrid/sys/kernel/mm/transparent_hugepage/enabled"_s) << u"madvise"_s << 3;
    QTest::newRow("defrag (hybrid)")
        << fixture(u"hybrid/sys/kernel/mm/transparent_hugepage/defrag"_s) << u"madvise"_s << 5;
    QTest::newRow("mTHP inherit (v2)")
        << fixture(u"v2/sys/kernel/mm/transparent_hugepage/hugepages-2048kB/enabled"_s)
        << u"inherit"_s << 4;
    QTest::newRow("nothing bracketed") << QByteArray("always never\n") << QString() << 2;
}

void TestProcParsers::choice()
{
    QFETCH(QByteArray, text);
    const auto choice = procparse::parseChoice(text);
    QVERIFY(choice);
    QTEST(choice->selected, "selected");
    QTEST(int(choice->choices.size()), "choices");
}

void TestProcParsers::owner_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("slice");
    QTest::addColumn<int>("runtime");
    QTest::addColumn<QString>("containerId");
    QTest::addColumn<QString>("podUid");
    QTest::addColumn<QString>("qos");

    const int none = int(ContainerRuntime::None);
    const QString id = u"60ef727c9751aac9084702bca274544f94f1bb070ace95e8a79911c22b01a91d"_s;
    QTest::newRow("root") << u"/"_s << QString() << QString() << none << QString() << QString()
                          << QString();
    QTest::newRow("service") << u"/system.slice/nginx.service"_s << u"nginx.service"_s
                             << u"system.slice"_s << none << QString() << QString() << QString();
    QTest::newRow("user app scope, innermost unit wins")
        << u"/user.slice/user-1000.slice/user@1000.service/app.slice/app-firefox-1234.scope"_s
        << u"app-firefox-1234.scope"_s << u"app.slice"_s << none << QString() << QString()
        << QString();
    QTest::newRow("docker, systemd driver")
        << (u"/system.slice/docker-"_s + id + u".scope"_s) << (u"docker-"_s + id + u".scope"_s)
        << u"system.slice"_s << int(ContainerRuntime::Docker) << id << QString() << QString();
    QTest::newRow("docker, cgroupfs driver (v1)")
        << (u"/docker/"_s + id) << QString() << QString() << int(ContainerRuntime::Docker) << id
        << QString() << QString();
    QTest::newRow("kubernetes burstable pod, containerd (systemd driver)")
        << u"/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod6f1c2a3b_9d4e_4f5a_8b7c_0123456789ab.slice/cri-containerd-3b1f0c5e2d4a6b8c9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e.scope"_s
        << u"cri-containerd-3b1f0c5e2d4a6b8c9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e.scope"_s
        << u"kubepods-burstable-pod6f1c2a3b_9d4e_4f5a_8b7c_0123456789ab.slice"_s
        << int(ContainerRuntime::Containerd)
        << u"3b1f0c5e2d4a6b8c9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e"_s
        << u"6f1c2a3b-9d4e-4f5a-8b7c-0123456789ab"_s << u"burstable"_s;
    QTest::newRow("kubernetes guaranteed pod, CRI-O")
        << (u"/kubepods.slice/kubepods-pod11112222_3333_4444_5555_666677778888.slice/crio-"_s + id
            + u".scope"_s)
        << (u"crio-"_s + id + u".scope"_s)
        << u"kubepods-pod11112222_3333_4444_5555_666677778888.slice"_s
        << int(ContainerRuntime::Crio) << id << u"11112222-3333-4444-5555-666677778888"_s
        << u"guaranteed"_s;
    QTest::newRow("CRI-O conmon is no container")
        << (u"/kubepods.slice/kubepods-besteffort.slice/crio-conmon-"_s + id + u".scope"_s)
        << (u"crio-conmon-"_s + id + u".scope"_s) << u"kubepods-besteffort.slice"_s << none
        << QString() << QString() << u"besteffort"_s;
    QTest::newRow("kubernetes cgroupfs driver")
        << (u"/kubepods/besteffort/pod0c1d2e3f-aaaa-bbbb-cccc-ddddeeeeffff/"_s + id) << QString()
        << QString() << int(ContainerRuntime::Unnamed) << id
        << u"0c1d2e3f-aaaa-bbbb-cccc-ddddeeeeffff"_s << u"besteffort"_s;
    QTest::newRow("podman")
        << (u"/user.slice/user-1000.slice/user@1000.service/user.slice/libpod-"_s + id
            + u".scope"_s)
        << (u"libpod-"_s + id + u".scope"_s) << u"user.slice"_s << int(ContainerRuntime::Podman)
        << id << QString() << QString();
    QTest::newRow("lxc payload") << u"/lxc.payload.web1"_s << QString() << QString()
                                 << int(ContainerRuntime::Lxc) << u"web1"_s << QString()
                                 << QString();
    QTest::newRow("nspawn machine")
        << u"/machine.slice/machine-debian.scope"_s << u"machine-debian.scope"_s
        << u"machine.slice"_s << int(ContainerRuntime::Nspawn) << u"debian"_s << QString()
        << QString();
    QTest::newRow("not hex: no container") << u"/docker/not-a-container"_s << QString() << QString()
                                           << none << QString() << QString() << QString();
}

void TestProcParsers::owner()
{
    QFETCH(QString, path);
    const CgroupOwner owner = cgroupparse::ownerFromPath(path);
    QTEST(owner.unit, "unit");
    QTEST(owner.slice, "slice");
    QTEST(int(owner.runtime), "runtime");
    QTEST(owner.containerId, "containerId");
    QTEST(owner.podUid, "podUid");
    QTEST(owner.qosClass, "qos");
}

void TestProcParsers::mounts()
{
    // The development machine: v1 controllers, name=systemd, and cgroup2 at unified.
    const auto mounts = cgroupparse::parseCgroupMounts(fixture(u"hybrid/proc/self/mountinfo"_s));
    QCOMPARE(mounts.size(), 10);
    const auto &memory = mounts.at(3);
    QCOMPARE(memory.mountPoint, u"/sys/fs/cgroup/memory"_s);
    QCOMPARE(memory.version, CgroupVersion::V1);
    QCOMPARE(memory.controllers, QStringList({u"memory"_s}));
    QCOMPARE(mounts.at(8).controllers, QStringList({u"name=systemd"_s}));
    QCOMPARE(mounts.last().version, CgroupVersion::V2);
    QCOMPARE(mounts.last().mountPoint, u"/sys/fs/cgroup/unified"_s);
    // A container without a cgroup namespace sees a subtree; mount points are escaped.
    const auto container = cgroupparse::parseCgroupMounts(
        "1 0 0:1 /docker/abc /sys/fs/cgroup/my\\040mem rw,nosuid shared:3 - cgroup cgroup "
        "rw,xattr,memory,cpuset\n");
    QCOMPARE(container.size(), 1);
    QCOMPARE(container[0].root, u"/docker/abc"_s);
    QCOMPARE(container[0].mountPoint, u"/sys/fs/cgroup/my mem"_s);
    QCOMPARE(container[0].controllers, QStringList({u"memory"_s, u"cpuset"_s}));

    // hidepid of the /proc mount (a user sees only their own processes with 2/invisible)
    QCOMPARE(cgroupparse::procHidepid(fixture(u"hybrid/proc/self/mountinfo"_s)), QString());
    QCOMPARE(cgroupparse::procHidepid(
                 "22 27 0:21 / /proc rw,nosuid - proc proc rw,hidepid=invisible,gid=4\n"),
             u"invisible"_s);
    QCOMPARE(cgroupparse::procHidepid("22 27 0:21 / /proc rw - proc proc rw,hidepid=2\n"), u"2"_s);
    QCOMPARE(cgroupparse::procHidepid("22 27 0:21 / /run/x rw - proc proc rw,hidepid=2\n"),
             QString());
}

QTEST_APPLESS_MAIN(TestProcParsers)
#include "tst_procparsers.moc"
