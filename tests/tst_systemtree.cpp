// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// SystemTree over the fixture roots of tests/data/proc (v2, v1 and hybrid cgroup
// layouts; see the README in each) and over the live system.

#include "sources/system/systemtree.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace oom;

namespace {

QString fixtureRoot(const QString &scenario)
{
    return QStringLiteral(OOMLENS_TEST_DATA_DIR "/proc/") + scenario;
}

Snapshot readFixture(const QString &scenario, const SnapshotOptions &options = {})
{
    return SystemTree(Root(fixtureRoot(scenario))).read(options);
}

const Cgroup *findCgroup(const Snapshot &s, const QString &path, CgroupVersion version,
                         const QString &hierarchy = {})
{
    for (const Cgroup &cg : s.cgroups) {
        if (cg.path == path && cg.version == version && cg.hierarchy == hierarchy)
            return &cg;
    }
    return nullptr;
}

bool hasNote(const Snapshot &s, NoteKind kind, const QString &subject)
{
    for (const SnapshotNote &note : s.notes) {
        if (note.kind == kind && note.subject == subject)
            return true;
    }
    return false;
}

QString describeNotes(const Snapshot &s)
{
    QStringList lines;
    for (const SnapshotNote &note : s.notes)
        lines.append(QString::number(int(note.kind)) + u' ' + note.subject + u": "_s
                     + note.message);
    return lines.join(u'\n');
}

QList<qint64> pids(const Snapshot &s)
{
    QList<qint64> out;
    for (const ProcessInfo &p : s.processes)
        out.append(p.pid);
    return out;
}

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + source.mid(from.size());
        if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(source, target))
            return false;
    }
    return true;
}

QByteArray readSelf(const char *file)
{
    QFile f(QString::fromLatin1("/proc/self/") + QLatin1StringView(file));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace

class TestSystemTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void v2Layout();
    void v2Processes();
    void v2SystemFiles();
    void v1Layout();
    void hybridLayout();
    void vanishedProcess();
    void walkBounds();
    void options();
    void liveTreeFiles();
    void missingRoot();
    void permissionDenied();
    void liveSystem();
    void bundlePageSize_data();
    void bundlePageSize();
};

void TestSystemTree::v2Layout()
{
    const Snapshot s = readFixture(u"v2"_s);
    QVERIFY(!s.live);
    QCOMPARE(s.cgroupLayout, CgroupLayout::V2);
    QCOMPARE(s.cgroups.size(), 15); // the root and 14 below it, all on the one hierarchy

    const Cgroup *root = findCgroup(s, u"/"_s, CgroupVersion::V2);
    QVERIFY(root);
    QCOMPARE(root->depth, 0);
    QVERIFY(!root->max); // the root has no limits
    QCOMPARE(root->stat.value(u"anon"), std::optional<qint64>(6000000000));
    QCOMPARE(root->pressure.some->avg10, 1.53);

    const Cgroup *nginx = findCgroup(s, u"/system.slice/nginx.service"_s, CgroupVersion::V2);
    QVERIFY(nginx);
    QCOMPARE(nginx->depth, 2);
    QCOMPARE(nginx->owner.unit, u"nginx.service"_s);
    QCOMPARE(nginx->owner.slice, u"system.slice"_s);
    QCOMPARE(nginx->max, std::optional<MemoryLimit>(MemoryLimit::of(Bytes(536870912))));
    QCOMPARE(nginx->memoryLimit(), nginx->max);
    QCOMPARE(nginx->high, std::optional<MemoryLimit>(MemoryLimit::of(Bytes(483183820))));
    QCOMPARE(nginx->current, std::optional<Bytes>(Bytes(530000000)));
    QCOMPARE(nginx->peak, std::optional<Bytes>(Bytes(536870912)));
    QCOMPARE(nginx->swapMax, std::optional<MemoryLimit>(MemoryLimit::of(Bytes(0))));
    QCOMPARE(nginx->oomKills(), std::optional<qint64>(2));
    QCOMPARE(nginx->events.value(u"oom_group_kill"), std::optional<qint64>(1));
    QCOMPARE(nginx->eventsLocal.value(u"max"), std::optional<qint64>(1523));
    QCOMPARE(nginx->oomGroup, std::optional<bool>(true));
    QCOMPARE(nginx->pressure.full->avg10, 10.0);
    QCOMPARE(nginx->cpusetMems, std::optional<QString>(u"1"_s));
    QCOMPARE(nginx->cpusetMemsEffective, std::optional<QString>(u"1"_s));
    QVERIFY(nginx->memory.isEmpty()); // no v1 files on v2
    QVERIFY(nginx->hasMemoryController());

    const Cgroup *slice = findCgroup(s, u"/system.slice"_s, CgroupVersion::V2);
    QVERIFY(slice);
    QCOMPARE(slice->max, std::optional<MemoryLimit>(MemoryLimit::none()));
    QCOMPARE(slice->cpusetMems, std::optional<QString>(QString())); // empty: the parent's

    int containers = 0;
    for (const Cgroup &cg : s.cgroups) {
        if (cg.owner.runtime == ContainerRuntime::Docker) {
            ++containers;
            QCOMPARE(cg.max, std::optional<MemoryLimit>(MemoryLimit::of(Bytes(1073741824))));
        } else if (cg.owner.runtime == ContainerRuntime::Containerd) {
            ++containers;
            QCOMPARE(cg.owner.podUid, u"6f1c2a3b-9d4e-4f5a-8b7c-0123456789ab"_s);
            QCOMPARE(cg.owner.qosClass, u"burstable"_s);
            QCOMPARE(cg.min, std::optional<MemoryLimit>(MemoryLimit::of(Bytes(52428800))));
            QCOMPARE(cg.depth, 4);
        }
    }
    QCOMPARE(containers, 2);
    // Children come in name order, depth first.
    QCOMPARE(s.cgroups.at(1).path, u"/init.scope"_s);
    QCOMPARE(s.cgroups.last().path, u"/user.slice/user-1000.slice/user@1000.service/init.scope"_s);
    QVERIFY2(!hasNote(s, NoteKind::Layout, u"sys/fs/cgroup"_s), qPrintable(describeNotes(s)));
}

void TestSystemTree::v2Processes()
{
    const Snapshot s = readFixture(u"v2"_s);
    QCOMPARE(pids(s), QList<qint64>({1, 2, 812, 1500, 2001, 3000})); // 4000 exited mid-read

    const ProcessInfo *nginx = s.process(812);
    QVERIFY(nginx);
    QCOMPARE(nginx->comm, u"nginx"_s);
    QCOMPARE(nginx->uid, std::optional<qint64>(33));
    QCOMPARE(nginx->vmRss, std::optional<KiB>(KiB(516000)));
    QCOMPARE(nginx->rssAnon, std::optional<KiB>(KiB(500000)));
    QCOMPARE(nginx->vmSwap, std::optional<KiB>(KiB(4096)));
    QCOMPARE(nginx->oomScore, std::optional<int>(690));
    QCOMPARE(nginx->oomScoreAdj, std::optional<int>(0));
    QCOMPARE(nginx->cmdline, QStringList({u"nginx: worker process"_s}));
    QCOMPARE(nginx->memoryCgroup(), u"/system.slice/nginx.service"_s);
    QCOMPARE(nginx->unifiedCgroup(), u"/system.slice/nginx.service"_s);
    QVERIFY(s.memoryCgroup(nginx->memoryCgroup()));
    QCOMPARE(nginx->fieldsRead, defaultProcessFields());
    QVERIFY(!nginx->pss); // smaps_rollup is not in the default set
    QCOMPARE(nginx->startTimeTicks, std::optional<qint64>(1200));

    // Kernel threads: only stat and status are read.
    const ProcessInfo *kthreadd = s.process(2);
    QVERIFY(kthreadd);
    QVERIFY(kthreadd->kernelThread);
    QVERIFY(!(kthreadd->fieldsRead & ProcessField::Cmdline));
    QVERIFY(!kthreadd->oomScoreAdj);
    QVERIFY(!kthreadd->vmRss);

    QCOMPARE(s.process(1500)->comm, u"(sd-pam)"_s);
    QCOMPARE(s.process(2001)->comm, u"a) b (c"_s);
    QCOMPARE(s.process(2001)->state, 'R');
    const ProcessInfo *java = s.process(3000);
    QCOMPARE(java->oomScoreAdj, std::optional<int>(936));
    const Cgroup *pod = s.memoryCgroup(java->memoryCgroup());
    QVERIFY(pod);
    QCOMPARE(pod->owner.runtime, ContainerRuntime::Containerd);
}

void TestSystemTree::v2SystemFiles()
{
    const Snapshot s = readFixture(u"v2"_s);
    QCOMPARE(s.kernelRelease, u"6.8.0-45-generic"_s);
    QCOMPARE(s.hostname, u"web-07"_s);
    QCOMPARE(s.uptimeSeconds, std::optional<double>(864123.45));
    QVERIFY(s.pageSizeInferred);
    QCOMPARE(s.pageSize, KiB(4));
    QVERIFY(s.meminfo.kib(u"MemTotal"));
    QCOMPARE(s.vmstat.value(u"oom_kill"), std::optional<qint64>(7));

    QCOMPARE(s.zones.size(), 5);
    const ZoneInfo *normal1 = s.zone(1, u"Normal");
    QVERIFY(normal1);
    QCOMPARE(normal1->promo, std::optional<Pages>(Pages(29562)));
    QCOMPARE(normal1->freeBlocksPerOrder.size(), 11);
    QCOMPARE(normal1->freeByMigrateType.size(), 5);
    QCOMPARE(normal1->freeByMigrateType.at(1).cappedOrders, 1u);
    QCOMPARE(s.pageblockOrder, std::optional<int>(9));

    QVERIFY(s.memoryPressure && s.cpuPressure && s.ioPressure);
    QCOMPARE(s.memoryPressure->full->totalUs, 2345678);
    QVERIFY(s.swapsKnown);
    QCOMPARE(s.swaps.size(), 2);
    QCOMPARE(s.swaps.last().filename, u"/var/swap file"_s);

    QCOMPARE(s.vmSysctlInt(u"min_free_kbytes"), std::optional<qint64>(67584));
    QCOMPARE(s.vmSysctl(u"lowmem_reserve_ratio"), std::optional<QString>(u"256\t256\t32\t0\t0"_s));
    QVERIFY(!s.vmSysctl(u"stat_refresh")); // reading it would refresh every CPU's counters

    QCOMPARE(s.thp.enabled->selected, u"always"_s);
    QCOMPARE(s.thp.useZeroPage, std::optional<bool>(true));
    QCOMPARE(s.thp.hpagePmdSizeBytes, std::optional<qint64>(2097152));
    QCOMPARE(s.thp.khugepaged.value(u"max_ptes_none"), std::optional<qint64>(511));
    QCOMPARE(s.thp.perSize.size(), 2);
    QCOMPARE(s.thp.perSize.first().first, u"64kB"_s); // by size, not by name
    QCOMPARE(s.thp.perSize.last().second.selected, u"inherit"_s);

    QCOMPARE(s.numaNodes.size(), 2);
    QCOMPARE(s.numaNodes[1].id, 1);
    QCOMPARE(s.numaNodes[1].distance, QList<int>({21, 10}));
    QCOMPARE(s.numaNodes[1].cpuList, u"8-15"_s);
    QCOMPARE(s.numaNodes[1].meminfo.kib(u"MemTotal"), std::optional<KiB>(KiB(16515060)));
    QCOMPARE(s.numaNodes[1].zoneinfoStats.value(u"nr_shmem"), std::optional<qint64>(1110));
}

void TestSystemTree::v1Layout()
{
    const Snapshot s = readFixture(u"v1"_s);
    QCOMPARE(s.cgroupLayout, CgroupLayout::V1);
    QVERIFY2(hasNote(s, NoteKind::Layout, u"sys/fs/cgroup/memory"_s), qPrintable(describeNotes(s)));
    QVERIFY2(hasNote(s, NoteKind::Unsupported, u"proc/pressure"_s), qPrintable(describeNotes(s)));
    QVERIFY(!s.memoryPressure);
    QVERIFY(hasNote(s, NoteKind::Missing, u"sys/kernel/mm/transparent_hugepage"_s));
    QCOMPARE(s.kernelRelease, u"3.10.0-1160.el7.x86_64"_s);

    // 5 memory cgroups, 2 cpuset cgroups
    QCOMPARE(s.cgroups.size(), 7);
    const Cgroup *mysqld =
        findCgroup(s, u"/system.slice/mysqld.service"_s, CgroupVersion::V1, u"memory"_s);
    QVERIFY(mysqld);
    QCOMPARE(mysqld->owner.unit, u"mysqld.service"_s);
    QCOMPARE(mysqld->memoryLimit(), std::optional<MemoryLimit>(MemoryLimit::of(Bytes(2147483648))));
    QCOMPARE(mysqld->memoryUsage(), std::optional<Bytes>(Bytes(2147430400)));
    QCOMPARE(mysqld->memory.failcnt, std::optional<qint64>(12345));
    QCOMPARE(mysqld->memory.maxUsage, std::optional<Bytes>(Bytes(2147483648)));
    QCOMPARE(mysqld->memsw.limit, std::optional<MemoryLimit>(MemoryLimit::of(Bytes(4294967296))));
    QCOMPARE(mysqld->kmem.limit, std::optional<MemoryLimit>(MemoryLimit::none()));
    QVERIFY(mysqld->kmemTcp.isEmpty()); // 3.10 without kmem.tcp files here
    QCOMPARE(mysqld->oomControl.underOom, std::optional<bool>(true));
    QCOMPARE(mysqld->oomKills(), std::nullopt); // memory.oom_control has oom_kill from 4.13
    QCOMPARE(mysqld->softLimit, std::optional<MemoryLimit>(MemoryLimit::none()));
    QCOMPARE(mysqld->stat.value(u"hierarchical_memory_limit"), std::optional<qint64>(2147483648));
    QVERIFY(!mysqld->current); // no v2 files on v1
    QVERIFY(mysqld->pressure.isEmpty());

    const Cgroup *docker =
        findCgroup(s, u"/docker/60ef727c9751aac9084702bca274544f94f1bb070ace95e8a79911c22b01a91d"_s,
                   CgroupVersion::V1, u"memory"_s);
    QVERIFY(docker);
    QCOMPARE(docker->owner.runtime, ContainerRuntime::Docker);
    QCOMPARE(docker->oomControl.oomKillDisable, std::optional<bool>(true));

    const Cgroup *cpuset = findCgroup(s, u"/system.slice"_s, CgroupVersion::V1, u"cpuset"_s);
    QVERIFY(cpuset);
    QCOMPARE(cpuset->cpusetMems, std::optional<QString>(u"0"_s));
    QVERIFY(!cpuset->memory.limit);

    const ProcessInfo *mysqlProcess = s.process(1234);
    QVERIFY(mysqlProcess);
    QCOMPARE(mysqlProcess->memoryCgroup(), u"/system.slice/mysqld.service"_s);
    QCOMPARE(mysqlProcess->cpusetCgroup(), u"/"_s);
    QCOMPARE(s.memoryCgroup(mysqlProcess->memoryCgroup()), mysqld);
    QVERIFY(!mysqlProcess->rssAnon); // 3.10 status has no RssAnon (4.5+)
    QCOMPARE(mysqlProcess->vmRss, std::optional<KiB>(KiB(2096000)));
    QCOMPARE(s.process(2345)->oomScoreAdj, std::optional<int>(-998));

    const ZoneInfo *dma = s.zone(0, u"DMA");
    QVERIFY(dma);
    QCOMPARE(dma->unreclaimable, std::optional<bool>(true));
    QCOMPARE(dma->protection.size(), 4);
    QCOMPARE(dma->freeByMigrateType.at(3).type, u"Reserve"_s);
}

void TestSystemTree::hybridLayout()
{
    // The development machine's files: found through proc/self/mountinfo.
    const Snapshot s = readFixture(u"hybrid"_s);
    QCOMPARE(s.cgroupLayout, CgroupLayout::Hybrid);
    QVERIFY2(hasNote(s, NoteKind::Layout, u"sys/fs/cgroup/memory"_s), qPrintable(describeNotes(s)));
    QCOMPARE(s.kernelRelease.left(5), u"6.18."_s);

    const QString path = u"/process_api/5d85b60779ea2c56ea8892ff60190908"_s;
    const Cgroup *memory = findCgroup(s, path, CgroupVersion::V1, u"memory"_s);
    QVERIFY(memory);
    QCOMPARE(memory->depth, 2);
    QCOMPARE(memory->memoryLimit(), std::optional<MemoryLimit>(MemoryLimit::none()));
    QVERIFY(memory->memoryUsage() && memory->memoryUsage()->value > 0);
    QCOMPARE(memory->oomKills(), std::optional<qint64>(0));
    QVERIFY(memory->kmemTcp.limit);

    const Cgroup *unified = findCgroup(s, u"/"_s, CgroupVersion::V2);
    QVERIFY(unified);
    QVERIFY(unified->pressure.some);
    QVERIFY(!unified->hasMemoryController());
    QVERIFY(findCgroup(s, u"/"_s, CgroupVersion::V1, u"cpuset"_s));
    QCOMPARE(s.cgroups.size(), 5); // memory: 3, cpuset: 1, unified: 1

    const ProcessInfo *sleep = s.process(4242);
    QVERIFY(sleep);
    QCOMPARE(sleep->comm, u"sleep"_s);
    QCOMPARE(sleep->memoryCgroup(), path);
    QCOMPARE(sleep->unifiedCgroup(), u"/"_s);
    QCOMPARE(s.memoryCgroup(path), memory);
    QVERIFY(s.process(2)->kernelThread);
    QCOMPARE(s.process(1)->comm, u"process_api"_s);

    QCOMPARE(s.zones.size(), 5);
    QCOMPARE(s.numaNodes.size(), 1);
    QCOMPARE(s.thp.enabled->selected, u"madvise"_s);
    QVERIFY(s.swapsKnown);
    QVERIFY(s.swaps.isEmpty());
}

void TestSystemTree::vanishedProcess()
{
    const Snapshot s = readFixture(u"v2"_s);
    QVERIFY(!s.process(4000));
    QVERIFY2(hasNote(s, NoteKind::Vanished, u"pid 4000"_s), qPrintable(describeNotes(s)));

    const SystemTree tree(Root(fixtureRoot(u"v2"_s)));
    QList<SnapshotNote> notes;
    QVERIFY(!tree.readProcess(4000, defaultProcessFields(), &notes));
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.first().kind, NoteKind::Vanished);

    // With stat alone (the sampler's set) the same process reads fine.
    notes.clear();
    const auto statOnly = tree.readProcess(4000, ProcessField::Stat, &notes);
    QVERIFY(statOnly);
    QCOMPARE(statOnly->state, 'Z');
    QVERIFY(notes.isEmpty());

    notes.clear();
    QVERIFY(!tree.readProcess(99999, defaultProcessFields(), &notes));
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.first().subject, u"pid 99999"_s);

    // smaps_rollup when asked for
    const auto nginx = tree.readProcess(812, allProcessFields());
    QVERIFY(nginx);
    QCOMPARE(nginx->pss, std::optional<KiB>(KiB(510000)));
    // ... and a kernel without smaps_rollup (< 4.14) is no vanished process
    notes.clear();
    const auto noRollup = tree.readProcess(1, allProcessFields(), &notes);
    QVERIFY(noRollup);
    QVERIFY(!noRollup->pss);
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.first().kind, NoteKind::Unsupported);
}

void TestSystemTree::walkBounds()
{
    SnapshotOptions shallow;
    shallow.maxCgroupDepth = 1;
    const Snapshot s = readFixture(u"v2"_s, shallow);
    for (const Cgroup &cg : s.cgroups)
        QVERIFY(cg.depth <= 1);
    QCOMPARE(s.cgroups.size(), 5); // /, init.scope, kubepods.slice, system.slice, user.slice
    QVERIFY(hasNote(s, NoteKind::Truncated, u"sys/fs/cgroup/kubepods.slice"_s));

    SnapshotOptions few;
    few.maxCgroups = 3;
    const Snapshot t = readFixture(u"v2"_s, few);
    QCOMPARE(t.cgroups.size(), 3);
    QVERIFY(hasNote(t, NoteKind::Truncated, u"sys/fs/cgroup"_s));
}

void TestSystemTree::options()
{
    SnapshotOptions sampler;
    sampler.processFields = ProcessField::Stat;
    sampler.cgroupStat = false;
    sampler.pageTypeInfo = false;
    sampler.settings = false;
    const Snapshot s = readFixture(u"v2"_s, sampler);
    QCOMPARE(pids(s), QList<qint64>({1, 2, 812, 1500, 2001, 3000, 4000}));
    QCOMPARE(s.process(812)->rssPages, std::optional<Pages>(Pages(129000)));
    QVERIFY(!s.process(812)->vmRss);
    QVERIFY(s.process(812)->cgroups.isEmpty());
    QVERIFY(s.zone(0, u"Normal")->freeByMigrateType.isEmpty());
    QVERIFY(!s.zone(0, u"Normal")->freeBlocksPerOrder.isEmpty());
    QVERIFY(s.vmSysctls.isEmpty());
    QVERIFY(findCgroup(s, u"/system.slice"_s, CgroupVersion::V2)->stat.isEmpty());

    SnapshotOptions none;
    none.processes = false;
    none.cgroups = false;
    const Snapshot t = readFixture(u"v2"_s, none);
    QVERIFY(t.processes.isEmpty());
    QVERIFY(t.cgroups.isEmpty());
    QCOMPARE(t.cgroupLayout, CgroupLayout::Unknown);
}

// The live Cgroups page reads only what it shows: usage, limit, failcnt, memsw and the OOM
// counters on v1; current, max, high, swap and memory.events on v2.
void TestSystemTree::liveTreeFiles()
{
    SnapshotOptions live;
    live.cgroupDetails = false;
    const Snapshot v1 = readFixture(u"v1"_s, live);
    const Cgroup *mysqld =
        findCgroup(v1, u"/system.slice/mysqld.service"_s, CgroupVersion::V1, u"memory"_s);
    QVERIFY(mysqld);
    QCOMPARE(mysqld->memoryUsage(), std::optional<Bytes>(Bytes(2147430400)));
    QCOMPARE(mysqld->memoryLimit(), std::optional<MemoryLimit>(MemoryLimit::of(Bytes(2147483648))));
    QCOMPARE(mysqld->memory.failcnt, std::optional<qint64>(12345));
    QCOMPARE(mysqld->memsw.limit, std::optional<MemoryLimit>(MemoryLimit::of(Bytes(4294967296))));
    QCOMPARE(mysqld->oomControl.underOom, std::optional<bool>(true));
    QVERIFY(!mysqld->memory.maxUsage);
    QVERIFY(mysqld->kmem.isEmpty());
    QVERIFY(!mysqld->softLimit);

    const Snapshot v2 = readFixture(u"v2"_s, live);
    const Snapshot full = readFixture(u"v2"_s);
    QCOMPARE(v2.cgroups.size(), full.cgroups.size());
    for (const Cgroup &cg : full.cgroups) {
        const Cgroup *lean = findCgroup(v2, cg.path, CgroupVersion::V2);
        QVERIFY(lean);
        QCOMPARE(lean->current, cg.current);
        QCOMPARE(lean->max, cg.max);
        QCOMPARE(lean->high, cg.high);
        QCOMPARE(lean->swapCurrent, cg.swapCurrent);
        QCOMPARE(lean->swapMax, cg.swapMax);
        QCOMPARE(lean->events, cg.events);
        QCOMPARE(lean->pressure.some.has_value(), cg.pressure.some.has_value());
        QVERIFY(!lean->low && !lean->min && !lean->peak && lean->eventsLocal.isEmpty());
    }
}

void TestSystemTree::missingRoot()
{
    const Snapshot s = readFixture(u"does-not-exist"_s);
    QCOMPARE(s.notes.size(), 1);
    QCOMPARE(s.notes.first().kind, NoteKind::Missing);
    QVERIFY(s.meminfo.isEmpty());

    // An empty directory: every part is noted, nothing fails.
    QTemporaryDir empty;
    const Snapshot e = SystemTree(Root(empty.path())).read();
    QVERIFY(hasNote(e, NoteKind::Missing, u"proc/meminfo"_s));
    QVERIFY(hasNote(e, NoteKind::Unsupported, u"sys/fs/cgroup"_s));
    QVERIFY(hasNote(e, NoteKind::Missing, u"proc"_s));
    QVERIFY(e.processes.isEmpty());
}

void TestSystemTree::permissionDenied()
{
    if (::geteuid() == 0)
        QSKIP(
            "root reads files of mode 000 (CAP_DAC_OVERRIDE); run this test as a normal user: "
            "ctest -R tst_systemtree (without sudo)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(copyTree(fixtureRoot(u"v2"_s), dir.path()));
    const auto deny = [&](const QString &relative) {
        QVERIFY(::chmod(QFile::encodeName(dir.path() + u'/' + relative).constData(), 0) == 0);
    };
    deny(u"proc/pagetypeinfo"_s);
    deny(u"proc/812/smaps_rollup"_s);
    deny(u"proc/812/cmdline"_s);
    deny(u"sys/fs/cgroup/system.slice/nginx.service/memory.stat"_s);

    const SystemTree tree(Root(dir.path()));
    const Snapshot s = tree.read();
    QVERIFY2(hasNote(s, NoteKind::PermissionDenied, u"proc/pagetypeinfo"_s),
             qPrintable(describeNotes(s)));
    QVERIFY(s.zone(0, u"Normal")->freeByMigrateType.isEmpty());
    QVERIFY(!s.zone(0, u"Normal")->freeBlocksPerOrder.isEmpty()); // buddyinfo still read

    const ProcessInfo *nginx = s.process(812);
    QVERIFY(nginx);
    QVERIFY(nginx->fieldsDenied & ProcessField::Cmdline);
    QVERIFY(nginx->cmdline.isEmpty());
    QVERIFY(nginx->vmRss); // the rest of the process is there
    QVERIFY(hasNote(s, NoteKind::PermissionDenied, u"proc/<pid>/cmdline"_s));

    const Cgroup *cg = findCgroup(s, u"/system.slice/nginx.service"_s, CgroupVersion::V2);
    QVERIFY(cg);
    QVERIFY(cg->stat.isEmpty());
    QVERIFY(cg->max);
    QVERIFY(hasNote(s, NoteKind::PermissionDenied, u"memory.stat"_s));

    QList<SnapshotNote> notes;
    const auto withRollup = tree.readProcess(812, allProcessFields(), &notes);
    QVERIFY(withRollup);
    QVERIFY(withRollup->fieldsDenied & ProcessField::SmapsRollup);
    QVERIFY(!withRollup->pss);

    // Restore the modes so QTemporaryDir can clean up.
    for (const QString &f :
         {u"proc/pagetypeinfo"_s, u"proc/812/smaps_rollup"_s, u"proc/812/cmdline"_s,
          u"sys/fs/cgroup/system.slice/nginx.service/memory.stat"_s})
        ::chmod(QFile::encodeName(dir.path() + u'/' + f).constData(), 0644);
}

void TestSystemTree::liveSystem()
{
    if (!QFile::exists(u"/proc/self/stat"_s))
        QSKIP("no /proc mounted here (a chroot or a container without procfs)");
    // Raising one's own oom_score_adj needs no privilege; the snapshot must show the value.
    const QByteArray before = readSelf("oom_score_adj").trimmed();
    int expectedAdj = before.toInt();
    {
        QFile adj(u"/proc/self/oom_score_adj"_s);
        if (adj.open(QIODevice::WriteOnly)
            && adj.write(QByteArray::number(qMin(expectedAdj + 7, 1000))) > 0)
            expectedAdj = qMin(expectedAdj + 7, 1000);
    }

    const Snapshot s = SystemTree(Root(u"/"_s)).read();
    QVERIFY(s.live);
    QVERIFY(!s.pageSizeInferred);
    QCOMPARE(s.pageSize.value * 1024, qint64(::sysconf(_SC_PAGESIZE)));
    QVERIFY(s.meminfo.kib(u"MemTotal") && s.meminfo.kib(u"MemTotal")->value > 0);
    QVERIFY(s.meminfo.kib(u"MemFree"));
    QVERIFY(!s.zones.isEmpty());
    QVERIFY(s.vmstat.contains(u"nr_free_pages"));
    QVERIFY(!s.kernelRelease.isEmpty());

    const ProcessInfo *me = s.process(::getpid());
    QVERIFY(me);
    QCOMPARE(me->oomScoreAdj, std::optional<int>(expectedAdj));
    QVERIFY(me->vmRss && me->vmRss->value > 0);
    QCOMPARE(me->uid, std::optional<qint64>(::getuid()));
    QVERIFY(me->cmdline.value(0).endsWith(u"tst_systemtree"_s));

    // The cgroup this process is in, as /proc/self/cgroup says, is the one in the snapshot.
    const QList<QByteArray> lines = readSelf("cgroup").split('\n');
    QString memoryPath;
    QString unifiedPath;
    for (const QByteArray &line : lines) {
        const QList<QByteArray> parts = line.split(':');
        if (parts.size() < 3)
            continue;
        const QString path = QString::fromUtf8(line.mid(parts[0].size() + parts[1].size() + 2));
        if (parts[0] == "0" && parts[1].isEmpty())
            unifiedPath = path;
        else if (parts[1].split(',').contains("memory"))
            memoryPath = path;
    }
    QCOMPARE(me->memoryCgroup(), memoryPath.isEmpty() ? unifiedPath : memoryPath);
    if (s.cgroupLayout == CgroupLayout::Unknown)
        QSKIP("no cgroup hierarchy mounted here: the process's cgroup cannot be looked up");
    const Cgroup *mine = s.memoryCgroup(me->memoryCgroup());
    QVERIFY2(mine, qPrintable(me->memoryCgroup() + u'\n' + describeNotes(s)));
    QVERIFY(mine->memoryUsage() || mine->path == u"/"_s);
}

// A bundle's page size: stated by its MANIFEST, else inferred only when meminfo, zoneinfo and
// vmstat agree. The "disagree" row has the numbers of a 6.18 guest whose meminfo counts
// memory no zone manages (MemTotal 24,683,748 kB against 1,661,424 managed pages: a ratio
// of 14.9 that alone would read as 16 KiB pages).
void TestSystemTree::bundlePageSize_data()
{
    QTest::addColumn<qint64>("memTotalKb");
    QTest::addColumn<qint64>("managedPages");
    QTest::addColumn<qint64>("memFreeKb");
    QTest::addColumn<qint64>("freePages");
    QTest::addColumn<QByteArray>("manifest");
    QTest::addColumn<qint64>("pageKb");
    QTest::addColumn<bool>("inferred");
    QTest::addColumn<bool>("assumedNote");
    QTest::newRow("pairs agree on 4 KiB")
        << qint64(8000000) << qint64(2000000) << qint64(400000) << qint64(100000) << QByteArray()
        << qint64(4) << true << false;
    QTest::newRow("pairs agree on 64 KiB")
        << qint64(8000000) << qint64(125000) << qint64(640000) << qint64(10000) << QByteArray()
        << qint64(64) << true << false;
    QTest::newRow("pairs disagree: 4 KiB assumed")
        << qint64(24683748) << qint64(1661424) << qint64(22400000) << qint64(1084510)
        << QByteArray() << qint64(4) << true << true;
    QTest::newRow("the MANIFEST states it")
        << qint64(24683748) << qint64(1661424) << qint64(22400000) << qint64(1084510)
        << QByteArray(R"({"schema":"oomlens.bundle/1","pageSizeBytes":16384})") << qint64(16)
        << false << false;
}

void TestSystemTree::bundlePageSize()
{
    QFETCH(qint64, memTotalKb);
    QFETCH(qint64, managedPages);
    QFETCH(qint64, memFreeKb);
    QFETCH(qint64, freePages);
    QFETCH(QByteArray, manifest);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto write = [&dir](const QString &relative, const QByteArray &data) {
        QVERIFY(QDir().mkpath(QFileInfo(dir.filePath(relative)).path()));
        QFile file(dir.filePath(relative));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(data);
    };
    write(u"proc/meminfo"_s,
          "MemTotal:       " + QByteArray::number(memTotalKb)
              + " kB\nMemFree:        " + QByteArray::number(memFreeKb) + " kB\n");
    write(u"proc/zoneinfo"_s,
          "Node 0, zone   Normal\n  pages free     1000\n        min      100\n"
          "        low      120\n        high     140\n        spanned  "
              + QByteArray::number(managedPages) + "\n        present  "
              + QByteArray::number(managedPages) + "\n        managed  "
              + QByteArray::number(managedPages) + "\n        protection: (0, 0, 0, 0, 0)\n");
    write(u"proc/vmstat"_s, "nr_free_pages " + QByteArray::number(freePages) + "\n");
    if (!manifest.isEmpty())
        write(u"MANIFEST"_s, manifest);
    const Snapshot s = SystemTree(Root(dir.path())).read();
    QTEST(s.pageSize.value, "pageKb");
    QTEST(s.pageSizeInferred, "inferred");
    QTEST(hasNote(s, NoteKind::Missing, u"proc/meminfo"_s), "assumedNote");
}

QTEST_GUILESS_MAIN(TestSystemTree)
#include "tst_systemtree.moc"
