// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sources/system/notecollector.h"

#include "sources/input/filestream.h"

#include <cerrno>

namespace oom {

NoteKind NoteCollector::kindForErrno(int errnum)
{
    switch (errnum) {
    case EACCES:
    case EPERM: return NoteKind::PermissionDenied;
    case ENOENT:
    case ENOTDIR: return NoteKind::Missing;
    case ESRCH: // a /proc/<pid> file of a task that was reaped after open()
    case ENODEV: // a cgroup file whose cgroup was removed after open() (kernfs)
        return NoteKind::Vanished;
    case EOPNOTSUPP: return NoteKind::Unsupported;
    default: return NoteKind::IoError;
    }
}

void NoteCollector::add(NoteKind kind, const QString &subject, const QString &message, int errnum)
{
    m_notes.append({kind, subject, message, errnum});
}

void NoteCollector::fileError(const QString &subject, int errnum, const QString &unknown)
{
    add(kindForErrno(errnum), subject,
        tr("%1 is unknown: %2: %3.").arg(unknown, subject, describeIoError(errnum)), errnum);
}

} // namespace oom
