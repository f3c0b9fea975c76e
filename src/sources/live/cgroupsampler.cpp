// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sources/live/cgroupsampler.h"

#include "core/parse/proc/cgroupfiles.h"
#include "sources/system/notecollector.h"
#include "sources/system/root.h"

#include <QFile>

#include <algorithm>
#include <cerrno>

using namespace Qt::StringLiterals;

namespace oom {

namespace {

struct Candidate {
    qint64 usage;
    QByteArray directory;
    QString path;
};

const char *usageFile(bool v1)
{
    return v1 ? "memory.usage_in_bytes" : "memory.current";
}

const char *limitFile(bool v1)
{
    return v1 ? "memory.limit_in_bytes" : "memory.max";
}

} // namespace

CgroupSampler::CgroupSampler(const Root &root, Options options)
    : m_root(root)
    , m_options(options)
{
}

void CgroupSampler::detect()
{
    NoteCollector notes;
    m_detected = true;
    const CgroupLayoutInfo info = detectCgroupLayout(m_root);
    m_layout = info.layout;
    for (const CgroupHierarchy &h : info.hierarchies) {
        const bool memory = h.version == CgroupVersion::V2
            ? (h.hasController(u"memory") || !h.controllersKnown)
            : h.hasController(u"memory");
        if (memory) {
            m_memory = h;
            break;
        }
    }
    // The sampler's own notes (SystemTree words the layout for a full snapshot).
    if (m_layout == CgroupLayout::Unknown) {
        notes.add(NoteKind::Unsupported, u"sys/fs/cgroup"_s,
                  tr("Per-cgroup memory is unknown: no cgroup hierarchy is mounted."));
    } else if (!m_memory) {
        notes.add(NoteKind::Unsupported, u"sys/fs/cgroup"_s,
                  tr("Per-cgroup memory is unknown: the memory controller is not enabled on any "
                     "cgroup hierarchy."));
    } else if (m_memory->version == CgroupVersion::V1) {
        notes.add(NoteKind::Layout, m_memory->directory,
                  m_layout == CgroupLayout::Hybrid
                      ? tr("Hybrid cgroup layout: per-cgroup usage is the v1 memory controller's "
                           "memory.usage_in_bytes (page cache included) against "
                           "memory.limit_in_bytes; memory.high does not exist there.")
                      : tr("cgroup v1 only: per-cgroup usage is memory.usage_in_bytes (page cache "
                           "included) against memory.limit_in_bytes; memory.high and per-cgroup "
                           "pressure do not exist."));
    }
    m_layoutNotes = notes.take();
}

void CgroupSampler::rescan(NoteCollector &notes)
{
    m_rescanWanted = false;
    m_ticksSinceScan = 0;
    m_tracked.clear();
    const bool v1 = m_memory->version == CgroupVersion::V1;
    posixfile::UniqueFd top(
        m_root.openDirectory(QFile::encodeName(m_memory->directory).constData()));
    if (!top.isValid()) {
        notes.fileError(m_memory->directory, -top.get(), tr("Per-cgroup memory"));
        return;
    }
    std::vector<Candidate> candidates;
    int visited = 0;
    bool truncated = false;
    char buf[64];
    const QString base = m_memory->cgroupRoot == u"/" ? QString() : m_memory->cgroupRoot;
    // Depth-first, children in directory order: the walk reads one file per cgroup.
    struct Frame {
        posixfile::UniqueFd fd;
        QByteArray directory;
        QString path;
        int depth;
    };
    std::vector<Frame> stack;
    stack.push_back({std::move(top), QFile::encodeName(m_memory->directory), base, 0});
    while (!stack.empty()) {
        Frame frame = std::move(stack.back());
        stack.pop_back();
        if (frame.depth > 0) { // the root cgroup is the whole system: meminfo shows it
            const posixfile::ReadResult r = posixfile::readSmall(frame.fd.get(), usageFile(v1), buf,
                                                                 sizeof buf, m_root.resolve());
            if (r.ok()) {
                if (const auto usage = cgroupparse::parseBytes(QByteArrayView(buf, r.size)))
                    candidates.push_back({usage->value, frame.directory, frame.path});
            }
        }
        if (frame.depth >= m_options.maxDepth)
            continue;
        posixfile::forEachEntry(frame.fd.get(), [&](const char *name, bool isDirectory) {
            if (!isDirectory)
                return;
            if (++visited > m_options.maxWalk) {
                truncated = true;
                return;
            }
            posixfile::UniqueFd child(
                posixfile::openDirectoryAt(frame.fd.get(), name, m_root.resolve()));
            if (!child.isValid())
                return; // removed meanwhile, or denied: not a candidate
            stack.push_back({std::move(child), frame.directory + '/' + name,
                             frame.path + u'/' + QFile::decodeName(name), frame.depth + 1});
        });
    }
    m_walkTruncated = truncated;
    const std::size_t keep = std::min(candidates.size(), std::size_t(m_options.maxTracked));
    std::partial_sort(candidates.begin(), candidates.begin() + std::ptrdiff_t(keep),
                      candidates.end(), [](const Candidate &a, const Candidate &b) {
                          return a.usage > b.usage;
                      });
    for (std::size_t i = 0; i < keep; ++i)
        m_tracked.append({candidates[i].directory, candidates[i].path});
}

bool CgroupSampler::sample(QList<CgroupReading> &out, NoteCollector &notes)
{
    out.clear();
    if (!m_detected)
        detect();
    // Repeated every tick: the sampler's notes are what holds now.
    for (const SnapshotNote &note : std::as_const(m_layoutNotes))
        notes.add(note.kind, note.subject, note.message, note.errnum);
    if (!m_memory)
        return false;
    if (m_rescanWanted || ++m_ticksSinceScan >= m_options.rescanEveryTicks)
        rescan(notes);
    if (m_walkTruncated)
        notes.add(NoteKind::Truncated, m_memory->directory,
                  tr("Only the first %1 cgroups were considered when picking the %2 largest.")
                      .arg(m_options.maxWalk)
                      .arg(m_options.maxTracked));
    const bool v1 = m_memory->version == CgroupVersion::V1;
    char buf[64];
    int denied = 0;
    for (const Tracked &t : std::as_const(m_tracked)) {
        CgroupReading reading;
        reading.path = t.path;
        reading.v1 = v1;
        const QByteArray usagePath = t.directory + '/' + usageFile(v1);
        posixfile::ReadResult r = m_root.readSmall(usagePath.constData(), buf, sizeof buf);
        if (!r.ok() && (r.error == ENOENT || r.error == ENODEV)) {
            m_rescanWanted = true; // removed: pick the largest again next tick
            continue;
        }
        if (r.ok())
            reading.usage = cgroupparse::parseBytes(QByteArrayView(buf, r.size));
        else if (r.error == EACCES || r.error == EPERM)
            ++denied;
        const QByteArray limitPath = t.directory + '/' + limitFile(v1);
        r = m_root.readSmall(limitPath.constData(), buf, sizeof buf);
        if (r.ok())
            reading.limit = cgroupparse::parseLimit(QByteArrayView(buf, r.size));
        else if (r.error == EACCES || r.error == EPERM)
            ++denied;
        out.append(reading);
    }
    if (denied > 0)
        notes.add(NoteKind::PermissionDenied, m_memory->directory,
                  tr("%n cgroup file(s) could not be read: permission denied.", nullptr, denied),
                  EACCES);
    return true;
}

} // namespace oom
