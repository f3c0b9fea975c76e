// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sources/live/samplereader.h"

#include "core/parse/proc/procsystem.h"
#include "sources/system/notecollector.h"
#include "sources/system/processreader.h"
#include "sources/system/root.h"
#include "sources/system/systemfiles.h"

#include <QDateTime>

#include <algorithm>
#include <cerrno>
#include <cmath>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace oom {

namespace {

quint16 hundredths(double percent)
{
    return quint16(std::clamp<qint64>(std::llround(percent * 100.0), 0, 10000));
}

quint32 saturate(qint64 pages)
{
    return quint32(std::clamp<qint64>(pages, 0, qint64(0xffffffffu)));
}

ZoneSample compactZone(const ZoneInfo &zone)
{
    ZoneSample z;
    if (zone.free) {
        z.freePages = saturate(zone.free->value);
        z.known |= ZoneSample::Free;
    }
    if (zone.min && zone.low && zone.high) {
        z.minPages = saturate(zone.min->value);
        z.lowPages = saturate(zone.low->value);
        z.highPages = saturate(zone.high->value);
        z.known |= ZoneSample::Watermarks;
    }
    if (zone.managed) {
        z.managedPages = saturate(zone.managed->value);
        z.known |= ZoneSample::Managed;
    }
    const qsizetype orders = std::min<qsizetype>(zone.freeBlocksPerOrder.size(), SampleMaxOrders);
    for (qsizetype k = 0; k < orders; ++k)
        z.freeBlocks[k] = saturate(zone.freeBlocksPerOrder[k]);
    z.orders = quint8(orders);
    return z;
}

} // namespace

SampleReader::SampleReader(const Root &root, CgroupSampler::Options cgroupOptions)
    : m_root(root)
    , m_cgroups(root, cgroupOptions)
{
}

void SampleReader::readMemInfo(SampleReading &out, NoteCollector &notes)
{
    const posixfile::ReadResult r = m_root.readAll("proc/meminfo", m_buf, 1024 * 1024);
    if (!r.ok()) {
        notes.fileError(u"proc/meminfo"_s, r.error, tr("System memory (meminfo)"));
        return;
    }
    const MemInfoTable meminfo = procparse::parseMemInfo(m_buf);
    SystemSample &s = out.system;
    if (const auto v = meminfo.kib(u"MemTotal")) {
        s.memTotalKiB = *v;
        s.set(SampleField::MemTotal);
    }
    if (const auto v = meminfo.kib(u"MemFree")) {
        s.memFreeKiB = *v;
        s.set(SampleField::MemFree);
    }
    if (const auto v = meminfo.kib(u"MemAvailable")) {
        s.memAvailableKiB = *v;
        s.set(SampleField::MemAvailable);
    } else {
        notes.add(NoteKind::Unsupported, u"proc/meminfo"_s,
                  tr("Available memory is unknown: MemAvailable appeared in Linux 3.14."));
    }
    const auto swapTotal = meminfo.kib(u"SwapTotal");
    const auto swapFree = meminfo.kib(u"SwapFree");
    if (swapTotal && swapFree) {
        s.swapTotalKiB = *swapTotal;
        s.swapFreeKiB = *swapFree;
        s.set(SampleField::Swap);
    }
}

// Only one counter of the ~180 in vmstat is charted: a scan for its line costs nothing,
// building the whole table every second would allocate a string per counter.
void SampleReader::readOomKills(SampleReading &out, NoteCollector &notes)
{
    const posixfile::ReadResult r = m_root.readAll("proc/vmstat", m_buf, 1024 * 1024);
    if (!r.ok()) {
        notes.fileError(u"proc/vmstat"_s, r.error, tr("The OOM kill counter (vmstat)"));
        return;
    }
    const QByteArrayView text(m_buf);
    const QByteArrayView key("oom_kill ");
    qsizetype at = text.startsWith(key) ? 0 : -1;
    if (at < 0) {
        const qsizetype found = text.indexOf("\noom_kill ");
        at = found < 0 ? -1 : found + 1;
    }
    if (at < 0) {
        notes.add(NoteKind::Unsupported, u"proc/vmstat"_s,
                  tr("The OOM kill counter is unknown: vmstat has oom_kill from Linux 4.13."));
        return;
    }
    qsizetype end = text.indexOf('\n', at);
    if (end < 0)
        end = text.size();
    const QByteArrayView line = text.sliced(at + key.size(), end - at - key.size());
    if (const auto v = procparse::parseSingleInt(line)) {
        out.system.oomKills = quint64(std::max<qint64>(0, *v));
        out.system.set(SampleField::OomKills);
    }
}

void SampleReader::readZonesAndPressure(SampleReading &out, NoteCollector &notes)
{
    // The readers of the full snapshot, so every zoneinfo layout and every way PSI can be
    // missing is handled (and worded) once.
    Snapshot scratch;
    systemfiles::readZones(m_root, scratch, notes, false);
    systemfiles::readPressure(m_root, scratch, notes);
    for (const ZoneInfo &zone : std::as_const(scratch.zones)) {
        if (!zone.isPopulated() && zone.freeBlocksPerOrder.isEmpty())
            continue; // an empty Movable or Device zone: nothing to chart
        out.zones.append({zone.node, zone.name, compactZone(zone)});
    }
    if (!out.zones.isEmpty())
        out.system.set(SampleField::Zones);

    SystemSample &s = out.system;
    if (scratch.memoryPressure) {
        if (const auto &some = scratch.memoryPressure->some) {
            s.memSomeAvg10 = hundredths(some->avg10);
            s.memSomeTotalUs = quint64(std::max<qint64>(0, some->totalUs));
            s.set(SampleField::MemoryPressure);
        }
        if (const auto &full = scratch.memoryPressure->full) {
            s.memFullAvg10 = hundredths(full->avg10);
            s.memFullTotalUs = quint64(std::max<qint64>(0, full->totalUs));
            s.set(SampleField::MemoryPressureFull);
        }
    }
    if (scratch.cpuPressure && scratch.cpuPressure->some) {
        s.cpuSomeAvg10 = hundredths(scratch.cpuPressure->some->avg10);
        s.set(SampleField::CpuPressure);
    }
    if (scratch.ioPressure && scratch.ioPressure->some) {
        s.ioSomeAvg10 = hundredths(scratch.ioPressure->some->avg10);
        s.set(SampleField::IoPressure);
    }
}

SampleReading SampleReader::read(bool withProcesses, ProcessFields processFields)
{
    SampleReading out;
    NoteCollector notes;
    out.system.timeMs = QDateTime::currentMSecsSinceEpoch();
    if (!m_root.isValid()) {
        notes.add(
            NoteKind::IoError, m_root.path(),
            tr("Nothing can be sampled: %1: %2.").arg(m_root.path(), m_root.openErrorString()),
            m_root.openError());
        out.notes = notes.take();
        return out;
    }
    if (m_root.isLiveSystem() && ::geteuid() != 0)
        notes.add(NoteKind::Layout, u"/"_s,
                  tr("Not running as root: system memory, pressure and zones are complete; cgroup "
                     "files and other users' process details that are not world-readable are "
                     "shown as unknown."));
    readMemInfo(out, notes);
    readOomKills(out, notes);
    readZonesAndPressure(out, notes);
    if (m_cgroups.sample(out.cgroups, notes))
        out.system.set(SampleField::Cgroups);
    out.notes = notes.take();

    if (withProcesses) {
        NoteCollector processNotes;
        QList<ProcessInfo> processes;
        // Heap-allocated: the reader holds a 32 KiB buffer.
        auto reader = std::make_unique<ProcessReader>(m_root, processFields, processNotes);
        reader->readAll(processes);
        reader->finish();
        out.system.processCount = quint32(processes.size());
        out.system.set(SampleField::Processes);
        out.processes = std::move(processes);
        out.processNotes = processNotes.take();
    }
    return out;
}

} // namespace oom
