// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/report/notesjson.h"

using namespace Qt::StringLiterals;

namespace oom::notesjson {

QString noteKindId(NoteKind kind)
{
    switch (kind) {
    case NoteKind::PermissionDenied: return u"permission-denied"_s;
    case NoteKind::Vanished: return u"vanished"_s;
    case NoteKind::Missing: return u"missing"_s;
    case NoteKind::Unsupported: return u"unsupported"_s;
    case NoteKind::Layout: return u"layout"_s;
    case NoteKind::Truncated: return u"truncated"_s;
    case NoteKind::Unparsable: return u"unparsable"_s;
    case NoteKind::IoError: return u"io-error"_s;
    }
    return u"io-error"_s;
}

QJsonObject noteToJson(const SnapshotNote &note)
{
    return QJsonObject{
        {u"kind"_s, noteKindId(note.kind)},
        {u"subject"_s, note.subject},
        {u"message"_s, note.message},
        {u"errno"_s, note.errnum != 0 ? QJsonValue(note.errnum) : QJsonValue(QJsonValue::Null)},
    };
}

QJsonArray notesToJson(const QList<SnapshotNote> &notes, const QStringList &extra,
                       const QString &extraSubject)
{
    QJsonArray out;
    for (const SnapshotNote &note : notes)
        out.append(noteToJson(note));
    for (const QString &message : extra) {
        out.append(QJsonObject{
            {u"kind"_s, u"ranking"_s},
            {u"subject"_s, extraSubject},
            {u"message"_s, message},
            {u"errno"_s, QJsonValue(QJsonValue::Null)},
        });
    }
    return out;
}

} // namespace oom::notesjson
