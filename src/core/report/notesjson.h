// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/snapshotnote.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>

#include <optional>

// What `rank` and `snapshot` share in their JSON (RANK-SNAPSHOT-CONTRACT.md): unknown is
// null, never 0; notes are objects with a stable kind.
namespace oom::notesjson {

inline QJsonValue number(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

inline QJsonValue string(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

// "permission-denied", "vanished", "missing", "unsupported", "layout", "truncated",
// "unparsable", "io-error".
QString noteKindId(NoteKind kind);

// {kind, subject, message, errno (null when none)}
QJsonObject noteToJson(const SnapshotNote &note);
// The snapshot's notes, then `extra` sentences as {kind: "ranking", subject, message}.
QJsonArray notesToJson(const QList<SnapshotNote> &notes, const QStringList &extra = {},
                       const QString &extraSubject = {});

} // namespace oom::notesjson
