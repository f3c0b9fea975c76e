// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sources/system/processreader.h"

#include "core/parse/proc/procpid.h"
#include "core/parse/proc/procsystem.h"
#include "sources/system/cgroupmembership.h"
#include "sources/system/notecollector.h"
#include "sources/system/root.h"

#include <algorithm>
#include <bit>
#include <cerrno>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace oom {

namespace {

int fieldIndex(ProcessField field)
{
    return std::countr_zero(unsigned(field));
}

const char *fieldFile(int index)
{
    static const char *const files[] = {"stat",   "status",  "oom_score",   "oom_score_adj",
                                        "cgroup", "cmdline", "smaps_rollup"};
    return files[index];
}

bool isPidName(const char *name)
{
    if (!*name)
        return false;
    for (const char *p = name; *p; ++p) {
        if (*p < '0' || *p > '9')
            return false;
    }
    return true;
}

// Individual notes for processes that exited mid-read up to this many; a fork storm is
// summed up in one line beyond it.
constexpr int maxVanishedNotes = 50;

} // namespace

ProcessReader::ProcessReader(const Root &root, ProcessFields fields, NoteCollector &notes)
    : m_root(root)
    , m_fields(fields)
    , m_notes(notes)
{
}

ProcessReader::~ProcessReader() = default;

const QString &ProcessReader::intern(QHash<QByteArray, QString> &pool, QByteArrayView bytes)
{
    // fromRawData: the lookup key borrows the buffer, so a hit allocates nothing.
    const QByteArray key = QByteArray::fromRawData(bytes.data(), bytes.size());
    auto it = pool.find(key);
    if (it == pool.end())
        it = pool.insert(QByteArray(bytes.data(), bytes.size()), QString::fromUtf8(bytes));
    return it.value();
}

void ProcessReader::parseCgroups(QByteArrayView text, ProcessInfo &info)
{
    for (const procparse::CgroupLineView &line : procparse::splitPidCgroup(text)) {
        if (!procparse::isRelevantCgroupLine(line))
            continue;
        info.cgroups.append({line.hierarchyId, intern(m_controllers, line.controllers),
                             intern(m_paths, line.path)});
    }
}

ProcessReader::Outcome ProcessReader::readFile(int pidfd, const char *file, ProcessField field,
                                               ProcessInfo &info, QByteArrayView &text,
                                               bool optionalFile)
{
    const posixfile::ReadResult r =
        posixfile::readSmall(pidfd, file, m_buf.data(), m_buf.size(), m_root.resolve());
    if (r.ok()) {
        text = QByteArrayView(m_buf.data(), r.size);
        info.fieldsRead |= field;
        if (field == ProcessField::Cmdline)
            info.cmdlineTruncated = r.truncated;
        return Outcome::Ok;
    }
    text = {};
    switch (r.error) {
    case EACCES:
    case EPERM:
        info.fieldsDenied |= field;
        ++m_denied[fieldIndex(field)];
        return Outcome::Ok;
    case ENOENT:
        // Files younger than /proc itself (oom_score_adj 2.6.36, smaps_rollup 4.14) may
        // be missing from the kernel; the process is gone only if stat went with them.
        if (optionalFile && ::faccessat(pidfd, "stat", F_OK, 0) == 0) {
            ++m_unsupported[fieldIndex(field)];
            return Outcome::Ok;
        }
        return Outcome::Vanished;
    case ESRCH: return Outcome::Vanished;
    default: ++m_unparsable; return Outcome::Ok;
    }
}

ProcessReader::Outcome ProcessReader::readProcess(int procfd, const char *name, qint64 pid,
                                                  ProcessInfo &info)
{
    posixfile::UniqueFd dir(posixfile::openDirectoryAt(procfd, name, m_root.resolve()));
    info.pid = pid;
    if (!dir.isValid()) {
        if (-dir.get() != EACCES && -dir.get() != EPERM)
            return Outcome::Gone;
        info.fieldsDenied = m_fields; // listed, but nothing of it is readable
        return Outcome::Ok;
    }
    const int fd = dir.get();
    QByteArrayView text;

    if (m_fields & ProcessField::Stat) {
        if (readFile(fd, "stat", ProcessField::Stat, info, text) == Outcome::Vanished)
            return Outcome::Vanished;
        if (info.fieldsRead & ProcessField::Stat) {
            // An empty stat is a task reaped between open() and read().
            if (text.isEmpty())
                return Outcome::Vanished;
            if (!procparse::parsePidStat(text, info))
                ++m_unparsable;
        }
    }
    if (m_fields & ProcessField::Status) {
        if (readFile(fd, "status", ProcessField::Status, info, text) == Outcome::Vanished)
            return Outcome::Vanished;
        if (!text.isEmpty())
            procparse::parsePidStatus(text, info);
        // Without stat, an empty status is the task reaped between open() and read().
        else if ((info.fieldsRead & ProcessField::Status) && !(m_fields & ProcessField::Stat))
            return Outcome::Vanished;
    }
    // Kernel threads have no mm: the OOM killer never picks them, their oom_score is 0,
    // their cmdline empty and their cgroup the root. Skipping those files saves four
    // opens per kernel thread, often half of the entries of a server's /proc.
    ProcessFields wanted = m_fields;
    if (info.kernelThread) {
        wanted &=
            ~ProcessFields(ProcessField::OomScore | ProcessField::OomScoreAdj | ProcessField::Cgroup
                           | ProcessField::Cmdline | ProcessField::SmapsRollup);
    }
    if (wanted & ProcessField::OomScore) {
        if (readFile(fd, "oom_score", ProcessField::OomScore, info, text) == Outcome::Vanished)
            return Outcome::Vanished;
        if (const auto v = procparse::parseSingleInt(text))
            info.oomScore = int(*v);
    }
    if (wanted & ProcessField::OomScoreAdj) {
        if (readFile(fd, "oom_score_adj", ProcessField::OomScoreAdj, info, text, true)
            == Outcome::Vanished)
            return Outcome::Vanished;
        if (const auto v = procparse::parseSingleInt(text))
            info.oomScoreAdj = int(*v);
    }
    if ((wanted & ProcessField::Cgroup) && m_membership
        && m_membership->lookup(pid, info.cgroups)) {
        info.fieldsRead |= ProcessField::Cgroup;
        wanted &= ~ProcessFields(ProcessField::Cgroup);
    }
    if (wanted & ProcessField::Cgroup) {
        if (readFile(fd, "cgroup", ProcessField::Cgroup, info, text) == Outcome::Vanished)
            return Outcome::Vanished;
        parseCgroups(text, info);
    }
    if (wanted & ProcessField::Cmdline) {
        if (readFile(fd, "cmdline", ProcessField::Cmdline, info, text) == Outcome::Vanished)
            return Outcome::Vanished;
        if (!text.isEmpty())
            info.cmdline = procparse::parseCmdline(text);
    }
    if (wanted & ProcessField::SmapsRollup) {
        if (readFile(fd, "smaps_rollup", ProcessField::SmapsRollup, info, text, true)
            == Outcome::Vanished)
            return Outcome::Vanished;
        if (!text.isEmpty())
            procparse::parseSmapsRollup(text, info);
    }
    return Outcome::Ok;
}

void ProcessReader::readAll(QList<ProcessInfo> &out)
{
    posixfile::UniqueFd proc(m_root.openDirectory("proc"));
    if (!proc.isValid()) {
        m_notes.fileError(u"proc"_s, -proc.get(), tr("The process table"));
        return;
    }
    // Collect the names first: reading while iterating would keep the directory stream
    // open across thousands of other opens for no gain.
    QList<qint64> pids;
    pids.reserve(1024);
    posixfile::forEachEntry(proc.get(), [&](const char *name, bool isDirectory) {
        if (isDirectory && isPidName(name))
            pids.append(procparse::parseSingleInt(QByteArrayView(name)).value_or(-1));
    });
    std::sort(pids.begin(), pids.end());
    out.reserve(out.size() + pids.size());
    char name[24];
    for (const qint64 pid : pids) {
        if (pid < 0)
            continue;
        std::snprintf(name, sizeof name, "%lld", static_cast<long long>(pid));
        ProcessInfo info;
        switch (readProcess(proc.get(), name, pid, info)) {
        case Outcome::Ok: out.append(std::move(info)); break;
        case Outcome::Vanished: m_vanished.append({pid, info.comm}); break;
        case Outcome::Gone:
            break; // exited between the listing and open(): it was never in the snapshot
        }
    }
}

std::optional<ProcessInfo> ProcessReader::readOne(qint64 pid)
{
    posixfile::UniqueFd proc(m_root.openDirectory("proc"));
    if (!proc.isValid()) {
        m_notes.fileError(u"proc"_s, -proc.get(), tr("The process table"));
        return std::nullopt;
    }
    char name[24];
    std::snprintf(name, sizeof name, "%lld", static_cast<long long>(pid));
    ProcessInfo info;
    switch (readProcess(proc.get(), name, pid, info)) {
    case Outcome::Ok: return info;
    case Outcome::Vanished: m_vanished.append({pid, info.comm}); return std::nullopt;
    case Outcome::Gone:
        m_notes.add(NoteKind::Vanished, u"pid %1"_s.arg(pid),
                    tr("Process %1 does not exist (any more).").arg(pid), ENOENT);
        return std::nullopt;
    }
    return std::nullopt;
}

void ProcessReader::finish()
{
    for (qsizetype i = 0; i < m_vanished.size() && i < maxVanishedNotes; ++i) {
        const auto &[pid, comm] = m_vanished[i];
        m_notes.add(NoteKind::Vanished, u"pid %1"_s.arg(pid),
                    comm.isEmpty()
                        ? tr("Process %1 exited while it was being read.").arg(pid)
                        : tr("Process %1 (%2) exited while it was being read.").arg(pid).arg(comm),
                    ESRCH);
    }
    if (m_vanished.size() > maxVanishedNotes) {
        const int more = int(m_vanished.size() - maxVanishedNotes);
        m_notes.add(NoteKind::Vanished, u"proc"_s,
                    tr("%n more process(es) exited while being read.", nullptr, more), ESRCH);
    }
    for (int i = 0; i < int(m_denied.size()); ++i) {
        if (m_denied[i] == 0)
            continue;
        const QString file = QString::fromLatin1(fieldFile(i));
        const bool ptrace = (1u << i) == unsigned(ProcessField::SmapsRollup);
        m_notes.add(NoteKind::PermissionDenied, u"proc/<pid>/"_s + file,
                    ptrace ? tr("%1 is unknown for %n process(es): reading it needs ptrace "
                                "access (root, or the same user without Yama restrictions).",
                                nullptr, m_denied[i])
                                 .arg(file)
                           : tr("%1 is unknown for %n process(es): permission denied.", nullptr,
                                m_denied[i])
                                 .arg(file),
                    EACCES);
    }
    for (int i = 0; i < int(m_unsupported.size()); ++i) {
        if (m_unsupported[i] == 0)
            continue;
        const QString file = QString::fromLatin1(fieldFile(i));
        m_notes.add(NoteKind::Unsupported, u"proc/<pid>/"_s + file,
                    tr("%1 is unknown for %n process(es): the file does not exist (older "
                       "kernel, or not in the bundle).",
                       nullptr, m_unsupported[i])
                        .arg(file),
                    ENOENT);
    }
    if (m_unparsable > 0)
        m_notes.add(NoteKind::Unparsable, u"proc/<pid>"_s,
                    tr("%n process file(s) could not be read or parsed.", nullptr, m_unparsable));
    m_vanished.clear();
    m_denied = {};
    m_unsupported = {};
    m_unparsable = 0;
}

} // namespace oom
