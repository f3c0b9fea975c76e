// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// The memory views' models against real data: every report of tests/data/reports that
// has the part a model shows, and the running kernel through a SystemTree snapshot and the
// LiveSampler. Each model also runs under QAbstractItemModelTester (fatal mode).

#include "app/memory/buddymodel.h"
#include "app/memory/cgrouptreemodel.h"
#include "app/memory/comparemodel.h"
#include "app/memory/memoryformat.h"
#include "app/memory/memorysummary.h"
#include "app/memory/victimmodel.h"
#include "app/memory/victimsortmodel.h"
#include "app/memory/zonelabels.h"
#include "app/memory/zonemodel.h"
#include "core/analysis/fragmentation.h"
#include "core/analysis/liveranking.h"
#include "core/analysis/reportcandidates.h"
#include "helpers/memoryincidents.h"
#include "sources/system/systemtree.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using oom::testing::reportIncident;

namespace {

QStringList reportNames()
{
    return QDir(QStringLiteral(OOMLENS_TEST_DATA_DIR "/reports"))
                    .entryList({u"*.log"_s}, QDir::Files, QDir::Name);
}

QVariant variantOf(const oom::IncidentPtr &incident)
{
    return QVariant::fromValue(incident);
}

oomapp::SnapshotPtr liveSnapshot()
{
    return std::make_shared<const oomapp::LiveSnapshot>(oomapp::LiveSnapshot{
        oom::SystemTree(oom::Root(u"/"_s))
            .read(oomapp::LiveSnapshotFeed::readOptions(oomapp::SnapshotPart::Processes
                                                        | oomapp::SnapshotPart::Cgroups)),
        {}});
}

} // namespace

class TestMemoryModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void zonesOfReports_data();
    void zonesOfReports();
    void buddyOfReports_data();
    void buddyOfReports();
    void rankingOfReports_data();
    void rankingOfReports();
    void whatIfChangesTheVictim();
    void cgroupsOfReports_data();
    void cgroupsOfReports();
    void summaryOfReport();
    void liveZonesAndBuddy();
    void liveRankingAndWhatIf();
    void liveCgroups();
    void compareIncidentWithNow();
    void sortAndFilter();
};

void TestMemoryModels::zonesOfReports_data()
{
    QTest::addColumn<QString>("report");
    for (const QString &name : reportNames())
        if (const auto incident = reportIncident(name);
            incident && !incident->event.zones.isEmpty())
            QTest::newRow(qPrintable(name)) << name;
}

void TestMemoryModels::zonesOfReports()
{
    QFETCH(QString, report);
    const oom::IncidentPtr incident = reportIncident(report);
    ZoneModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setIncident(variantOf(incident));
    const oom::OomEvent &event = incident->event;
    QCOMPARE(model.rowCount(), event.zones.size());
    for (int row = 0; row < model.rowCount(); ++row) {
        const oom::ZoneState &zone = event.zones.at(row);
        const QModelIndex index = model.index(row);
        QCOMPARE(index.data(ZoneModel::ZoneRole).toString(), zone.name);
        const auto free = zone.fieldKb(u"free"_s);
        const double shown = index.data(ZoneModel::FreeKbRole).toDouble();
        QCOMPARE(std::isnan(shown), !free);
        if (free)
            QCOMPARE(shown, double(free->value));
        if (const auto min = zone.fieldKb(u"min"_s))
            QCOMPARE(index.data(ZoneModel::MinKbRole).toDouble(), double(min->value));
        QCOMPARE(index.data(ZoneModel::LineRole).toLongLong(), zone.line.first);
    }
    // The replayed check: a zone the engine says refused is shown refused, by its shortfall.
    if (const auto &check = incident->analysis.watermarks) {
        for (const auto &v : check->zones) {
            for (int row = 0; row < model.rowCount(); ++row) {
                const oom::ZoneState &zone = event.zones.at(row);
                if (zone.node != v.node || zone.name != v.zone)
                    continue;
                const QModelIndex index = model.index(row);
                QCOMPARE(index.data(ZoneModel::UsableRole).toBool(), v.usableByAllocation);
                QCOMPARE(index.data(ZoneModel::ShortKbRole).toDouble(), double(v.shortKb));
                QCOMPARE(index.data(ZoneModel::RequiredKbRole).toDouble(), double(v.requiredKb));
                QVERIFY(!index.data(ZoneModel::VerdictRole).toString().isEmpty());
            }
        }
        QVERIFY(!model.summary().isEmpty());
    }
}

void TestMemoryModels::buddyOfReports_data()
{
    QTest::addColumn<QString>("report");
    for (const QString &name : reportNames())
        if (const auto incident = reportIncident(name);
            incident && !incident->event.buddy.isEmpty())
            QTest::newRow(qPrintable(name)) << name;
}

void TestMemoryModels::buddyOfReports()
{
    QFETCH(QString, report);
    const oom::IncidentPtr incident = reportIncident(report);
    BuddyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setIncident(variantOf(incident));
    const oom::OomEvent &event = incident->event;
    QCOMPARE(model.zones().size(), event.buddy.size());
    const qint64 pageKb = oom::pageSizeOf(event).kb;
    for (int z = 0; z < event.buddy.size(); ++z) {
        model.setZoneIndex(z);
        const oom::BuddyFreeList &list = event.buddy.at(z);
        QCOMPARE(model.rowCount(), list.orders.size());
        qint64 freeKb = 0;
        for (int order = 0; order < list.orders.size(); ++order) {
            const QModelIndex index = model.index(order, BuddyModel::CountColumn);
            QCOMPARE(index.data(BuddyModel::CountRole).toLongLong(), list.orders.at(order).count);
            QCOMPARE(index.data(BuddyModel::MigrateTypesRole).toString(),
                     list.orders.at(order).migrateTypes);
            // The report prints each order's block size; the page size read from it agrees.
            if (list.orders.at(order).blockKb > oom::KiB(0))
                QCOMPARE(index.data(BuddyModel::BlockKbRole).toLongLong(),
                         list.orders.at(order).blockKb.value);
            freeKb += list.orders.at(order).count * (pageKb << order);
        }
        QCOMPARE(model.freeKb(), double(freeKb));
        if (list.totalKb && list.orders.size() == 11)
            QCOMPARE(model.freeKb(), double(list.totalKb->value));
        if (event.trigger.order && *event.trigger.order >= 0) {
            QCOMPARE(model.order(), *event.trigger.order);
            // The same numbers as the engine's fragmentation of this zone.
            for (const oom::ZoneFragmentation &f : incident->analysis.fragmentation)
                if (f.node == list.node && f.zone == list.zone && f.unusableIndex)
                    QCOMPARE(model.unusableIndex(), *f.unusableIndex / 1000.0);
            QVERIFY(!model.answer().isEmpty());
        }
    }
}

void TestMemoryModels::rankingOfReports_data()
{
    QTest::addColumn<QString>("report");
    for (const QString &name : reportNames())
        if (const auto incident = reportIncident(name);
            incident && incident->analysis.ranking && !incident->analysis.ranking->tasks.isEmpty())
            QTest::newRow(qPrintable(name)) << name;
}

void TestMemoryModels::rankingOfReports()
{
    QFETCH(QString, report);
    const oom::IncidentPtr incident = reportIncident(report);
    VictimModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setIncident(variantOf(incident));
    const oom::RankingResult &ranking = *incident->analysis.ranking;
    QCOMPARE(model.rowCount(), ranking.tasks.size());
    QCOMPARE(model.predictedPid(),
             ranking.predictedPid ? double(*ranking.predictedPid) : std::nan(""));
    QVERIFY(model.predictedPid() == model.predictedPid() || !ranking.predictedPid);
    for (int row = 0; row < model.rowCount(); ++row) {
        const oom::RankedTask &task = ranking.tasks.at(row);
        QCOMPARE(model.index(row, VictimModel::PidColumn).data().toLongLong(), task.pid);
        QCOMPARE(model.index(row, VictimModel::NameColumn).data().toString(), task.comm);
        QCOMPARE(model.index(row, VictimModel::AdjColumn).data().toInt(), task.oomScoreAdj);
        QCOMPARE(model.index(row, 0).data(VictimModel::KilledRole).toBool(),
                 ranking.actualPid == task.pid);
        if (!task.eligible)
            QVERIFY(model.index(row, VictimModel::StatusColumn)
                        .data()
                        .toString()
                        .contains(task.reasonIneligible));
        // Each row's task-table line: the report's own numbers.
        const auto row_ = std::find_if(incident->event.tasks.begin(), incident->event.tasks.end(),
                                       [&](const oom::TaskRow &t) {
                                           return t.pid == task.pid;
                                       });
        QVERIFY(row_ != incident->event.tasks.end());
    }
    QVERIFY(!model.headline().isEmpty());
    QVERIFY(!model.explanation().isEmpty());
}

void TestMemoryModels::whatIfChangesTheVictim()
{
    // 038: a 6.1 report with a full task table; protecting the predicted victim must move
    // the prediction to the engine's next choice.
    const oom::IncidentPtr incident =
        reportIncident(u"038-unraid-6.1-sysrq-manual-oom-shmem-slab-heavy-obsidian-quoted.log"_s);
    QVERIFY(incident && incident->analysis.ranking);
    VictimModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setIncident(variantOf(incident));
    const double before = model.predictedPid();
    QVERIFY(!std::isnan(before));
    QSignalSpy changed(&model, &VictimModel::rankingChanged);
    model.setOomScoreAdj(before, -1000);
    QCOMPARE(changed.count(), 1);
    const oom::RankingResult expected = oom::whatIf(
        incident->event, {{oom::WhatIfChange::Kind::SetOomScoreAdj, qint64(before), -1000}});
    QVERIFY(expected.predictedPid);
    QCOMPARE(model.predictedPid(), double(*expected.predictedPid));
    QVERIFY(model.predictedPid() != before);
    QCOMPARE(model.baselinePid(), before);
    QVERIFY(model.whatIfActive());
    QVERIFY(model.whatIfText().contains(QString::number(qint64(model.predictedPid()))));
    QCOMPARE(model.prefill(before).value(u"oomScoreAdj"_s).toInt(), -1000);
    // Removing the new victim too moves it once more; undoing restores the report's ranking.
    const double second = model.predictedPid();
    model.removeTask(second);
    QVERIFY(model.predictedPid() != second);
    QCOMPARE(model.rowOfPid(second), -1);
    model.resetWhatIf();
    QCOMPARE(model.predictedPid(), before);
    QVERIFY(!model.whatIfActive());
}

void TestMemoryModels::cgroupsOfReports_data()
{
    QTest::addColumn<QString>("report");
    for (const QString &name : reportNames())
        if (const auto incident = reportIncident(name); incident
            && !incident->event.memcg.oomCgroup.isEmpty() && !incident->event.memcg.hostLimit)
            QTest::newRow(qPrintable(name)) << name;
}

void TestMemoryModels::cgroupsOfReports()
{
    QFETCH(QString, report);
    const oom::IncidentPtr incident = reportIncident(report);
    CgroupTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setIncident(variantOf(incident));
    const oom::MemcgState &memcg = incident->event.memcg;
    const QModelIndex limited = model.indexOfPath(memcg.oomCgroup);
    QVERIFY(limited.isValid());
    QVERIFY(limited.data(CgroupTreeModel::MarkRole).toInt() & CgroupTreeModel::LimitHit);
    if (memcg.memory.usageKb)
        QCOMPARE(limited.data(CgroupTreeModel::UsageKbRole).toDouble(),
                 double(memcg.memory.usageKb->value));
    if (memcg.memory.limitKb)
        QCOMPARE(limited.data(CgroupTreeModel::LimitKbRole).toDouble(),
                 double(memcg.memory.limitKb->value));
    if (!memcg.taskCgroup.isEmpty()) {
        const QModelIndex task = model.indexOfPath(memcg.taskCgroup);
        QVERIFY(task.isValid());
        QVERIFY(task.data(CgroupTreeModel::MarkRole).toInt() & CgroupTreeModel::IncidentCgroup);
    }
    QVERIFY(!model.summary().isEmpty());
    // A memory-cgroup OOM prints the cgroup's counters instead of Mem-Info: the Memory page
    // says so, and does not call the report cut.
    if (incident->event.zones.isEmpty() && incident->analysis.memcg) {
        ZoneModel zones;
        zones.setIncident(variantOf(incident));
        QVERIFY2(zones.summary().contains(u"memory cgroup's limit"_s), qPrintable(zones.summary()));
    }
    // Filtering keeps the matching cgroup and its ancestors.
    const QString leaf = memcg.oomCgroup.section(u'/', -1);
    if (!leaf.isEmpty()) {
        model.setFilterText(leaf);
        QVERIFY(model.indexOfPath(memcg.oomCgroup).isValid());
    }
}

void TestMemoryModels::summaryOfReport()
{
    const oom::IncidentPtr incident =
        reportIncident(u"038-unraid-6.1-sysrq-manual-oom-shmem-slab-heavy-obsidian-quoted.log"_s);
    MemorySummary summary;
    summary.setIncident(variantOf(incident));
    const oom::OomEvent &event = incident->event;
    const qint64 pageKb = oom::pageSizeOf(event).kb;
    QVERIFY(summary.isReady());
    QVERIFY(!summary.isLive());
    QCOMPARE(summary.memFreeKb(), double(event.meminfo.counter(u"free"_s)->value * pageKb));
    QCOMPARE(summary.memTotalKb(), double(event.meminfo.ramPages->value * pageKb));
    if (event.swap.totalKb)
        QCOMPARE(summary.swapTotalKb(), double(event.swap.totalKb->value));
}

void TestMemoryModels::liveZonesAndBuddy()
{
    const oom::Snapshot snapshot =
        oom::SystemTree(oom::Root(u"/"_s))
            .read(oomapp::LiveSnapshotFeed::readOptions(oomapp::SnapshotPart::Processes
                                                        | oomapp::SnapshotPart::Cgroups));
    QList<const oom::ZoneInfo *> withBuddy;
    for (const oom::ZoneInfo &zone : snapshot.zones)
        if (!zone.freeBlocksPerOrder.isEmpty())
            withBuddy.append(&zone);
    if (withBuddy.isEmpty())
        QSKIP("/proc/buddyinfo lists no zone here (no /proc mounted?); run on a Linux host");

    ZoneModel zones;
    QAbstractItemModelTester zoneTester(&zones,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    BuddyModel buddy;
    QAbstractItemModelTester buddyTester(&buddy,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    MemorySummary summary;
    zones.setActive(true);
    buddy.setActive(true);
    summary.setActive(true);
    QTRY_VERIFY_WITH_TIMEOUT(zones.rowCount() > 0 && buddy.rowCount() > 0 && summary.isReady(),
                             10000);

    // Watermarks hardly ever move: the sampler's and the snapshot's agree.
    for (int row = 0; row < zones.rowCount(); ++row) {
        const QModelIndex index = zones.index(row);
        const oom::ZoneInfo *info = snapshot.zone(index.data(ZoneModel::NodeRole).toInt(),
                                                  index.data(ZoneModel::ZoneRole).toString());
        QVERIFY2(info, qPrintable(index.data(ZoneModel::LabelRole).toString()));
        if (info->min)
            QCOMPARE(index.data(ZoneModel::MinKbRole).toDouble(),
                     double(info->min->value * snapshot.pageSize.value));
        // Nor does a zone's managed memory (the gauge's "free X of Y").
        if (info->managed)
            QCOMPARE(index.data(ZoneModel::ManagedKbRole).toDouble(),
                     double(info->managed->value * snapshot.pageSize.value));
    }
    // Every zone buddyinfo lists, with as many orders as it prints.
    QCOMPARE(buddy.zones().size(), withBuddy.size());
    for (int z = 0; z < withBuddy.size(); ++z) {
        buddy.setZoneIndex(z);
        QCOMPARE(buddy.rowCount(), withBuddy.at(z)->freeBlocksPerOrder.size());
        QCOMPARE(buddy.zoneLabel(), zoneLabel(withBuddy.at(z)->node, withBuddy.at(z)->name));
    }
    QCOMPARE(buddy.order(), 3);
    QVERIFY(buddy.history()->rowCount() >= 1);
    const auto memTotal = snapshot.meminfo.kib(u"MemTotal");
    QVERIFY(memTotal);
    QCOMPARE(summary.memTotalKb(), double(memTotal->value));
    QVERIFY(summary.memoryHistory()->rowCount() >= 1);
}

void TestMemoryModels::liveRankingAndWhatIf()
{
    const oomapp::SnapshotPtr snapshot = liveSnapshot();
    const oom::SnapshotRanking expected = oom::rankSnapshot(*snapshot);
    if (!expected.ranking.predictedPid)
        QSKIP("no eligible process could be ranked here (is /proc mounted and readable?)");
    VictimModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.applySnapshot(snapshot);
    QCOMPARE(model.rowCount(), expected.ranking.tasks.size());
    QCOMPARE(model.predictedPid(), double(*expected.ranking.predictedPid));
    // The kernel's own oom_score beside the prediction, for the process that has it.
    const int row = model.rowOfPid(model.predictedPid());
    const oom::ProcessInfo *process = snapshot->process(qint64(model.predictedPid()));
    QVERIFY(process);
    if (process->oomScore)
        QCOMPARE(model.index(row, VictimModel::KernelOomScoreColumn).data().toString(),
                 QLocale().toString(qint64(*process->oomScore)));

    int eligible = 0;
    for (const oom::RankedTask &task : expected.ranking.tasks)
        eligible += task.eligible && task.rank > 0;
    if (eligible < 2)
        QSKIP("only one eligible process here: a what-if cannot move the victim");
    const double before = model.predictedPid();
    model.setOomScoreAdj(before, -1000);
    QVERIFY(model.predictedPid() != before);
    QCOMPARE(model.baselinePid(), before);
    // The engine's second choice: the task ranked 2 before the change.
    const auto second = std::find_if(expected.ranking.tasks.begin(), expected.ranking.tasks.end(),
                                     [](const oom::RankedTask &t) {
                                         return t.rank == 2;
                                     });
    QVERIFY(second != expected.ranking.tasks.end());
    QCOMPARE(model.predictedPid(), double(second->pid));
}

void TestMemoryModels::liveCgroups()
{
    const oomapp::SnapshotPtr snapshot = liveSnapshot();
    int memoryCgroups = 0;
    for (const oom::Cgroup &cg : snapshot->cgroups)
        memoryCgroups += cg.hasMemoryController();
    if (memoryCgroups == 0)
        QSKIP("no memory cgroup hierarchy is mounted here; mount cgroup2 on /sys/fs/cgroup");
    CgroupTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.applySnapshot(snapshot); // what the feed delivers at its cadence
    QCOMPARE(model.count(), memoryCgroups);
    for (const oom::Cgroup &cg : snapshot->cgroups) {
        if (!cg.hasMemoryController())
            continue;
        const QModelIndex index = model.indexOfPath(cg.path);
        QVERIFY2(index.isValid(), qPrintable(cg.path));
        if (const auto usage = cg.memoryUsage())
            QCOMPARE(index.data(CgroupTreeModel::UsageKbRole).toDouble(),
                     double(usage->value / 1024));
    }
}

void TestMemoryModels::compareIncidentWithNow()
{
    const oom::IncidentPtr incident =
        reportIncident(u"038-unraid-6.1-sysrq-manual-oom-shmem-slab-heavy-obsidian-quoted.log"_s);
    CompareModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setIncident(variantOf(incident));
    const oomapp::SnapshotPtr now = liveSnapshot();
    model.compareWith(now);
    QVERIFY(model.isReady());
    QVERIFY(model.rowCount() >= 3 + incident->event.zones.size());
    // The RAM row: the report's "pages RAM" then, this machine's MemTotal now.
    const auto ram =
        std::find_if(model.rows().begin(), model.rows().end(), [](const CompareModel::Row &r) {
            return r.label == CompareModel::tr("RAM");
        });
    QVERIFY(ram != model.rows().end());
    const qint64 pageKb = oom::pageSizeOf(incident->event).kb;
    QCOMPARE(ram->then,
             MemoryFormat::size(double(incident->event.meminfo.ramPages->value * pageKb)));
    QCOMPARE(ram->now, MemoryFormat::size(double(now->meminfo.kib(u"MemTotal")->value)));
}

void TestMemoryModels::sortAndFilter()
{
    const oom::IncidentPtr incident =
        reportIncident(u"038-unraid-6.1-sysrq-manual-oom-shmem-slab-heavy-obsidian-quoted.log"_s);
    VictimModel model;
    model.setIncident(variantOf(incident));
    VictimSortModel sorted;
    QAbstractItemModelTester tester(&sorted, QAbstractItemModelTester::FailureReportingMode::Fatal);
    sorted.setVictims(&model);
    // By RSS, largest first: the numbers, not their text ("9 MiB" > "10 MiB" as text).
    sorted.sortBy(VictimModel::RssColumn);
    QVERIFY(sorted.descending());
    for (int row = 1; row < sorted.rowCount(); ++row)
        QVERIFY(
            sorted.index(row - 1, VictimModel::RssColumn).data(VictimModel::SortRole).toDouble()
            >= sorted.index(row, VictimModel::RssColumn).data(VictimModel::SortRole).toDouble());
    const QString name = model.index(0, VictimModel::NameColumn).data().toString();
    sorted.setFilterText(name);
    QVERIFY(sorted.rowCount() >= 1);
    for (int row = 0; row < sorted.rowCount(); ++row) {
        const QString shown = sorted.index(row, VictimModel::NameColumn).data().toString()
            + sorted.index(row, VictimModel::PidColumn).data().toString()
            + sorted.index(row, VictimModel::CgroupColumn)
                  .data(VictimModel::ToolTipRole)
                  .toString();
        QVERIFY(shown.contains(name, Qt::CaseInsensitive));
    }
}

QTEST_GUILESS_MAIN(TestMemoryModels)
#include "tst_memorymodels.moc"
