// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sources/system/systemfiles.h"

#include "core/parse/proc/procfreelists.h"
#include "core/parse/proc/procsystem.h"
#include "core/parse/proc/proczoneinfo.h"
#include "sources/system/notecollector.h"
#include "sources/system/root.h"

#include <QByteArray>

#include <algorithm>
#include <cerrno>

using namespace Qt::StringLiterals;

namespace oom::systemfiles {

namespace {

QString text(QByteArrayView bytes)
{
    return QString::fromUtf8(bytes.trimmed());
}

// Reads a whole file; on failure notes it (unless quiet for ENOENT) and returns false.
bool readFile(const Root &root, const char *path, QByteArray &out, NoteCollector &notes,
              const QString &unknown, bool quietWhenMissing = false)
{
    const posixfile::ReadResult r = root.readAll(path, out);
    if (r.ok())
        return true;
    if (!(quietWhenMissing && r.error == ENOENT))
        notes.fileError(QString::fromLatin1(path), r.error, unknown);
    return false;
}

} // namespace

void readIdentity(const Root &root, Snapshot &snapshot, NoteCollector &notes)
{
    char buf[256];
    auto r = root.readSmall("proc/sys/kernel/osrelease", buf, sizeof buf);
    if (r.ok())
        snapshot.kernelRelease = text(QByteArrayView(buf, r.size));
    else
        notes.fileError(u"proc/sys/kernel/osrelease"_s, r.error,
                        NoteCollector::tr("The kernel release"));
    r = root.readSmall("proc/sys/kernel/hostname", buf, sizeof buf);
    if (r.ok())
        snapshot.hostname = text(QByteArrayView(buf, r.size));
    r = root.readSmall("proc/uptime", buf, sizeof buf);
    if (r.ok())
        snapshot.uptimeSeconds = procparse::parseUptime(QByteArrayView(buf, r.size));
}

void readCounters(const Root &root, Snapshot &snapshot, NoteCollector &notes)
{
    QByteArray buf;
    if (readFile(root, "proc/meminfo", buf, notes, NoteCollector::tr("System memory (meminfo)")))
        snapshot.meminfo = procparse::parseMemInfo(buf);
    if (readFile(root, "proc/vmstat", buf, notes,
                 NoteCollector::tr("Reclaim and OOM counters (vmstat)")))
        snapshot.vmstat = procparse::parseVmstat(buf);
}

void readZones(const Root &root, Snapshot &snapshot, NoteCollector &notes, bool pageTypeInfo)
{
    QByteArray buf;
    procparse::ZoneInfoFile zoneinfo;
    if (readFile(root, "proc/zoneinfo", buf, notes,
                 NoteCollector::tr("Zone watermarks (zoneinfo)"))) {
        zoneinfo = procparse::parseZoneInfo(buf);
        snapshot.zones = zoneinfo.zones;
    }
    if (readFile(root, "proc/buddyinfo", buf, notes,
                 NoteCollector::tr("Free blocks per order (buddyinfo)")))
        procparse::applyBuddyInfo(snapshot.zones, procparse::parseBuddyInfo(buf));
    if (pageTypeInfo) {
        const posixfile::ReadResult r = root.readAll("proc/pagetypeinfo", buf);
        if (r.ok()) {
            const procparse::PageTypeInfo info = procparse::parsePageTypeInfo(buf);
            snapshot.pageblockOrder = info.pageblockOrder;
            snapshot.pagesPerBlock = info.pagesPerBlock;
            procparse::applyPageTypeInfo(snapshot.zones, info);
        } else if (r.error == EACCES || r.error == EPERM) {
            notes.add(NoteKind::PermissionDenied, u"proc/pagetypeinfo"_s,
                      NoteCollector::tr("Free blocks per migrate type are unknown: "
                                        "proc/pagetypeinfo is readable by root only (Linux 5.4+)."),
                      r.error);
        } else {
            notes.fileError(u"proc/pagetypeinfo"_s, r.error,
                            NoteCollector::tr("Free blocks per migrate type (pagetypeinfo)"));
        }
    }
    for (const auto &[node, stats] : zoneinfo.nodeStats) {
        auto it = std::find_if(snapshot.numaNodes.begin(), snapshot.numaNodes.end(),
                               [id = node](const NumaNode &n) {
                                   return n.id == id;
                               });
        if (it == snapshot.numaNodes.end()) {
            NumaNode n;
            n.id = node;
            snapshot.numaNodes.append(n);
            it = snapshot.numaNodes.end() - 1;
        }
        it->zoneinfoStats = stats;
    }
}

void readPressure(const Root &root, Snapshot &snapshot, NoteCollector &notes)
{
    QByteArray buf;
    struct File {
        const char *path;
        std::optional<Pressure> Snapshot::*target;
    };
    const File files[] = {
        {"proc/pressure/memory", &Snapshot::memoryPressure},
        {"proc/pressure/cpu", &Snapshot::cpuPressure},
        {"proc/pressure/io", &Snapshot::ioPressure},
    };
    int missing = 0;
    int unsupported = 0;
    for (const File &file : files) {
        const posixfile::ReadResult r = root.readAll(file.path, buf);
        if (r.ok()) {
            snapshot.*file.target = procparse::parsePressure(buf);
            if (!(snapshot.*file.target))
                notes.add(NoteKind::Unparsable, QString::fromLatin1(file.path),
                          NoteCollector::tr("%1 did not hold PSI lines.")
                              .arg(QString::fromLatin1(file.path)));
        } else if (r.error == ENOENT) {
            ++missing;
        } else if (r.error == EOPNOTSUPP) {
            // 4.20–5.x keep the files with psi=0 and fail every read.
            ++unsupported;
        } else {
            notes.fileError(QString::fromLatin1(file.path), r.error,
                            NoteCollector::tr("Pressure stall information"));
        }
    }
    if (unsupported > 0) {
        notes.add(NoteKind::Unsupported, u"proc/pressure"_s,
                  NoteCollector::tr("Pressure stall information is unknown: PSI is disabled at "
                                    "boot (psi=0, or a CONFIG_PSI_DEFAULT_DISABLED kernel such as "
                                    "RHEL 8 without psi=1)."),
                  EOPNOTSUPP);
    } else if (missing == 3) {
        // Newer kernels do not even create proc/pressure when PSI is off at boot.
        QByteArray cmdline;
        const bool bootOff = root.readAll("proc/cmdline", cmdline, 64 * 1024).ok()
            && cmdline.simplified().split(' ').contains(QByteArrayLiteral("psi=0"));
        notes.add(NoteKind::Unsupported, u"proc/pressure"_s,
                  bootOff ? NoteCollector::tr("Pressure stall information is unknown: the kernel "
                                              "was booted with psi=0.")
                          : NoteCollector::tr("Pressure stall information is unknown: the kernel "
                                              "has no CONFIG_PSI, is older than 4.20, or PSI is "
                                              "disabled at boot (psi=0)."),
                  ENOENT);
    }
}

void readSwaps(const Root &root, Snapshot &snapshot, NoteCollector &notes)
{
    QByteArray buf;
    if (readFile(root, "proc/swaps", buf, notes, NoteCollector::tr("Swap devices"))) {
        snapshot.swaps = procparse::parseSwaps(buf);
        snapshot.swapsKnown = true;
    }
}

void readVmSysctls(const Root &root, Snapshot &snapshot, NoteCollector &notes)
{
    posixfile::UniqueFd dir(root.openDirectory("proc/sys/vm"));
    if (!dir.isValid()) {
        notes.fileError(u"proc/sys/vm"_s, -dir.get(), NoteCollector::tr("The vm.* sysctls"));
        return;
    }
    // Reading these has side effects or is pointless: stat_refresh refreshes every CPU's
    // counters on read (mm/vmstat.c), drop_caches and compact_memory are write-only
    // triggers.
    static const char *const skipped[] = {"stat_refresh", "drop_caches", "compact_memory"};
    QList<std::pair<QString, QString>> values;
    posixfile::forEachEntry(dir.get(), [&](const char *name, bool isDirectory) {
        if (isDirectory)
            return;
        for (const char *skip : skipped) {
            if (qstrcmp(name, skip) == 0)
                return;
        }
        char buf[4096];
        const posixfile::ReadResult r =
            posixfile::readSmall(dir.get(), name, buf, sizeof buf, root.resolve());
        // Unreadable entries are write-only or root-only knobs no view shows.
        if (r.ok())
            values.append({QString::fromLatin1(name), text(QByteArrayView(buf, r.size))});
    });
    std::sort(values.begin(), values.end());
    snapshot.vmSysctls = values;
}

void readThp(const Root &root, Snapshot &snapshot, NoteCollector &notes)
{
    posixfile::UniqueFd dir(root.openDirectory("sys/kernel/mm/transparent_hugepage"));
    if (!dir.isValid()) {
        if (-dir.get() == ENOENT)
            notes.add(NoteKind::Missing, u"sys/kernel/mm/transparent_hugepage"_s,
                      NoteCollector::tr("Transparent huge page settings are unknown: the kernel "
                                        "has no CONFIG_TRANSPARENT_HUGEPAGE (or the bundle "
                                        "lacks them)."),
                      ENOENT);
        else
            notes.fileError(u"sys/kernel/mm/transparent_hugepage"_s, -dir.get(),
                            NoteCollector::tr("Transparent huge page settings"));
        return;
    }
    const auto read = [&](int fd, const char *name) -> std::optional<QByteArray> {
        char buf[512];
        const posixfile::ReadResult r =
            posixfile::readSmall(fd, name, buf, sizeof buf, root.resolve());
        if (!r.ok())
            return std::nullopt;
        return QByteArray(buf, r.size);
    };
    ThpSettings &thp = snapshot.thp;
    if (const auto t = read(dir.get(), "enabled"))
        thp.enabled = procparse::parseChoice(*t);
    if (const auto t = read(dir.get(), "defrag"))
        thp.defrag = procparse::parseChoice(*t);
    if (const auto t = read(dir.get(), "shmem_enabled"))
        thp.shmemEnabled = procparse::parseChoice(*t);
    if (const auto t = read(dir.get(), "use_zero_page")) {
        if (const auto v = procparse::parseSingleInt(*t))
            thp.useZeroPage = *v != 0;
    }
    if (const auto t = read(dir.get(), "hpage_pmd_size"))
        thp.hpagePmdSizeBytes = procparse::parseSingleInt(*t);

    posixfile::UniqueFd khugepaged(
        posixfile::openDirectoryAt(dir.get(), "khugepaged", root.resolve()));
    if (khugepaged.isValid()) {
        QList<std::pair<QString, qint64>> entries;
        posixfile::forEachEntry(khugepaged.get(), [&](const char *name, bool isDirectory) {
            if (isDirectory)
                return;
            if (const auto t = read(khugepaged.get(), name)) {
                if (const auto v = procparse::parseSingleInt(*t))
                    entries.append({QString::fromLatin1(name), *v});
            }
        });
        std::sort(entries.begin(), entries.end());
        thp.khugepaged.entries = entries;
    }
    // Per-size mTHP controls (6.8+): hugepages-<size>kB/enabled
    posixfile::forEachEntry(dir.get(), [&](const char *name, bool isDirectory) {
        if (!isDirectory || qstrncmp(name, "hugepages-", 10) != 0)
            return;
        posixfile::UniqueFd sub(posixfile::openDirectoryAt(dir.get(), name, root.resolve()));
        if (!sub.isValid())
            return;
        if (const auto t = read(sub.get(), "enabled")) {
            if (const auto choice = procparse::parseChoice(*t))
                thp.perSize.append({QString::fromLatin1(name + 10), *choice});
        }
    });
    std::sort(thp.perSize.begin(), thp.perSize.end(), [](const auto &a, const auto &b) {
        return a.first.size() != b.first.size() ? a.first.size() < b.first.size()
                                                : a.first < b.first;
    });
}

void readNuma(const Root &root, Snapshot &snapshot, NoteCollector &notes)
{
    posixfile::UniqueFd dir(root.openDirectory("sys/devices/system/node"));
    if (!dir.isValid()) {
        notes.fileError(u"sys/devices/system/node"_s, -dir.get(),
                        NoteCollector::tr("The NUMA topology (a kernel without CONFIG_NUMA has "
                                          "no node directory)"));
        return;
    }
    posixfile::forEachEntry(dir.get(), [&](const char *name, bool isDirectory) {
        if (!isDirectory || qstrncmp(name, "node", 4) != 0)
            return;
        const auto id = procparse::parseSingleInt(QByteArrayView(name + 4));
        if (!id)
            return;
        posixfile::UniqueFd node(posixfile::openDirectoryAt(dir.get(), name, root.resolve()));
        if (!node.isValid())
            return;
        auto it = std::find_if(snapshot.numaNodes.begin(), snapshot.numaNodes.end(),
                               [&](const NumaNode &n) {
                                   return n.id == *id;
                               });
        if (it == snapshot.numaNodes.end()) {
            NumaNode n;
            n.id = int(*id);
            snapshot.numaNodes.append(n);
            it = snapshot.numaNodes.end() - 1;
        }
        QByteArray buf;
        const QString subject = u"sys/devices/system/node/"_s + QString::fromLatin1(name);
        posixfile::ReadResult r =
            posixfile::readAll(node.get(), "meminfo", buf, 1024 * 1024, root.resolve());
        if (r.ok())
            it->meminfo = procparse::parseMemInfo(buf);
        else
            notes.fileError(subject + u"/meminfo"_s, r.error, NoteCollector::tr("Node memory"));
        r = posixfile::readAll(node.get(), "distance", buf, 64 * 1024, root.resolve());
        if (r.ok())
            it->distance = procparse::parseIntList(buf);
        r = posixfile::readAll(node.get(), "cpulist", buf, 64 * 1024, root.resolve());
        if (r.ok())
            it->cpuList = text(buf);
    });
    std::sort(snapshot.numaNodes.begin(), snapshot.numaNodes.end(),
              [](const NumaNode &a, const NumaNode &b) {
                  return a.id < b.id;
              });
}

} // namespace oom::systemfiles
