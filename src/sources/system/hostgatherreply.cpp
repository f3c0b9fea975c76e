// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "hostgatherreply.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace oom::sources {

namespace {

constexpr QByteArrayView Magic = "OOMHG1 ";

QString malformed(qsizetype offset, const char *what)
{
    return QCoreApplication::translate("HostGatherReply",
                                       "the host gatherer's reply is malformed at byte %1: %2")
        .arg(offset)
        .arg(QCoreApplication::translate("HostGatherReply", what));
}

} // namespace

std::optional<QList<HostGatherRecord>> parseHostGatherReply(QByteArrayView reply, QString *error)
{
    QList<HostGatherRecord> records;
    qsizetype pos = 0;
    while (pos < reply.size()) {
        if (!reply.sliced(pos).startsWith(Magic)) {
            *error = malformed(pos, QT_TRANSLATE_NOOP("HostGatherReply", "no record header"));
            return std::nullopt;
        }
        const qsizetype lineEnd = reply.indexOf('\n', pos);
        if (lineEnd < 0) {
            *error = malformed(pos, QT_TRANSLATE_NOOP("HostGatherReply", "the header is cut"));
            return std::nullopt;
        }
        // "<status> <length> <request>"
        const QByteArrayView header =
            reply.sliced(pos + Magic.size(), lineEnd - pos - Magic.size());
        const qsizetype space1 = header.indexOf(' ');
        const qsizetype space2 = space1 < 0 ? -1 : header.indexOf(' ', space1 + 1);
        bool numberOk = false;
        const qsizetype length =
            space2 < 0 ? -1 : header.sliced(space1 + 1, space2 - space1 - 1).toLongLong(&numberOk);
        if (space2 < 0 || !numberOk || length < 0) {
            *error = malformed(pos, QT_TRANSLATE_NOOP("HostGatherReply", "a bad header"));
            return std::nullopt;
        }
        const qsizetype dataStart = lineEnd + 1;
        if (length > reply.size() - dataStart - 1 || reply.at(dataStart + length) != '\n') {
            *error = malformed(pos, QT_TRANSLATE_NOOP("HostGatherReply", "the data is cut"));
            return std::nullopt;
        }
        records.append({QString::fromUtf8(header.sliced(space2 + 1)),
                        QString::fromLatin1(header.first(space1)),
                        reply.sliced(dataStart, length).toByteArray()});
        pos = dataStart + length + 1;
    }
    return records;
}

QStringList hostGatherListEntries(const HostGatherRecord &record)
{
    QStringList entries;
    const QList<QByteArray> lines = record.bytes.split('\n');
    for (const QByteArray &line : lines) {
        if (!line.isEmpty())
            entries.append(QString::fromUtf8(line));
    }
    return entries;
}

} // namespace oom::sources
