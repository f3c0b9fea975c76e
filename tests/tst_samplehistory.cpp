// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// The live sampler's history ring (src/core/model/samplehistory.h): bounds, gaps after a
// pause, unknown values, name tables, and the memory one hour of history takes.

#include "core/model/samplehistory.h"

#include <QTest>

#include <vector>

using namespace Qt::StringLiterals;
using namespace oom;

namespace {

SystemSample sampleAt(qint64 timeMs)
{
    SystemSample s;
    s.timeMs = timeMs;
    s.memTotalKiB = KiB(1000);
    s.set(SampleField::MemTotal);
    return s;
}

ZoneSample zone(quint8 id, quint32 free)
{
    ZoneSample z;
    z.zoneId = id;
    z.freePages = free;
    z.known = ZoneSample::Free;
    return z;
}

} // namespace

class TestSampleHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ringKeepsTheNewest_data()
    {
        QTest::addColumn<int>("capacity");
        QTest::addColumn<int>("appended");
        QTest::newRow("empty") << 4 << 0;
        QTest::newRow("partly filled") << 4 << 3;
        QTest::newRow("exactly full") << 4 << 4;
        QTest::newRow("wrapped once") << 4 << 6;
        QTest::newRow("wrapped many times") << 5 << 123;
        QTest::newRow("capacity one") << 1 << 7;
    }
    void ringKeepsTheNewest()
    {
        QFETCH(int, capacity);
        QFETCH(int, appended);
        SampleHistory history({capacity, 2, 2});
        for (int i = 0; i < appended; ++i)
            history.append(sampleAt(i), {}, {});
        const int held = qMin(capacity, appended);
        QCOMPARE(history.size(), held);
        QCOMPARE(history.capacity(), capacity);
        QCOMPARE(history.appended(), quint64(appended));
        for (int i = 0; i < held; ++i)
            QCOMPARE(history.at(i).system->timeMs, qint64(appended - held + i)); // oldest first
        if (held > 0)
            QCOMPARE(history.latest().system->timeMs, qint64(appended - 1));
    }

    void slotsBoundZonesAndCgroups()
    {
        SampleHistory history({3, 2, 1});
        const std::vector<ZoneSample> zones = {zone(0, 10), zone(1, 20), zone(2, 30)};
        CgroupSample a;
        a.cgroupId = history.cgroupId(u"/a"_s);
        CgroupSample b;
        b.cgroupId = history.cgroupId(u"/b"_s);
        const std::vector<CgroupSample> cgroups = {a, b};
        history.append(sampleAt(1), zones, cgroups);
        const SampleHistory::View v = history.latest();
        QCOMPARE(v.zones.size(), std::size_t(2));
        QCOMPARE(v.zones[1].freePages, 20u);
        QCOMPARE(v.cgroups.size(), std::size_t(1));
        QVERIFY(v.system->hasFlag(SampleFlag::ZonesDropped));
        QVERIFY(v.system->hasFlag(SampleFlag::CgroupsDropped));
        QCOMPARE(v.system->zoneCount, 2);

        // A later sample with fewer zones does not show the earlier sample's slots.
        history.append(sampleAt(2), std::span<const ZoneSample>(zones.data(), 1), {});
        QCOMPARE(history.latest().zones.size(), std::size_t(1));
        QVERIFY(!history.latest().system->hasFlag(SampleFlag::ZonesDropped));
        QCOMPARE(history.at(0).zones.size(), std::size_t(2)); // the first is untouched
    }

    void pauseFlagsTheNextSampleOnly()
    {
        SampleHistory history({8, 0, 0});
        history.markGap(); // before anything was sampled: nothing to break
        history.append(sampleAt(1), {}, {});
        QVERIFY(!history.latest().system->hasFlag(SampleFlag::AfterGap));
        history.append(sampleAt(2), {}, {});
        history.markGap(); // paused (nobody watched) ...
        history.markGap(); // ... however often it is said
        history.append(sampleAt(60), {}, {}); // ... and resumed
        history.append(sampleAt(61), {}, {});
        QVERIFY(!history.at(1).system->hasFlag(SampleFlag::AfterGap));
        QVERIFY(history.at(2).system->hasFlag(SampleFlag::AfterGap));
        QVERIFY(!history.at(3).system->hasFlag(SampleFlag::AfterGap));
    }

    void unknownValuesStayUnknown()
    {
        SampleHistory history({2, 1, 1});
        SystemSample s;
        s.timeMs = 5;
        s.memTotalKiB = KiB(4096);
        s.set(SampleField::MemTotal);
        s.set(SampleField::OomKills);
        s.oomKills = 0; // known and zero is not unknown
        ZoneSample z;
        z.zoneId = history.zoneId(0, u"Normal"_s);
        z.known = ZoneSample::Free; // watermarks unknown
        z.freePages = 12;
        CgroupSample c;
        c.cgroupId = history.cgroupId(u"/system.slice"_s);
        c.known = CgroupSample::Limit; // usage unknown (permission denied)
        c.flags = CgroupSample::Unlimited;
        history.append(s, std::span<const ZoneSample>(&z, 1), std::span<const CgroupSample>(&c, 1));

        const SampleHistory::View v = history.latest();
        QVERIFY(v.system->has(SampleField::MemTotal));
        QVERIFY(v.system->has(SampleField::OomKills));
        QCOMPARE(v.system->oomKills, 0u);
        for (SampleField f : {SampleField::MemAvailable, SampleField::MemoryPressure,
                              SampleField::MemoryPressureFull, SampleField::Swap,
                              SampleField::Zones, SampleField::Cgroups, SampleField::Processes})
            QVERIFY2(!v.system->has(f), qPrintable(QString::number(quint32(f))));
        QVERIFY(!(v.zones[0].known & ZoneSample::Watermarks));
        QVERIFY(!(v.cgroups[0].known & CgroupSample::Usage));
        QVERIFY(v.cgroups[0].flags & CgroupSample::Unlimited);
        QCOMPARE(history.zoneName(v.zones[0].zoneId), u"Normal"_s);
        QCOMPARE(history.cgroupPath(v.cgroups[0].cgroupId), u"/system.slice"_s);
    }

    void cgroupNumbersAreRecycledOnlyWhenUnused()
    {
        // 1 slot per sample, 2 samples held: the table (256 names) fills after 256 cgroups
        // that came and went; later ones reuse numbers no held sample refers to.
        SampleHistory history({2, 0, 1});
        QCOMPARE(history.cgroupTableLimit(), 256);
        for (int i = 0; i < 1000; ++i) {
            const QString path = u"/kubepods/pod"_s + QString::number(i);
            CgroupSample c;
            c.cgroupId = history.cgroupId(path);
            QVERIFY2(c.cgroupId != SampleHistory::NoCgroupId, qPrintable(path));
            history.append(sampleAt(i), {}, std::span<const CgroupSample>(&c, 1));
            // Both held samples still name their own cgroup.
            QCOMPARE(history.cgroupPath(history.latest().cgroups[0].cgroupId), path);
            if (i > 0)
                QCOMPARE(history.cgroupPath(history.at(0).cgroups[0].cgroupId),
                         u"/kubepods/pod"_s + QString::number(i - 1));
        }
        QVERIFY(history.cgroupTable().size() <= 256);
        // The same path asked twice for one sample is one number.
        QCOMPARE(history.cgroupId(u"/x"_s), history.cgroupId(u"/x"_s));
    }

    void unitsSaturate()
    {
        QCOMPARE(CgroupSample::toUnits(Bytes(0)), 0u);
        QCOMPARE(CgroupSample::toUnits(Bytes(1)), 1u); // rounds up: in use is never shown as 0
        QCOMPARE(CgroupSample::toUnits(Bytes(8192)), 2u);
        QCOMPARE(CgroupSample::toUnits(Bytes(qint64(1) << 62)), 0xffffffffu);
    }

    // The figure the README states for one hour at 1 Hz with the default slots.
    void oneHourIsBoundedAndStated()
    {
        QVERIFY(sizeof(SystemSample) <= 96);
        QCOMPARE(sizeof(ZoneSample), std::size_t(88));
        QCOMPARE(sizeof(CgroupSample), std::size_t(12));
        const SampleLayout layout; // 3600 samples, 8 zones, 64 cgroups
        const std::size_t perSample = SampleHistory::bytesPerSample(layout);
        QCOMPARE(perSample,
                 sizeof(SystemSample) + 8 * sizeof(ZoneSample) + 64 * sizeof(CgroupSample));
        const SampleHistory history(layout);
        QCOMPARE(history.storageBytes(), perSample * 3600);
        QVERIFY(history.storageBytes() < 6 * 1024 * 1024);
        qInfo("one hour at 1 Hz: %zu bytes per sample, %.2f MiB", perSample,
              double(history.storageBytes()) / (1024.0 * 1024.0));
    }
};

QTEST_GUILESS_MAIN(TestSampleHistory)
#include "tst_samplehistory.moc"
