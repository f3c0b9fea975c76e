// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/snapshotnote.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace oom {

// Collects the notes of one snapshot: what stayed unknown and why. Only SystemTree's
// readers use it, on the thread that builds the snapshot.
class NoteCollector
{
    Q_DECLARE_TR_FUNCTIONS(SystemTree)

public:
    static NoteKind kindForErrno(int errnum);

    void add(NoteKind kind, const QString &subject, const QString &message, int errnum = 0);
    // "<unknown> is unknown: <subject>: <errno text>." for a file that could not be read.
    void fileError(const QString &subject, int errnum, const QString &unknown);

    QList<SnapshotNote> take() { return std::move(m_notes); }
    const QList<SnapshotNote> &notes() const { return m_notes; }

private:
    QList<SnapshotNote> m_notes;
};

} // namespace oom
