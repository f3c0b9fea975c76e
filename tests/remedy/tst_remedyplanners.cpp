// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
// The six planners on hand-built incidents and snapshots: what each proposes, what it
// refuses (a cgroup, process, node or filesystem that is not there), and that a plan
// whose values are already in place has no step (a repeated apply changes nothing).
#include "core/analysis/causeids.h"
#include "remedy/hostfacts.h"
#include "remedy/planformatter.h"
#include "remedy/planners.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace oom;
using namespace oom::remedy;

namespace {

constexpr qint64 MiB = 1024 * 1024;
constexpr qint64 GiB = 1024 * MiB;

Snapshot baseSnapshot()
{
    Snapshot snapshot;
    snapshot.live = true;
    snapshot.meminfo.kb.append(u"MemTotal"_s, 8 * 1024 * 1024); // 8 GiB
    snapshot.swapsKnown = true;
    snapshot.vmSysctls = {{u"swappiness"_s, u"60"_s},
                          {u"panic_on_oom"_s, u"1"_s},
                          {u"overcommit_memory"_s, u"0"_s},
                          {u"compaction_proactiveness"_s, u"20"_s}};
    for (int id : {0, 1}) {
        NumaNode node;
        node.id = id;
        node.meminfo.kb.append(u"MemTotal"_s, 4 * 1024 * 1024);
        node.meminfo.kb.append(u"MemFree"_s, id == 0 ? 100 * 1024 : 3 * 1024 * 1024);
        snapshot.numaNodes.append(node);
    }
    Cgroup web;
    web.path = u"/system.slice/web.service"_s;
    web.version = CgroupVersion::V2;
    web.owner.unit = u"web.service"_s;
    web.current = Bytes(900 * MiB);
    web.max = MemoryLimit::of(Bytes(1 * GiB));
    web.high = MemoryLimit::none();
    web.cpusetMems = u"0"_s;
    snapshot.cgroups.append(web);
    Cgroup pod;
    pod.path = u"/kubepods/pod1"_s;
    pod.version = CgroupVersion::V2;
    pod.current = Bytes(2 * GiB);
    pod.max = MemoryLimit::of(Bytes(2 * GiB));
    snapshot.cgroups.append(pod);
    ProcessInfo db;
    db.pid = 4242;
    db.comm = u"postgres"_s;
    db.oomScoreAdj = 0;
    db.startTimeTicks = 123456;
    snapshot.processes.append(db);
    ZoneInfo zone;
    zone.node = 0;
    zone.name = u"Normal"_s;
    zone.freeBlocksPerOrder = {500, 200, 50, 4, 1, 0, 0, 0, 0, 0, 0};
    snapshot.zones.append(zone);
    return snapshot;
}

RemedyContext memcgContext()
{
    RemedyContext context;
    context.incidentId = u"kern.log:120"_s;
    context.causes.append(
        {causeid::MemcgLimit, u"web.service hit its 1 GiB limit"_s, remedyid::Limits});
    context.oomCgroup = u"/system.slice/web.service"_s;
    context.taskCgroup = context.oomCgroup;
    context.memcgLimitKb = 1024 * 1024;
    context.victimPid = 999;
    context.victimComm = u"node"_s;
    context.victimRssKb = 700 * 1024;
    context.unit = u"web.service"_s;
    return context;
}

} // namespace

class TestRemedyPlanners : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void limitsThroughSystemd()
    {
        const Snapshot snapshot = baseSnapshot();
        const RemedyContext context = memcgContext();
        const LimitChoices choices = Planners::recommendLimits(context, snapshot);
        QCOMPARE(choices.cgroup, u"/system.slice/web.service"_s);
        QCOMPARE(choices.unit, u"web.service"_s);
        QCOMPARE(choices.bytes, 1536 * MiB); // 1.5 x the limit hit, in 64 MiB steps
        const Plan plan = Planners::planLimits(context, snapshot, choices);
        QVERIFY(plan.isApplicable());
        QCOMPARE(plan.steps.size(), 1);
        QCOMPARE(plan.steps[0].action, StepAction::SetUnitProperty);
        QCOMPARE(plan.steps[0].file, u"MemoryMax"_s);
        QCOMPARE(plan.steps[0].value, QString::number(1536 * MiB));
        QCOMPARE(plan.steps[0].before, QString::number(GiB));
        QVERIFY(plan.why.contains(u"web.service hit its 1 GiB limit"_s));
        // The sentence says sizes as sizes; the step's "before" is the file's own value.
        QVERIFY2(plan.why.contains(u"/system.slice/web.service uses 900 MiB now (limit 1 GiB)."_s),
                 qPrintable(plan.why.join(u'\n')));
    }

    void limitsOnAPlainCgroupProposesTheAncestor()
    {
        const Snapshot snapshot = baseSnapshot();
        RemedyContext context;
        context.causes.append({causeid::MemcgAncestorLimit, u"pod limit"_s, remedyid::Limits});
        context.oomCgroup = u"/kubepods/pod1"_s;
        context.taskCgroup = u"/kubepods/pod1/container"_s;
        context.memcgLimitKb = 2 * 1024 * 1024;
        const LimitChoices choices = Planners::recommendLimits(context, snapshot);
        QCOMPARE(choices.cgroup, u"/kubepods/pod1"_s);
        QVERIFY(choices.unit.isEmpty());
        const Plan plan = Planners::planLimits(context, snapshot, choices);
        QVERIFY(plan.isApplicable());
        QCOMPARE(plan.steps[0].action, StepAction::SetCgroupLimit);
        QCOMPARE(plan.steps[0].file, u"memory.max"_s);
        QCOMPARE(plan.steps[0].target, u"/kubepods/pod1"_s);
        QVERIFY(!plan.reasoning.filter(u"parent"_s).isEmpty());
    }

    void limitBelowUsageNeedsExplicitConfirmation()
    {
        const Snapshot snapshot = baseSnapshot();
        const RemedyContext context = memcgContext();
        LimitChoices choices = Planners::recommendLimits(context, snapshot);
        choices.bytes = 512 * MiB; // below the 900 MiB in use
        Plan plan = Planners::planLimits(context, snapshot, choices);
        QVERIFY(!plan.isApplicable());
        QVERIFY(!plan.explicitConfirmation.isEmpty());
        QVERIFY(plan.explicitConfirmation.contains(u"memory.high"_s));
        choices.confirmedBelowUsage = true;
        plan = Planners::planLimits(context, snapshot, choices);
        QVERIFY(plan.isApplicable());
        // memory.high throttles instead: no confirmation needed.
        choices.confirmedBelowUsage = false;
        choices.kind = LimitKind::High;
        plan = Planners::planLimits(context, snapshot, choices);
        QVERIFY(plan.isApplicable());
        QVERIFY(plan.explicitConfirmation.isEmpty());
    }

    void limitsRefuseAMissingOrHostileCgroup_data()
    {
        QTest::addColumn<QString>("cgroup");
        QTest::newRow("gone") << u"/system.slice/gone.service"_s;
        QTest::newRow("dot dot") << u"/system.slice/../../etc"_s;
        QTest::newRow("empty") << QString();
    }
    void limitsRefuseAMissingOrHostileCgroup()
    {
        QFETCH(QString, cgroup);
        LimitChoices choices;
        choices.cgroup = cgroup;
        choices.bytes = GiB;
        const Plan plan = Planners::planLimits(memcgContext(), baseSnapshot(), choices);
        QVERIFY(!plan.isApplicable());
        QVERIFY(plan.steps.isEmpty());
        QCOMPARE(plan.refusals.size(), 1);
    }

    void limitAlreadyInPlaceHasNoStep()
    {
        LimitChoices choices;
        choices.cgroup = u"/system.slice/web.service"_s;
        choices.bytes = GiB; // what memory.max is now
        const Plan plan = Planners::planLimits(memcgContext(), baseSnapshot(), choices);
        QVERIFY(plan.steps.isEmpty());
        QVERIFY(plan.refusals.isEmpty());
        QCOMPARE(plan.inPlace.size(), 1);
    }

    void swap()
    {
        Snapshot snapshot = baseSnapshot();
        RemedyContext context;
        context.causes.append({causeid::NoSwap, u"there was no swap"_s, remedyid::Swap});
        context.victimRssKb = 3 * 1024 * 1024; // 3 GiB
        const QList<MountFacts> mounts{{u"/"_s, u"ext4"_s, 50 * GiB},
                                       {u"/tmp"_s, u"tmpfs"_s, 100 * GiB},
                                       {u"/srv"_s, u"nfs4"_s, 900 * GiB}};
        SwapChoices choices = Planners::recommendSwap(context, snapshot, mounts);
        QCOMPARE(choices.mountPoint, u"/"_s); // tmpfs and NFS are never chosen
        QCOMPARE(choices.sizeBytes, 6 * GiB); // twice the shortfall
        choices.swappiness = 10;
        Plan plan = Planners::planSwap(context, snapshot, mounts, choices);
        QVERIFY(plan.isApplicable());
        QCOMPARE(plan.steps.size(), 2);
        QCOMPARE(plan.steps[0].action, StepAction::CreateSwapFile);
        QVERIFY(plan.steps[0].preview.contains(u"/etc/fstab"_s));
        QVERIFY(plan.steps[0].preview.contains(u"/oomlens.swap none swap sw 0 0"_s));
        QCOMPARE(plan.steps[1].target, u"vm.swappiness"_s);

        choices.mountPoint = u"/tmp"_s;
        plan = Planners::planSwap(context, snapshot, mounts, choices);
        QVERIFY(!plan.isApplicable());
        QVERIFY(plan.refusals.constFirst().contains(u"tmpfs"_s));

        choices.mountPoint = u"/"_s;
        choices.sizeBytes = 60 * GiB; // more than the free space
        QVERIFY(!Planners::planSwap(context, snapshot, mounts, choices).isApplicable());

        // Already enabled: nothing to do.
        choices.sizeBytes = 2 * GiB;
        snapshot.swaps.append({u"/oomlens.swap"_s, u"file"_s, KiB(2 * 1024 * 1024), KiB(0), -2});
        plan = Planners::planSwap(context, snapshot, mounts, choices);
        QVERIFY(plan.steps.isEmpty());
        QCOMPARE(plan.inPlace.size(), 1);
    }

    // A system-wide OOM is answered by the swap wizard (hostCause in pressurecauses.cpp),
    // not by a limit no cgroup hit: opened from the report of 020 (a host without swap
    // lines in the excerpt, kaspad killed with 24.69 GiB resident), the wizard says why and
    // sizes the file from the killed process, capped by RAM.
    void swapForAHostWideOom()
    {
        QFile file(QStringLiteral(OOMLENS_TEST_DATA_DIR "/reports/"
                                  "020-journal-global-oom-kaspad-systemd-scope-abridged"
                                  ".expected.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject event =
            QJsonDocument::fromJson(file.readAll()).array().first().toObject();
        const RemedyContext context = RemedyContextReader::fromReportEvent(event);
        QVERIFY(context.hasCause(causeid::HostExhausted));
        QVERIFY(context.oomCgroup.isEmpty());
        QVERIFY(Planners::whyFor(context, remedyid::Limits).isEmpty());
        const QStringList why = Planners::whyFor(context, remedyid::Swap);
        QCOMPARE(why.size(), 1);
        QVERIFY2(why.constFirst().contains(u"system-wide"_s), qPrintable(why.constFirst()));
        const QList<MountFacts> mounts{{u"/"_s, u"ext4"_s, 500 * GiB}};
        const SwapChoices choices = Planners::recommendSwap(context, baseSnapshot(), mounts);
        QCOMPARE(choices.mountPoint, u"/"_s);
        QCOMPARE(choices.sizeBytes, 8 * GiB); // twice 24.69 GiB, capped by the 8 GiB of RAM
        const Plan plan = Planners::planSwap(context, baseSnapshot(), mounts, choices);
        QVERIFY(plan.isApplicable());
        QVERIFY(plan.why.constFirst().contains(u"system-wide"_s));
        QVERIFY2(plan.reasoning.constFirst().contains(u"24.69 GiB"_s),
                 qPrintable(plan.reasoning.join(u'\n')));
    }

    // Below a root that is not the live system no statvfs() figure exists: the planner
    // refuses rather than guess whether the file fits.
    void swapWithUnknownFreeSpace()
    {
        RemedyContext context;
        const QList<MountFacts> mounts{{u"/"_s, u"ext4"_s, std::nullopt},
                                       {u"/tmp"_s, u"tmpfs"_s, 4 * GiB}};
        SwapChoices choices = Planners::recommendSwap(context, baseSnapshot(), mounts);
        QCOMPARE(choices.mountPoint, u"/"_s);
        QCOMPARE(choices.sizeBytes, GiB); // an eighth of RAM, no free space to cap it
        const Plan plan = Planners::planSwap(context, baseSnapshot(), mounts, choices);
        QVERIFY(!plan.isApplicable());
        QVERIFY2(plan.refusals.constFirst().contains(u"unknown"_s),
                 qPrintable(plan.refusals.join(u'\n')));
    }

    void cpuset()
    {
        const Snapshot snapshot = baseSnapshot();
        RemedyContext context;
        context.causes.append({causeid::NumaNodeExhausted, u"node 0 ran out"_s, remedyid::Cpuset});
        context.taskCgroup = u"/system.slice/web.service"_s;
        context.memsAllowed = u"0"_s;
        CpusetChoices choices = Planners::recommendCpuset(context, snapshot);
        QCOMPARE(choices.nodes, u"0,1"_s);
        QCOMPARE(choices.unit, u"web.service"_s);
        Plan plan = Planners::planCpuset(context, snapshot, choices);
        QVERIFY(plan.isApplicable());
        QCOMPARE(plan.steps[0].file, u"AllowedMemoryNodes"_s);
        QCOMPARE(plan.reasoning.size(), 2); // each node's free memory
        choices.nodes = u"0-3"_s; // nodes 2 and 3 do not exist
        plan = Planners::planCpuset(context, snapshot, choices);
        QVERIFY(!plan.isApplicable());
        QVERIFY(plan.refusals.constFirst().contains(u"2"_s));
        choices.unit.clear();
        choices.nodes = u"0"_s; // what cpuset.mems is already
        plan = Planners::planCpuset(context, snapshot, choices);
        QVERIFY(plan.steps.isEmpty());
        QCOMPARE(plan.inPlace.size(), 1);
    }

    void compaction()
    {
        const Snapshot snapshot = baseSnapshot();
        RemedyContext context;
        context.causes.append({causeid::Fragmentation, u"order 3 failed"_s, remedyid::Compaction});
        context.order = 3;
        CompactionChoices choices = Planners::recommendCompaction(context, snapshot);
        Plan plan = Planners::planCompaction(context, snapshot, choices);
        QVERIFY(plan.isApplicable());
        QCOMPARE(plan.steps[0].action, StepAction::CompactMemory);
        QVERIFY(!plan.steps[0].reversible);
        // order 3 or larger: 4 + 1 blocks
        QVERIFY(plan.reasoning.constFirst().contains(u"5"_s));
        choices.tunings = {{u"vm.compaction_proactiveness"_s, u"40"_s}};
        plan = Planners::planCompaction(context, snapshot, choices);
        QCOMPARE(plan.steps.size(), 2);
        QCOMPARE(plan.steps[1].before, u"20"_s);
        choices.tunings = {{u"vm.panic_on_oom"_s, u"0"_s}}; // not a compaction setting
        QVERIFY(!Planners::planCompaction(context, snapshot, choices).isApplicable());
        choices.tunings.clear();
        choices.node = 7;
        QVERIFY(!Planners::planCompaction(context, snapshot, choices).isApplicable());
    }

    void oomPriorityForAProcess()
    {
        const Snapshot snapshot = baseSnapshot();
        RemedyContext context;
        OomPriorityChoices choices;
        choices.pid = 4242;
        choices.oomScoreAdj = -500;
        Plan plan = Planners::planOomPriority(context, snapshot, choices);
        QVERIFY(plan.isApplicable());
        QCOMPARE(plan.steps[0].startTimeTicks, 123456);
        QCOMPARE(plan.steps[0].before, u"0"_s);
        choices.pid = 5555; // not running
        QVERIFY(!Planners::planOomPriority(context, snapshot, choices).isApplicable());
        choices.pid = 4242;
        choices.oomScoreAdj = 0; // already
        plan = Planners::planOomPriority(context, snapshot, choices);
        QVERIFY(plan.steps.isEmpty());
        QCOMPARE(plan.inPlace.size(), 1);
        choices.oomScoreAdj = -2000;
        QVERIFY(!Planners::planOomPriority(context, snapshot, choices).isApplicable());
    }

    void oomPriorityForAService()
    {
        const Snapshot snapshot = baseSnapshot();
        RemedyContext context = memcgContext();
        context.victimPid = 4242; // the pid now belongs to postgres, not the killed "node"
        OomPriorityChoices choices = Planners::recommendOomPriority(context, snapshot);
        QCOMPARE(choices.unit, u"web.service"_s);
        QCOMPARE(choices.pid, 0); // never the reused pid
        choices.oomPolicy = u"continue"_s;
        const Plan plan = Planners::planOomPriority(context, snapshot, choices);
        QVERIFY(plan.isApplicable());
        QCOMPARE(plan.steps.size(), 2);
        QCOMPARE(plan.steps[0].action, StepAction::WriteUnitDropIn);
        QVERIFY(plan.steps[1].preview.contains(u"OOMPolicy=continue"_s));
        QCOMPARE(plan.followUps.size(), 1);
    }

    void policy()
    {
        const Snapshot snapshot = baseSnapshot();
        RemedyContext context;
        context.causes.append({causeid::PanicOnOom, u"the kernel panicked"_s, QString()});
        PolicyChoices choices = Planners::recommendPolicy(context, snapshot);
        QCOMPARE(choices.sysctls.size(), 1);
        Plan plan = Planners::planPolicy(context, snapshot, choices);
        QVERIFY(plan.isApplicable());
        QCOMPARE(plan.steps[0].target, u"vm.panic_on_oom"_s);
        choices.sysctls = {{u"vm.overcommit_memory"_s, u"2"_s}};
        plan = Planners::planPolicy(context, snapshot, choices);
        QVERIFY(plan.steps[0].risks.constFirst().contains(u"Strict"_s));
        choices.sysctls = {{u"vm.swappiness"_s, u"10"_s}}; // belongs to the swap wizard
        QVERIFY(!Planners::planPolicy(context, snapshot, choices).isApplicable());
        choices.sysctls = {{u"vm.overcommit_memory"_s, u"0"_s}}; // already
        plan = Planners::planPolicy(context, snapshot, choices);
        QVERIFY(plan.steps.isEmpty());
        QCOMPARE(plan.inPlace.size(), 1);
    }

    void oomdPolicy()
    {
        RemedyContext context;
        context.causes.append({causeid::OomdPressure, u"oomd killed"_s, remedyid::SystemdPolicy});
        context.unit = u"user@1000.service"_s;
        const PolicyChoices choices = Planners::recommendPolicy(context, baseSnapshot());
        const Plan plan = Planners::planPolicy(context, baseSnapshot(), choices);
        QVERIFY(plan.isApplicable());
        QCOMPARE(plan.steps[0].action, StepAction::SetUnitProperty);
        QCOMPARE(plan.steps[0].file, u"ManagedOOMMemoryPressure"_s);
    }

    void formatterShowsEverything()
    {
        const Plan plan =
            Planners::planLimits(memcgContext(), baseSnapshot(),
                                 Planners::recommendLimits(memcgContext(), baseSnapshot()));
        const QString text = PlanFormatter::format(plan);
        QVERIFY(text.startsWith(u"Plan: Change a memory limit\n"_s));
        QVERIFY(text.contains(u"web.service: MemoryMax=1073741824 \u2192 1610612736"_s));
        QVERIFY(text.contains(u"Risk: "_s));
        QVERIFY(text.contains(u"Undo: "_s));
    }

    void bytesAreFormattedForPeople()
    {
        QCOMPARE(Planners::formatBytes(3 * GiB), u"3 GiB"_s);
        QCOMPARE(Planners::formatBytes(412 * GiB), u"412 GiB"_s);
        QCOMPARE(Planners::formatBytes(3 * GiB / 2), u"1.5 GiB"_s);
        QCOMPARE(Planners::formatBytes(qint64(25891448) * 1024), u"24.69 GiB"_s);
        QCOMPARE(Planners::formatBytes(640 * MiB), u"640 MiB"_s);
    }

    void mountInfo()
    {
        const QByteArray text =
            "22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw\n"
            "23 22 0:20 / /tmp rw shared:2 - tmpfs tmpfs rw\n"
            "24 22 0:21 / /mnt/with\\040space rw - xfs /dev/sdb rw\n"
            "25 22 0:22 / /tmp rw - ext4 /dev/sdc rw\n";
        const QList<MountFacts> mounts = parseMountInfo(text);
        QCOMPARE(mounts.size(), 3);
        QCOMPARE(mounts[1].mountPoint, u"/mnt/with space"_s);
        QCOMPARE(mounts[2].mountPoint, u"/tmp"_s);
        QCOMPARE(mounts[2].fsType, u"ext4"_s); // the later mount hides the tmpfs
    }
};

QTEST_GUILESS_MAIN(TestRemedyPlanners)
#include "tst_remedyplanners.moc"
