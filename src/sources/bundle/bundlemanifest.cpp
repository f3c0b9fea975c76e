// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sources/bundle/bundlemanifest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace oom {

namespace {

QJsonObject sectionJson(const BundleManifest::Section &s, const QString &entriesKey)
{
    QJsonObject o;
    o.insert(entriesKey, s.entries);
    o.insert(u"files"_s, s.files);
    o.insert(u"bytes"_s, s.bytes);
    o.insert(u"vanished"_s, s.vanished);
    o.insert(u"truncatedFiles"_s, s.truncatedFiles);
    QJsonObject denied;
    for (auto it = s.denied.cbegin(); it != s.denied.cend(); ++it)
        denied.insert(it.key(), it.value());
    o.insert(u"permissionDenied"_s, denied);
    if (!s.roots.isEmpty())
        o.insert(u"hierarchies"_s, QJsonArray::fromStringList(s.roots));
    o.insert(u"complete"_s, s.leftOut.isEmpty());
    if (!s.leftOut.isEmpty())
        o.insert(u"leftOut"_s, s.leftOut);
    return o;
}

} // namespace

QByteArray BundleManifest::toJson() const
{
    QJsonObject o;
    o.insert(u"schema"_s, QString::fromLatin1(Schema));
    o.insert(u"tool"_s, tool);
    o.insert(u"host"_s, host);
    o.insert(u"kernel"_s, kernel);
    if (pageSizeBytes > 0)
        o.insert(u"pageSizeBytes"_s, pageSizeBytes);
    if (clockTicksPerSecond > 0)
        o.insert(u"clockTicksPerSecond"_s, clockTicksPerSecond);
    o.insert(u"createdAt"_s, createdAt.toString(Qt::ISODateWithMs));
    o.insert(u"durationMs"_s, durationMs);
    o.insert(u"root"_s, root);
    QJsonObject collector;
    collector.insert(u"uid"_s, uid);
    collector.insert(u"euid"_s, euid);
    collector.insert(u"root"_s, euid == 0);
    collector.insert(u"priority"_s, priority);
    o.insert(u"collector"_s, collector);

    QJsonObject l;
    l.insert(u"maxTotalBytes"_s, limits.maxTotalBytes);
    l.insert(u"maxFileBytes"_s, limits.maxFileBytes);
    l.insert(u"maxProcessFileBytes"_s, limits.maxProcessFileBytes);
    l.insert(u"maxKernelLogBytes"_s, limits.maxKernelLogBytes);
    l.insert(u"maxJournalBytes"_s, limits.maxJournalBytes);
    l.insert(u"maxProcesses"_s, limits.maxProcesses);
    l.insert(u"maxCgroups"_s, limits.maxCgroups);
    l.insert(u"maxCgroupDepth"_s, limits.maxCgroupDepth);
    l.insert(u"maxSeconds"_s, limits.maxSeconds);
    l.insert(u"stuckReadGraceSeconds"_s, limits.stuckReadGraceSeconds);
    o.insert(u"limits"_s, l);

    QJsonObject totals;
    totals.insert(u"files"_s, totalFiles);
    totals.insert(u"bytes"_s, totalBytes);
    o.insert(u"totals"_s, totals);

    QJsonArray fileList;
    for (const File &f : files) {
        QJsonObject e;
        e.insert(u"path"_s, f.path);
        e.insert(u"size"_s, f.size);
        if (!f.truncated.isEmpty())
            e.insert(u"truncated"_s, f.truncated);
        if (!f.source.isEmpty())
            e.insert(u"source"_s, f.source);
        fileList.append(e);
    }
    o.insert(u"files"_s, fileList);
    QJsonArray left;
    for (const auto &[path, reason] : leftOut)
        left.append(QJsonObject{{u"path"_s, path}, {u"reason"_s, reason}});
    o.insert(u"leftOut"_s, left);
    o.insert(u"processTable"_s, sectionJson(processTable, u"processes"_s));
    o.insert(u"cgroupTree"_s, sectionJson(cgroupTree, u"cgroups"_s));
    o.insert(u"notes"_s, QJsonArray::fromStringList(notes));
    if (stopped.isEmpty()) {
        o.insert(u"stopped"_s, QJsonValue::Null);
    } else {
        o.insert(u"stopped"_s, QJsonObject{{u"reason"_s, stopped}, {u"at"_s, stoppedAt}});
    }
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

} // namespace oom
