// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "helper/fileops.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace oom::helper {

// Every applied change with what undoes it, in a root-owned file
// (<root>/var/lib/oomlens-helper/changes.json, directory 0700, file 0600), rewritten
// atomically. Undo reads the rollback from here, never from the client.
struct ChangeEntry {
    qint64 id = 0;
    qint64 time = 0;
    qint64 callerUid = -1;
    QString verb;
    QString action; // the polkit action id, reused to authorize the Undo
    QString summary;
    QJsonObject details; // the polkit details of the change, passed again for its Undo
    QJsonArray rollback; // operations, applied last to first
    QString state = QStringLiteral("applied");
};

class ChangeJournal
{
public:
    explicit ChangeJournal(const FileOps &files);
    QList<ChangeEntry> entries() const;
    std::optional<ChangeEntry> entry(qint64 id) const;
    // Appends and returns the new id (0 on failure, with *error).
    qint64 record(ChangeEntry entry, QString *error);
    bool markUndone(qint64 id, QString *error);

private:
    bool save(const QList<ChangeEntry> &entries, QString *error);
    const FileOps &m_files;
};

} // namespace oom::helper
