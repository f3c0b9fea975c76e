// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "helper/changejournal.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace oom::helper {

namespace {
const QString Directory = u"var/lib/oomlens-helper"_s;
const QString File = u"var/lib/oomlens-helper/changes.json"_s;
} // namespace

ChangeJournal::ChangeJournal(const FileOps &files)
    : m_files(files)
{
}

QList<ChangeEntry> ChangeJournal::entries() const
{
    QList<ChangeEntry> list;
    const std::optional<QByteArray> data = m_files.read(File);
    if (!data)
        return list;
    for (const QJsonValue &value : QJsonDocument::fromJson(*data).array()) {
        const QJsonObject o = value.toObject();
        ChangeEntry entry;
        entry.id = qint64(o.value(u"id"_s).toDouble());
        entry.time = qint64(o.value(u"time"_s).toDouble());
        entry.callerUid = qint64(o.value(u"caller_uid"_s).toDouble(-1));
        entry.verb = o.value(u"verb"_s).toString();
        entry.action = o.value(u"action"_s).toString();
        entry.summary = o.value(u"summary"_s).toString();
        entry.details = o.value(u"details"_s).toObject();
        entry.rollback = o.value(u"rollback"_s).toArray();
        entry.state = o.value(u"state"_s).toString();
        list.append(entry);
    }
    return list;
}

std::optional<ChangeEntry> ChangeJournal::entry(qint64 id) const
{
    for (const ChangeEntry &entry : entries())
        if (entry.id == id)
            return entry;
    return std::nullopt;
}

bool ChangeJournal::save(const QList<ChangeEntry> &entries, QString *error)
{
    for (const QString &dir : {u"var"_s, u"var/lib"_s}) {
        const FileResult made = m_files.makeDirectory(dir, 0755);
        if (!made.ok) {
            *error = made.error;
            return false;
        }
    }
    const FileResult made = m_files.makeDirectory(Directory, 0700);
    if (!made.ok) {
        *error = made.error;
        return false;
    }
    QJsonArray array;
    for (const ChangeEntry &e : entries)
        array.append(QJsonObject{{u"id"_s, e.id},
                                 {u"time"_s, e.time},
                                 {u"caller_uid"_s, e.callerUid},
                                 {u"verb"_s, e.verb},
                                 {u"action"_s, e.action},
                                 {u"summary"_s, e.summary},
                                 {u"details"_s, e.details},
                                 {u"rollback"_s, e.rollback},
                                 {u"state"_s, e.state}});
    const FileResult written =
        m_files.replaceFile(File, QJsonDocument(array).toJson(QJsonDocument::Indented), 0600);
    if (!written.ok)
        *error = written.error;
    return written.ok;
}

qint64 ChangeJournal::record(ChangeEntry entry, QString *error)
{
    QList<ChangeEntry> list = entries();
    entry.id = list.isEmpty() ? 1 : list.constLast().id + 1;
    list.append(entry);
    return save(list, error) ? entry.id : 0;
}

bool ChangeJournal::markUndone(qint64 id, QString *error)
{
    QList<ChangeEntry> list = entries();
    for (ChangeEntry &entry : list)
        if (entry.id == id)
            entry.state = u"undone"_s;
    return save(list, error);
}

} // namespace oom::helper
